/// Server text made safe to show: control characters replaced, length capped.
enum Printable {
    /// `text` with C0/C1 controls (tab excepted) replaced by `?`, cut to `limit` characters with `…`.
    static func sanitise(_ text: String, limit: Int = 512) -> String {
        var result = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count >= limit {
                result += "…"
                break
            }
            if (scalar.value < 0x20 && scalar != "\t") || (0x7F...0x9F).contains(scalar.value) {
                result += "?"
            } else {
                result.unicodeScalars.append(scalar)
            }
            count += 1
        }
        return result
    }
}
