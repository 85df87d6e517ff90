/// The IANA ports of each protocol and security (RFC 8314 for implicit TLS, RFC 6409 for submission).
public enum DefaultPorts {
    /// The usual port for `protocol` with `security`: IMAP 993/143, POP3 995/110, SMTP 465/587.
    public static func port(for protocol: MailProtocol, security: TransportSecurity) -> Int {
        switch (`protocol`, security) {
        case (.imap, .tls): 993
        case (.imap, _): 143
        case (.pop3, .tls): 995
        case (.pop3, _): 110
        case (.smtp, .tls): 465
        case (.smtp, _): 587
        }
    }

    /// A TCP port written as decimal digits (surrounding white space allowed): 1 to 65535, or `nil` for anything
    /// else — signs, 0, values past 65535 and non-digits, which `Int(_:)` alone would let through in part.
    public static func parse(_ text: some StringProtocol) -> Int? {
        let digits = text.trimmingWhitespace()
        guard (1...5).contains(digits.utf8.count), digits.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
            let value = Int(digits), (1...65535).contains(value)
        else { return nil }
        return value
    }
}
