/// Server text kept for reports: cut to a bounded length, otherwise exactly as sent. Renderers escape it
/// (``TerminalText/escape(_:)`` for terminals, JSON's rules for `--json`), so nothing is lost here that a reader
/// of the JSON should see.
enum Printable {
    /// `text` cut to `limit` characters with `…`.
    static func excerpt(_ text: String, limit: Int = 512) -> String {
        var count = 0
        var end = text.startIndex
        while end < text.endIndex {
            if count == limit { return String(text[..<end]) + "…" }
            end = text.index(after: end)
            count += 1
        }
        return text
    }

    /// The first `limit` bytes as space-separated hex, for bytes that are not text.
    static func hex(_ bytes: some Collection<UInt8>, limit: Int = 16) -> String {
        let digits = Array("0123456789abcdef")
        let shown = bytes.prefix(limit).map { String([digits[Int($0 >> 4)], digits[Int($0 & 0xF)]]) }
        return shown.joined(separator: " ") + (bytes.count > limit ? " …" : "")
    }
}
