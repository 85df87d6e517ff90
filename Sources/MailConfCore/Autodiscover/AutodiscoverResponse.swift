/// A Microsoft Autodiscover POX response (Outlook `responseschema/2006a`) for IMAP, POP3 and SMTP accounts.
///
/// Written without namespace prefixes; `SPA` is always written, `off` unless the server takes NTLM. The reader is
/// ``AutodiscoverResponseParser``.
public struct AutodiscoverResponse: Hashable, Sendable {
    /// The response-schema namespace of the outer `<Autodiscover>` element.
    public static let outerNamespace = "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006"
    /// The namespace of `<Response>`: Outlook's `2006a` schema.
    public static let responseNamespace =
        "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a"

    /// One `<Protocol>` block.
    public struct ProtocolSettings: Hashable, Sendable {
        /// `<Type>`: `IMAP`, `POP3` or `SMTP`.
        public var type: String
        /// `<Server>`.
        public var server: String
        /// `<Port>`.
        public var port: Int
        /// `<LoginName>`.
        public var loginName: String?
        /// `<DomainRequired>`.
        public var domainRequired: Bool
        /// `<SPA>`: Secure Password Authentication (NTLM).
        public var spa: Bool
        /// `<SSL>`: any TLS, implicit or STARTTLS.
        public var ssl: Bool
        /// `<Encryption>`: `SSL` (implicit TLS), `TLS` (STARTTLS), `None` or `Auto`.
        public var encryption: String
        /// `<AuthRequired>`.
        public var authRequired: Bool

        /// Creates a protocol block.
        public init(
            type: String,
            server: String,
            port: Int,
            loginName: String? = nil,
            domainRequired: Bool = false,
            spa: Bool = false,
            ssl: Bool,
            encryption: String,
            authRequired: Bool = true
        ) {
            self.type = type
            self.server = server
            self.port = port
            self.loginName = loginName
            self.domainRequired = domainRequired
            self.spa = spa
            self.ssl = ssl
            self.encryption = encryption
            self.authRequired = authRequired
        }
    }

    /// `<User><DisplayName>`.
    public var displayName: String?
    /// The `<Protocol>` blocks, in preference order.
    public var protocols: [ProtocolSettings]

    /// Creates a response.
    public init(displayName: String? = nil, protocols: [ProtocolSettings]) {
        self.displayName = displayName
        self.protocols = protocols
    }

    /// A response listing `account`'s servers, most preferred first, incoming then outgoing.
    public init(account: AccountConfig, displayName: String? = nil) {
        let protocols = account.servers.map { server in
            ProtocolSettings(
                type: server.protocol == .pop3 ? "POP3" : server.protocol.displayName,
                server: server.host,
                port: server.port,
                loginName: server.username,
                spa: !server.auth.contains(where: \.usesPassword) && server.auth.contains(.ntlm),
                ssl: server.security != .plain,
                encryption: Self.encryption(server.security),
                authRequired: server.auth != [.none]
            )
        }
        self.init(displayName: displayName, protocols: protocols)
    }

    /// `<Encryption>` for MailConf's security.
    static func encryption(_ security: TransportSecurity) -> String {
        switch security {
        case .tls: "SSL"
        case .starttls: "TLS"
        case .plain: "None"
        }
    }

    /// The response as XML.
    public var xml: String {
        var writer = XMLWriter(declaration: #"<?xml version="1.0" encoding="utf-8"?>"#)
        writer.open("Autodiscover", ["xmlns": Self.outerNamespace])
        writer.open("Response", ["xmlns": Self.responseNamespace])
        if let displayName {
            writer.open("User")
            writer.element("DisplayName", displayName)
            writer.close("User")
        }
        writer.open("Account")
        writer.element("AccountType", "email")
        writer.element("Action", "settings")
        for block in protocols {
            writer.open("Protocol")
            writer.element("Type", block.type)
            writer.element("Server", block.server)
            writer.element("Port", String(block.port))
            if let login = block.loginName { writer.element("LoginName", login) }
            writer.element("DomainRequired", Self.onOff(block.domainRequired))
            writer.element("SPA", Self.onOff(block.spa))
            writer.element("SSL", Self.onOff(block.ssl))
            writer.element("Encryption", block.encryption)
            writer.element("AuthRequired", Self.onOff(block.authRequired))
            if block.type == "SMTP" {
                writer.element("UsePOPAuth", "off")
                writer.element("SMTPLast", "off")
            }
            writer.close("Protocol")
        }
        writer.close("Account")
        writer.close("Response")
        writer.close("Autodiscover")
        return writer.output
    }

    static func onOff(_ flag: Bool) -> String { flag ? "on" : "off" }
}
