/// An Apple configuration profile (`.mobileconfig`) with one `com.apple.mail.managed` payload.
///
/// `PayloadUUID` and `PayloadIdentifier` derive from the address, so downloading the profile again replaces the
/// installed one instead of adding a second account. The writer emits plist XML; Apple's Mail payload has no
/// OAuth 2.0, so password authentication is always written.
public struct MobileConfigProfile: Hashable, Sendable {
    /// The account's address.
    public var emailAddress: String
    /// The account's description in Settings, e.g. the provider name.
    public var accountDescription: String
    /// The organisation shown on the profile.
    public var organization: String
    /// The incoming server (IMAP preferred).
    public var incoming: ServerSettings
    /// The outgoing server.
    public var outgoing: ServerSettings

    /// Creates a profile from explicit servers.
    public init(
        emailAddress: String,
        accountDescription: String,
        organization: String = "MailConf",
        incoming: ServerSettings,
        outgoing: ServerSettings
    ) {
        self.emailAddress = emailAddress
        self.accountDescription = accountDescription
        self.organization = organization
        self.incoming = incoming
        self.outgoing = outgoing
    }

    /// A profile for `address` from its resolved configuration: the first IMAP or POP3 server (IMAP first, as
    /// Apple Mail prefers it) and the first SMTP server; `nil` if either is missing.
    public init?(address: EmailAddress, account: AccountConfig) {
        let incomingServers =
            account.incoming.filter { $0.protocol == .imap }
            + account.incoming.filter {
                $0.protocol == .pop3
            }
        guard let incoming = incomingServers.first, let outgoing = account.outgoing.first else { return nil }
        self.init(
            emailAddress: address.address,
            accountDescription: account.displayName ?? address.unicodeDomain,
            incoming: incoming,
            outgoing: outgoing
        )
    }

    /// The profile's stable identity, from the address with its local part in lower case.
    private var identityName: String {
        let parts = emailAddress.split(separator: "@", maxSplits: 1)
        return parts.count == 2 ? parts[0].lowercased() + "@" + parts[1].lowercased() : emailAddress.lowercased()
    }

    /// The outer profile's `PayloadUUID`.
    public var profileUUID: String { DeterministicUUID.v5("profile:" + identityName) }
    /// The mail payload's `PayloadUUID`.
    public var payloadUUID: String { DeterministicUUID.v5("mail:" + identityName) }
    /// The outer profile's `PayloadIdentifier`.
    public var profileIdentifier: String { "mailconf.profile." + profileUUID.lowercased() }
    /// The mail payload's `PayloadIdentifier`.
    public var payloadIdentifier: String { profileIdentifier + ".mail" }

    /// Apple's authentication constant for a server.
    static func authentication(_ server: ServerSettings) -> String {
        if server.auth.contains(.passwordCleartext) { return "EmailAuthPassword" }
        if server.auth.contains(.passwordEncrypted) { return "EmailAuthCRAMMD5" }
        if server.auth.contains(.ntlm) { return "EmailAuthNTLM" }
        if server.auth == [.none] { return "EmailAuthNone" }
        return "EmailAuthPassword"
    }

    /// The profile as plist XML.
    public var xml: String {
        var plist = PlistWriter()
        plist.openDict()
        plist.key("PayloadContent")
        plist.openArray()
        plist.openDict()
        plist.string("EmailAccountDescription", accountDescription)
        plist.string("EmailAccountType", incoming.protocol == .pop3 ? "EmailTypePOP" : "EmailTypeIMAP")
        plist.string("EmailAddress", emailAddress)
        plist.string("IncomingMailServerAuthentication", Self.authentication(incoming))
        plist.string("IncomingMailServerHostName", incoming.host)
        plist.integer("IncomingMailServerPortNumber", incoming.port)
        plist.bool("IncomingMailServerUseSSL", incoming.security != .plain)
        plist.string("IncomingMailServerUsername", incoming.username)
        plist.string("OutgoingMailServerAuthentication", Self.authentication(outgoing))
        plist.string("OutgoingMailServerHostName", outgoing.host)
        plist.integer("OutgoingMailServerPortNumber", outgoing.port)
        plist.bool("OutgoingMailServerUseSSL", outgoing.security != .plain)
        plist.string("OutgoingMailServerUsername", outgoing.username)
        plist.bool("OutgoingPasswordSameAsIncomingPassword", true)
        plist.string("PayloadDescription", "Mail account settings for \(emailAddress)")
        plist.string("PayloadDisplayName", "Mail: \(emailAddress)")
        plist.string("PayloadIdentifier", payloadIdentifier)
        plist.string("PayloadType", "com.apple.mail.managed")
        plist.string("PayloadUUID", payloadUUID)
        plist.integer("PayloadVersion", 1)
        plist.bool("PreventAppSheet", false)
        plist.bool("PreventMove", false)
        plist.bool("SMIMEEnabled", false)
        plist.closeDict()
        plist.closeArray()
        plist.string("PayloadDescription", "Configures the mail account \(emailAddress).")
        plist.string("PayloadDisplayName", "\(accountDescription) mail: \(emailAddress)")
        plist.string("PayloadIdentifier", profileIdentifier)
        plist.string("PayloadOrganization", organization)
        plist.bool("PayloadRemovalDisallowed", false)
        plist.string("PayloadType", "Configuration")
        plist.string("PayloadUUID", profileUUID)
        plist.integer("PayloadVersion", 1)
        plist.closeDict()
        return plist.finish()
    }
}

/// Writes plist XML (Apple's `PropertyList-1.0` DTD) for the profile.
private struct PlistWriter {
    private var writer = XMLWriter(indent: "\t")

    init() {
        writer.raw(
            #"<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">"#
        )
        writer.open("plist", ["version": "1.0"])
    }

    mutating func openDict() { writer.open("dict") }
    mutating func closeDict() { writer.close("dict") }
    mutating func openArray() { writer.open("array") }
    mutating func closeArray() { writer.close("array") }
    mutating func key(_ name: String) { writer.element("key", name) }

    mutating func string(_ name: String, _ value: String) {
        key(name)
        writer.element("string", value)
    }

    mutating func integer(_ name: String, _ value: Int) {
        key(name)
        writer.element("integer", String(value))
    }

    mutating func bool(_ name: String, _ value: Bool) {
        key(name)
        writer.empty(value ? "true" : "false")
    }

    mutating func finish() -> String {
        writer.close("plist")
        return writer.output
    }
}
