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
    /// Attribution of the provider as a whole (its domains, MX suffixes, status): which data-set entries and
    /// help pages contributed, e.g. `ispdb 2026-03-12 googlemail.com.xml`.
    public var sources: [FactSource]
    /// Checks of the provider as a whole (e.g. a help page read for its status).
    public var checks: [FactCheck]
    /// Mail domains the provider hosts (lower-case A-labels).
    public var domains: [String]
    /// Domain labels that match the label followed by any public suffix (`yahoo` → `yahoo.com.tr`, `yahoo.in`),
    /// whole labels only; listed domains of any provider win over them.
    public var domainLabels: [String]
    /// MX host suffixes (whole labels) that identify the provider for custom domains.
    public var mxSuffixes: [String]
    /// The user name template for custom domains found through their MX, when it differs from the servers'.
    public var mxUsername: String?
    /// What users must know or do.
    public var notes: [ProviderNote]
    /// Where each note came from and when it was checked.
    public var noteProvenance: [ProviderNote: Provenance]
    /// Servers in preference order; incoming and outgoing are told apart by protocol. Each carries its
    /// ``ServerSettings/provenance``.
    public var servers: [ServerSettings]
    /// Exchange web services (EWS, OWA, Graph), in preference order.
    public var exchange: [ExchangeServer]
    /// OAuth 2.0 endpoints, if documented.
    public var oauth2: OAuth2Settings?

    /// Creates a provider record.
    public init(
        id: String,
        name: String? = nil,
        status: ProviderStatus = .ok,
        sources: [FactSource] = [],
        checks: [FactCheck] = [],
        domains: [String] = [],
        domainLabels: [String] = [],
        mxSuffixes: [String] = [],
        mxUsername: String? = nil,
        notes: [ProviderNote] = [],
        noteProvenance: [ProviderNote: Provenance] = [:],
        servers: [ServerSettings] = [],
        exchange: [ExchangeServer] = [],
        oauth2: OAuth2Settings? = nil
    ) {
        self.id = id
        self.name = name
        self.status = status
        self.sources = sources
        self.checks = checks
        self.domains = domains
        self.domainLabels = domainLabels
        self.mxSuffixes = mxSuffixes
        self.mxUsername = mxUsername
        self.notes = notes
        self.noteProvenance = noteProvenance
        self.servers = servers
        self.exchange = exchange
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
        var exchange = self.exchange
        if viaMX, let mxUsername {
            for index in incoming.indices { incoming[index].username = mxUsername }
            for index in outgoing.indices { outgoing[index].username = mxUsername }
            for index in exchange.indices { exchange[index].username = mxUsername }
        }
        return AccountConfig(
            providerID: id,
            displayName: name,
            domains: domains,
            incoming: incoming,
            outgoing: outgoing,
            notes: notes,
            status: status,
            oauth2: oauth2,
            exchange: exchange,
            noteProvenance: noteProvenance.filter { notes.contains($0.key) }
        )
    }

    /// The newest check of any fact of the provider (record, servers, notes, Exchange services, OAuth 2.0), if any.
    public var newestCheck: FactCheck? {
        let all =
            [Provenance(checks: checks)] + servers.compactMap(\.provenance) + Array(noteProvenance.values)
            + exchange.compactMap(\.provenance) + [oauth2?.provenance].compactMap { $0 }
        return all.compactMap(\.newestCheck).max { $0.date < $1.date }
    }
}
