/// A host name or IP address as given on a command line, validated and normalised.
public struct HostName: Hashable, Sendable, CustomStringConvertible {
    /// The normalised text: lower-case A-labels, or the bare IP address (no brackets).
    public let value: String
    /// Whether it is an IPv4 or IPv6 literal.
    public let isIPAddress: Bool

    public var description: String { value }

    /// Parses `mail.example.com`, `örnek.com.tr`, `localhost`, `192.0.2.1`, `::1` or `[::1]`.
    ///
    /// - Throws: ``EmailAddressError`` for a malformed name.
    public init(parsing text: String) throws(EmailAddressError) {
        var trimmed = String(text.trimmingWhitespace())
        if trimmed.hasPrefix("["), trimmed.hasSuffix("]") { trimmed = String(trimmed.dropFirst().dropLast()) }
        if Self.looksLikeIP(trimmed) {
            value = trimmed.lowercased()
            isIPAddress = true
            return
        }
        do {
            value = try EmailAddress.normalise(domain: trimmed)
        } catch .singleLabelDomain(let label) {
            value = label
        }
        isIPAddress = false
    }

    private static func looksLikeIP(_ text: String) -> Bool {
        if text.contains(":") { return text.allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." } }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4
            && parts.allSatisfy { part in
                !part.isEmpty && part.count <= 3 && part.allSatisfy(\.isNumber) && (Int(part) ?? 256) <= 255
            }
    }
}
