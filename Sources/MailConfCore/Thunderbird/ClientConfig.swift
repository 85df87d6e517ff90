/// A Thunderbird autoconfig document (clientConfig v1.1), as served at `/mail/config-v1.1.xml` and stored in the
/// ISPDB.
///
/// The reader is ``ClientConfigParser``; ``xml`` writes the document. Element names follow
/// https://wiki.mozilla.org/Thunderbird:Autoconfiguration:ConfigFileFormat.
public struct ClientConfig: Hashable, Sendable {
    /// The `version` attribute, `1.1`.
    public var version: String
    /// The `<emailProvider>` elements; a document normally has one.
    public var providers: [Provider]
    /// The `<oAuth2>` element.
    public var oauth2: OAuth2Settings?
    /// The `<enable>` element directly under `<clientConfig>`: where the user must switch on IMAP/POP access.
    /// (The ISPDB also puts it inside `<emailProvider>`: see ``Provider/enable``.)
    public var enable: Enable?

    /// Creates a document.
    public init(version: String = "1.1", providers: [Provider], oauth2: OAuth2Settings? = nil, enable: Enable? = nil) {
        self.version = version
        self.providers = providers
        self.oauth2 = oauth2
        self.enable = enable
    }

    /// One `<emailProvider>`.
    public struct Provider: Hashable, Sendable {
        /// The `id` attribute, hostname-like.
        public var id: String
        /// `<domain>` elements, in order.
        public var domains: [String]
        /// `<displayName>`.
        public var displayName: String?
        /// `<displayShortName>`.
        public var displayShortName: String?
        /// `<incomingServer>` elements, most preferred first.
        public var incomingServers: [Server]
        /// `<outgoingServer>` elements, most preferred first.
        public var outgoingServers: [Server]
        /// `<documentation url>` elements.
        public var documentation: [Documentation]
        /// An `<enable>` element inside `<emailProvider>`.
        public var enable: Enable?

        /// Creates a provider.
        public init(
            id: String,
            domains: [String],
            displayName: String? = nil,
            displayShortName: String? = nil,
            incomingServers: [Server] = [],
            outgoingServers: [Server] = [],
            documentation: [Documentation] = [],
            enable: Enable? = nil
        ) {
            self.id = id
            self.domains = domains
            self.displayName = displayName
            self.displayShortName = displayShortName
            self.incomingServers = incomingServers
            self.outgoingServers = outgoingServers
            self.documentation = documentation
            self.enable = enable
        }
    }

    /// One `<incomingServer>` or `<outgoingServer>`.
    public struct Server: Hashable, Sendable {
        /// The `type` attribute: `imap`, `pop3`, `smtp`, or another (`exchange`, `ews`, `owa`, `graph`…).
        public var type: String
        /// `<hostname>`.
        public var hostname: String?
        /// `<port>`.
        public var port: Int?
        /// `<socketType>`: `SSL`, `STARTTLS` or `plain`.
        public var socketType: SocketType?
        /// `<username>`.
        public var username: String?
        /// `<authentication>` elements, preferred first.
        public var authentication: [String]
        /// `<restriction>` elements (e.g. `client-IP-address`).
        public var restrictions: [String]
        /// `<url>` for web-service types (ews, owa, graph).
        public var url: String?
        /// `<owaURL>` of the legacy `exchange` type.
        public var owaURL: String?
        /// `<ewsURL>` of the legacy `exchange` type.
        public var ewsURL: String?
        /// `<useGlobalPreferredServer>` of outgoing servers.
        public var useGlobalPreferredServer: Bool?
        /// `<addThisServer>` of outgoing servers.
        public var addThisServer: Bool?
        /// `<pop3><leaveMessagesOnServer>`.
        public var leaveMessagesOnServer: Bool?
        /// `<pop3><downloadOnBiff>`.
        public var downloadOnBiff: Bool?
        /// `<pop3><daysToLeaveMessagesOnServer>`.
        public var daysToLeaveMessagesOnServer: Int?
        /// `<pop3><checkInterval minutes>`.
        public var checkIntervalMinutes: Int?

        /// Creates a server.
        public init(
            type: String,
            hostname: String? = nil,
            port: Int? = nil,
            socketType: SocketType? = nil,
            username: String? = nil,
            authentication: [String] = [],
            restrictions: [String] = [],
            url: String? = nil,
            owaURL: String? = nil,
            ewsURL: String? = nil,
            useGlobalPreferredServer: Bool? = nil,
            addThisServer: Bool? = nil,
            leaveMessagesOnServer: Bool? = nil,
            downloadOnBiff: Bool? = nil,
            daysToLeaveMessagesOnServer: Int? = nil,
            checkIntervalMinutes: Int? = nil
        ) {
            self.type = type
            self.hostname = hostname
            self.port = port
            self.socketType = socketType
            self.username = username
            self.authentication = authentication
            self.restrictions = restrictions
            self.url = url
            self.owaURL = owaURL
            self.ewsURL = ewsURL
            self.useGlobalPreferredServer = useGlobalPreferredServer
            self.addThisServer = addThisServer
            self.leaveMessagesOnServer = leaveMessagesOnServer
            self.downloadOnBiff = downloadOnBiff
            self.daysToLeaveMessagesOnServer = daysToLeaveMessagesOnServer
            self.checkIntervalMinutes = checkIntervalMinutes
        }

