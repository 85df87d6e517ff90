/// Orders servers best first, following RFC 8314 and what users expect of a mail setup.
///
/// Incoming: verified before unverified before failed, IMAP before POP3 (unless POP3 is asked for), implicit TLS
/// before STARTTLS before plain. Outgoing: the same verification and security order, submission ports (465, 587)
/// before relay port 25; trusted sources (database, HTTPS autoconfig, SRV) before plain-HTTP autoconfig and
/// guesses. Within equal rank the sources' own order is kept (a stable sort), so a provider's stated
/// preference still decides ties.
public struct Ranking: Sendable {
    /// Whether POP3 ranks above IMAP.
    public var preferPOP3: Bool

    /// Creates a ranking.
    public init(preferPOP3: Bool = false) {
        self.preferPOP3 = preferPOP3
    }

    /// `servers` in rank order, stable for ties. A `plain` server never ranks above a TLS or STARTTLS one,
    /// whatever its verification: MailConf never recommends cleartext when encryption exists.
    public func sorted(_ servers: [ServerSettings]) -> [ServerSettings] {
        let anyEncrypted = servers.contains { $0.security != .plain }
        return servers.enumerated().sorted { a, b in
            let left = key(a.element, anyEncrypted: anyEncrypted)
            let right = key(b.element, anyEncrypted: anyEncrypted)
            return left != right ? left.lexicographicallyPrecedes(right) : a.offset < b.offset
        }.map(\.element)
    }

    /// The configuration with both server lists in rank order.
    public func ranked(_ config: AccountConfig) -> AccountConfig {
        var copy = config
        copy.incoming = sorted(config.incoming)
        copy.outgoing = sorted(config.outgoing)
        return copy
    }

    private func key(_ server: ServerSettings, anyEncrypted: Bool) -> [Int] {
        let verification: Int
        switch server.verification.status {
        case .verified: verification = 0
        case .unverified: verification = 1
        case .failed: verification = 2
        }
        let protocolRank: Int
        switch server.protocol {
        case .imap: protocolRank = preferPOP3 ? 1 : 0
        case .pop3: protocolRank = preferPOP3 ? 0 : 1
        case .smtp: protocolRank = server.port == 25 ? 1 : 0
        }
        let cleartext = anyEncrypted && server.security == .plain ? 1 : 0
        let trust = (server.untrusted ? 1 : 0) + (server.source == .guess ? 1 : 0)
        return [cleartext, verification, protocolRank, server.security.rank, trust]
    }
}
