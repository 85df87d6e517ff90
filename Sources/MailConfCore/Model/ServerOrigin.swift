/// Where one server setting came from, as a fact that decisions read: the provider it belongs to, the SRV record
/// that named it (and whether its target lies inside the mail domain), the autoconfig document and whether that
/// document was fetched securely.
public enum ServerOrigin: Hashable, Sendable {
    /// The provider database (bundled or `--providers`); `provider` is the provider's id, when known.
    case database(provider: String?)
    /// The database, found through the domain's MX host.
    case mx(provider: String, mxHost: String)
    /// A domain's autoconfig document at `url` (after redirects); `trusted` is `false` for plain HTTP.
    case autoconfig(url: String, trusted: Bool)
    /// A DNS SRV record (RFC 6186, RFC 8314).
    case srv(SRVOrigin)
    /// A host name guessed from the domain.
    case guess

    /// The kind of source, as JSON names it.
    public var kind: SourceKind {
        switch self {
        case .database: .database
        case .mx: .mx
        case .autoconfig: .autoconfig
        case .srv: .srv
        case .guess: .guess
        }
    }

    /// Whether the source is not trustworthy on its own (plain-HTTP autoconfig): ranked below trusted sources.
    public var isUntrusted: Bool {
        if case .autoconfig(_, let trusted) = self { return !trusted }
        return false
    }

    /// Where exactly the setting came from, for people (`nil` when the kind says it all).
    public var note: String? {
        switch self {
        case .database(let provider): provider.map { "provider \($0)" }
        case .mx(let provider, let host): "MX \(host): provider \(provider)"
        case .autoconfig(let url, let trusted):
            trusted ? "autoconfig \(url)" : "plain-HTTP autoconfig (untrusted) \(url)"
        case .srv(let record): record.description
        case .guess: "guessed"
        }
    }
}

/// The SRV record a server came from.
public struct SRVOrigin: Hashable, Sendable, CustomStringConvertible {
    /// The owner name asked, e.g. `_imaps._tcp.example.com`.
    public var name: String
    /// The record's target host (lower case, without the final dot).
    public var target: String
    /// The record's port.
    public var port: Int
    /// The record's priority and weight (RFC 2782).
    public var priority: Int
    /// The record's weight.
    public var weight: Int
    /// Whether the target is the mail domain or a name under it. A target outside is accepted only when its
    /// certificate is valid for it.
    public var insideDomain: Bool

    /// Creates an SRV origin.
    public init(name: String, target: String, port: Int, priority: Int, weight: Int, insideDomain: Bool) {
        self.name = name
        self.target = target
        self.port = port
        self.priority = priority
        self.weight = weight
        self.insideDomain = insideDomain
    }

    public var description: String {
        "SRV \(name) → \(target):\(port)"
            + (insideDomain ? "" : " (outside the domain: accepted only with a certificate valid for \(target))")
    }
}
