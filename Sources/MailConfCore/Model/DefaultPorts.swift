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
}
