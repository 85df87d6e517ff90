/// Everything a mail client needs for one account: incoming and outgoing servers, best first, and what the
/// provider requires of the user.
public struct AccountConfig: Hashable, Sendable {
    /// The provider's id in the database, if the settings came from a known provider.
    public var providerID: String?
    /// A name for people, e.g. `Google Mail`; `nil` when unknown.
    public var displayName: String?
    /// The domains the provider serves (A-labels).
    public var domains: [String]
    /// IMAP and POP3 servers, most preferred first.
    public var incoming: [ServerSettings]
    /// SMTP servers, most preferred first.
    public var outgoing: [ServerSettings]
    /// What the user must know or do.
    public var notes: [ProviderNote]
    /// The provider's status.
    public var status: ProviderStatus
    /// OAuth 2.0 endpoints, if the provider documents them.
    public var oauth2: OAuth2Settings?
    /// Exchange web services (EWS, OWA, Graph) a client may use instead of IMAP/SMTP.
    public var exchange: [ExchangeServer]
    /// Where each note came from and when it was checked, for notes from the provider database.
    public var noteProvenance: [ProviderNote: Provenance]

    /// Creates an account configuration.
    public init(
        providerID: String? = nil,
        displayName: String? = nil,
        domains: [String] = [],
        incoming: [ServerSettings] = [],
        outgoing: [ServerSettings] = [],
        notes: [ProviderNote] = [],
        status: ProviderStatus = .ok,
        oauth2: OAuth2Settings? = nil,
        exchange: [ExchangeServer] = [],
        noteProvenance: [ProviderNote: Provenance] = [:]
    ) {
        self.providerID = providerID
        self.displayName = displayName
        self.domains = domains
        self.incoming = incoming
        self.outgoing = outgoing
        self.notes = notes
        self.status = status
        self.oauth2 = oauth2
        self.exchange = exchange
        self.noteProvenance = noteProvenance
    }

    /// All servers, incoming first.
    public var servers: [ServerSettings] { incoming + outgoing }

    /// This configuration with every placeholder filled in for `address`.
    public func resolved(for address: EmailAddress) -> AccountConfig {
        var copy = self
        copy.incoming = incoming.map { $0.resolved(for: address) }
        copy.outgoing = outgoing.map { $0.resolved(for: address) }
        copy.exchange = exchange.map { $0.resolved(for: address) }
        return copy
    }
}