        /// Whether any `<pop3>` child is set.
        var hasPOP3Options: Bool {
            leaveMessagesOnServer != nil || downloadOnBiff != nil || daysToLeaveMessagesOnServer != nil
                || checkIntervalMinutes != nil
        }
    }

    /// A `<socketType>` value. Case-sensitive in Thunderbird; an open vocabulary here.
    public struct SocketType: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral {
        /// The value as written.
        public var rawValue: String
        /// Creates a value.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// Creates a value from a literal.
        public init(stringLiteral value: String) { self.rawValue = value }

        /// Implicit TLS.
        public static let ssl: SocketType = "SSL"
        /// STARTTLS upgrade.
        public static let starttls: SocketType = "STARTTLS"
        /// No transport security.
        public static let plain: SocketType = "plain"
    }

    /// A `<documentation url>` with its localised descriptions.
    public struct Documentation: Hashable, Sendable {
        /// The `url` attribute.
        public var url: String
        /// `<descr lang>` elements as (language, text) pairs; language may be empty.
        public var descriptions: [LocalizedText]

        /// Creates a documentation link.
        public init(url: String, descriptions: [LocalizedText] = []) {
            self.url = url
            self.descriptions = descriptions
        }
    }

    /// The `<enable visiturl>` element.
    public struct Enable: Hashable, Sendable {
        /// The `visiturl` attribute.
        public var visitURL: String
        /// `<instruction lang>` elements.
        public var instructions: [LocalizedText]

        /// Creates an enable element.
        public init(visitURL: String, instructions: [LocalizedText] = []) {
            self.visitURL = visitURL
            self.instructions = instructions
        }
    }

    /// Text with an optional `lang` attribute.
    public struct LocalizedText: Hashable, Sendable {
        /// The `lang` attribute, or `nil`.
        public var language: String?
        /// The text.
        public var text: String

        /// Creates localised text.
        public init(language: String? = nil, text: String) {
            self.language = language
            self.text = text
        }
    }
}

// MARK: - Writing

extension ClientConfig {
    /// The document as UTF-8 XML text that Thunderbird accepts: no namespace prefix, `socketType` in
    /// Thunderbird's case, servers in preference order.
    public var xml: String {
        var writer = XMLWriter()
        writer.open("clientConfig", ["version": version])
        for provider in providers {
            writer.open("emailProvider", ["id": provider.id])
            for domain in provider.domains { writer.element("domain", domain) }
            if let name = provider.displayName { writer.element("displayName", name) }
            if let name = provider.displayShortName { writer.element("displayShortName", name) }
            for server in provider.incomingServers { Self.write(server, as: "incomingServer", into: &writer) }
            for server in provider.outgoingServers { Self.write(server, as: "outgoingServer", into: &writer) }
            for link in provider.documentation {
                writer.open("documentation", ["url": link.url])
                for text in link.descriptions { Self.write(text, as: "descr", into: &writer) }
                writer.close("documentation")
            }
            if let enable = provider.enable {
                writer.open("enable", ["visiturl": enable.visitURL])
                for text in enable.instructions { Self.write(text, as: "instruction", into: &writer) }
                writer.close("enable")
            }
            writer.close("emailProvider")
        }
        if let oauth2 {
            writer.open("oAuth2")
            writer.element("issuer", oauth2.issuer)
            writer.element("scope", oauth2.scope)
            writer.element("authURL", oauth2.authURL)
            writer.element("tokenURL", oauth2.tokenURL)
            writer.close("oAuth2")
        }
        if let enable {
            writer.open("enable", ["visiturl": enable.visitURL])
            for text in enable.instructions { Self.write(text, as: "instruction", into: &writer) }
            writer.close("enable")
        }
        writer.close("clientConfig")
        return writer.output
    }

    private static func write(_ server: Server, as element: String, into writer: inout XMLWriter) {
        writer.open(element, ["type": server.type])
        if let hostname = server.hostname { writer.element("hostname", hostname) }
        if let port = server.port { writer.element("port", String(port)) }
        if let socketType = server.socketType { writer.element("socketType", socketType.rawValue) }
        if let username = server.username { writer.element("username", username) }
        for method in server.authentication { writer.element("authentication", method) }
        for restriction in server.restrictions { writer.element("restriction", restriction) }
        if let url = server.url { writer.element("url", url) }
        if let url = server.owaURL { writer.element("owaURL", url) }
        if let url = server.ewsURL { writer.element("ewsURL", url) }
        if let flag = server.useGlobalPreferredServer { writer.element("useGlobalPreferredServer", String(flag)) }
        if let flag = server.addThisServer { writer.element("addThisServer", String(flag)) }
        if server.hasPOP3Options {
            writer.open("pop3")
            if let flag = server.leaveMessagesOnServer { writer.element("leaveMessagesOnServer", String(flag)) }
            if let flag = server.downloadOnBiff { writer.element("downloadOnBiff", String(flag)) }
            if let days = server.daysToLeaveMessagesOnServer {
                writer.element("daysToLeaveMessagesOnServer", String(days))
            }
            if let minutes = server.checkIntervalMinutes { writer.empty("checkInterval", ["minutes": String(minutes)]) }
            writer.close("pop3")
        }
        writer.close(element)
    }

    private static func write(_ text: LocalizedText, as element: String, into writer: inout XMLWriter) {
        if let language = text.language {
            writer.element(element, text.text, ["lang": language])
        } else {
            writer.element(element, text.text)
        }
    }
}
