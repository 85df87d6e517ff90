/// One way to reach a mail server: protocol, address, security, authentication and user name.
///
/// `host` and `username` may hold placeholders (see ``Placeholder``) until ``resolved(for:)`` fills them in for one
/// address.
public struct ServerSettings: Hashable, Sendable {
    /// The protocol spoken.
    public var `protocol`: MailProtocol
    /// The host name, possibly with `%EMAILDOMAIN%`.
    public var host: String
    /// The TCP port, 1–65535.
    public var port: Int
    /// How the connection is protected.
    public var security: TransportSecurity
    /// Accepted authentication methods, preferred first.
    public var auth: [AuthMethod]
    /// The user name template, e.g. `%EMAILADDRESS%`, or a literal name.
    public var username: String
    /// Where this setting came from.
    public var origin: ServerOrigin
    /// Whether a live probe confirmed it.
    public var verification: Verification
    /// Addresses already known for ``host`` (from an SRV answer's additional section): probes use them instead
    /// of resolving the name again. Not part of any output.
    public var knownAddresses: [String] = []
    /// Why the database believes this setting (data-set entry or help page) and when it was last checked; `nil`
    /// for settings not from the database.
    public var provenance: Provenance?

    /// Creates server settings.
    public init(
        protocol: MailProtocol,
        host: String,
        port: Int,
        security: TransportSecurity,
        auth: [AuthMethod] = [.passwordCleartext],
        username: String = Placeholder.emailAddress,
        origin: ServerOrigin = .database(provider: nil),
        verification: Verification = .unverified
    ) {
        self.protocol = `protocol`
        self.host = host
        self.port = port
        self.security = security
        self.auth = auth
        self.username = username
        self.origin = origin
        self.verification = verification
    }

    /// The kind of source this setting came from.
    public var source: SourceKind { origin.kind }
    /// Whether the source is not trustworthy on its own (plain-HTTP autoconfig): ranked below trusted sources.
    public var untrusted: Bool { origin.isUntrusted }
    /// Where exactly the setting came from, for people: the autoconfig URL, the SRV record…
    public var note: String? { origin.note }

    /// These settings with every placeholder in host and user name filled in for `address`.
    public func resolved(for address: EmailAddress) -> ServerSettings {
        var copy = self
        copy.host = Placeholder.resolve(host, domain: address.domain)
        copy.username = Placeholder.resolve(username, for: address)
        return copy
    }
}
