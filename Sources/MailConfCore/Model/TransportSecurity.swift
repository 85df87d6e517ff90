/// How a connection to a mail server is protected.
///
/// RFC 8314 prefers implicit TLS (`tls`) to `starttls`; `plain` sends everything, passwords included, in clear.
public enum TransportSecurity: String, Hashable, Sendable, CaseIterable {
    /// TLS from the first byte (ports 465, 993, 995). Thunderbird's `socketType` `SSL`.
    case tls
    /// A cleartext connection upgraded with STARTTLS (RFC 3207) or STLS (RFC 2595).
    case starttls
    /// No transport security at all.
    case plain

    /// Preference rank, lower is better (RFC 8314 §3).
    public var rank: Int {
        switch self {
        case .tls: 0
        case .starttls: 1
        case .plain: 2
        }
    }

    /// The label most mail clients use: `SSL/TLS`, `STARTTLS`, `None`.
    public var displayName: String {
        switch self {
        case .tls: "SSL/TLS"
        case .starttls: "STARTTLS"
        case .plain: "none"
        }
    }
}
