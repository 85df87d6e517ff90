import Foundation

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
        guard !trimmed.isEmpty else { throw .emptyHost }
        if let (host, port) = Self.splitPort(trimmed) { throw .hostWithPort(host: host, port: port) }
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

    /// `host:port` or `[v6]:port`: a port where only a host belongs. (A bare IPv6 address has two colons or more.)
    private static func splitPort(_ text: String) -> (String, String)? {
        let host: Substring
        let port: Substring
        if text.hasPrefix("["), let close = text.firstIndex(of: "]"), text[close...].hasPrefix("]:") {
            host = text[...close]
            port = text[text.index(close, offsetBy: 2)...]
        } else if text.filter({ $0 == ":" }).count == 1, let colon = text.firstIndex(of: ":") {
            host = text[..<colon]
            port = text[text.index(after: colon)...]
        } else {
            return nil
        }
        guard !host.isEmpty, !port.isEmpty, port.allSatisfy(\.isASCIIDigit) else { return nil }
        return (String(host), String(port))
    }

    /// Whether `text` is an IPv4 or IPv6 literal (no zone), by the parser ``AddressPolicy`` uses. ASCII only: with
    /// combining marks a ':' or '.' is no longer a Character of its own (the fuzzer found a loop that way).
    private static func looksLikeIP(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 } && !text.contains("%") && IPAddress.bytes(text) != nil
    }
}

extension Character {
    /// `0`–`9` only (`isNumber` also takes other scripts' digits and fractions).
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
