/// One provider of the database, as one file in `Providers/` describes it.
///
/// Facts only: the domains it hosts, the MX host suffixes that identify it for custom domains, its servers,
/// status, notes and OAuth 2.0 endpoints. The file format is documented in `Providers/README.md`; the reader is
/// ``ProviderFileParser`` and the writer ``fileText``.
public struct ProviderRecord: Hashable, Sendable {
    /// The provider's id, also its file name without `.conf`.
    public var id: String
    /// A name for people, when the project's own curated data gives one.
    public var name: String?
    /// How well the settings work.
    public var status: ProviderStatus
    /// Attribution: which data set (and which entry of it) each fact came from, e.g. `ispdb googlemail.com.xml`.
    public var sources: [String]
    /// Mail domains the provider hosts (lower-case A-labels).
    public var domains: [String]
    /// MX host suffixes (whole labels) that identify the provider for custom domains.
    public var mxSuffixes: [String]
    /// The user name template for custom domains found through their MX, when it differs from the servers'.
    public var mxUsername: String?
    /// What users must know or do.
    public var notes: [ProviderNote]
    /// Servers in preference order; incoming and outgoing are told apart by protocol.
    public var servers: [ServerSettings]
    /// OAuth 2.0 endpoints, if documented.
    public var oauth2: OAuth2Settings?

    /// Creates a provider record.
    public init(
        id: String,
        name: String? = nil,
        status: ProviderStatus = .ok,
        sources: [String] = [],
        domains: [String] = [],
        mxSuffixes: [String] = [],
        mxUsername: String? = nil,
        notes: [ProviderNote] = [],
        servers: [ServerSettings] = [],
        oauth2: OAuth2Settings? = nil
    ) {
        self.id = id
        self.name = name
        self.status = status
        self.sources = sources
        self.domains = domains
        self.mxSuffixes = mxSuffixes
        self.mxUsername = mxUsername
        self.notes = notes
        self.servers = servers
        self.oauth2 = oauth2
    }

    /// IMAP and POP3 servers, in file order.
    public var incoming: [ServerSettings] { servers.filter { $0.protocol.isIncoming } }
    /// SMTP servers, in file order.
    public var outgoing: [ServerSettings] { servers.filter { !$0.protocol.isIncoming } }

    /// The account configuration this record gives, unresolved (placeholders kept).
    ///
    /// - Parameter viaMX: `true` when the domain was matched through its MX host: ``mxUsername``, if set, then
    ///   replaces every server's user name.
    public func accountConfig(viaMX: Bool = false) -> AccountConfig {
        var incoming = self.incoming
        var outgoing = self.outgoing
        if viaMX, let mxUsername {
            for index in incoming.indices { incoming[index].username = mxUsername }
            for index in outgoing.indices { outgoing[index].username = mxUsername }
        }
        return AccountConfig(
            providerID: id,
            displayName: name,
            domains: domains,
            incoming: incoming,
            outgoing: outgoing,
            notes: notes,
            status: status,
            oauth2: oauth2
        )
    }
}
