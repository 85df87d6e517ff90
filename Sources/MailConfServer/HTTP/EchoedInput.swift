/// The one cap on what a client sent and the service says back — in error bodies, POX messages and log lines —
/// so that a 10 kB "address" is never echoed whole.
enum EchoedInput {
    /// The most UTF-8 bytes of client input repeated anywhere.
    static let maximumBytes = 256
    /// What follows input that was cut.
    static let cutMark = "…[cut]"

    /// `text`, or its first `limit` UTF-8 bytes (whole characters) and ``cutMark``.
    static func cut(_ text: some StringProtocol, to limit: Int = maximumBytes) -> String {
        guard text.utf8.count > limit else { return String(text) }
        var kept = ""
        var bytes = 0
        for character in text {
            bytes += character.utf8.count
            if bytes > limit { break }
            kept.append(character)
        }
        return kept + cutMark
    }
}
