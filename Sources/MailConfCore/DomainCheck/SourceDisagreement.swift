/// Two of a domain's own publications naming different servers for one protocol: neither's first choice is
/// among the other's servers (e.g. SRV says IMAP with TLS on 993 at mail.example.com, the autoconfig document
/// says STARTTLS on 143 at imap.example.com). Clients that read different publications then end up apart.
public struct SourceDisagreement: Hashable, Sendable {
    /// One publication's claim.
    public struct Claim: Hashable, Sendable {
        /// Which publication.
        public var source: PublicationKind
        /// Where: the URL or the DNS name.
        public var location: String
        /// Its first choice for the protocol.
        public var server: ServerSettings
        /// Every server it names for the protocol.
        public var all: [ServerSettings]
    }

    /// The protocol the publications disagree on.
    public var `protocol`: MailProtocol
    /// The first publication's claim.
    public var first: Claim
    /// The second publication's claim.
    public var second: Claim

    /// The disagreements among `claims` (publication order kept): for each protocol, every pair whose first
    /// choices each lie outside the other's servers.
    public static func find(in claims: [(PublicationKind, String, [ServerSettings])]) -> [SourceDisagreement] {
        var found: [SourceDisagreement] = []
        for proto in MailProtocol.allCases {
            let named = claims.compactMap { kind, location, servers -> Claim? in
                let mine = servers.filter { $0.protocol == proto }
                guard let first = mine.first else { return nil }
                return Claim(source: kind, location: location, server: first, all: mine)
            }
            for (index, a) in named.enumerated() {
                for b in named[(index + 1)...] {
                    let aInB = b.all.contains { same($0, a.server) }
                    let bInA = a.all.contains { same($0, b.server) }
                    if !aInB && !bInA { found.append(SourceDisagreement(protocol: proto, first: a, second: b)) }
                }
            }
        }
        return found
    }

    static func same(_ a: ServerSettings, _ b: ServerSettings) -> Bool {
        a.host.lowercased() == b.host.lowercased() && a.port == b.port && a.security == b.security
    }
}

/// A kind of publication a domain makes for mail clients.
public enum PublicationKind: String, Hashable, Sendable {
    /// RFC 6186/8314 SRV records.
    case srv
    /// A clientConfig document (autoconfig host or `.well-known`).
    case autoconfig
    /// An Autodiscover POX answer.
    case autodiscover
}
