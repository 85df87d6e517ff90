extension ClientConfig {
    /// Thunderbird's `<authentication>` names for MailConf's methods.
    static func authenticationName(_ method: AuthMethod) -> String {
        switch method {
        case .passwordCleartext: "password-cleartext"
        case .passwordEncrypted: "password-encrypted"
        case .oauth2: "OAuth2"
        case .ntlm: "NTLM"
        case .gssapi: "GSSAPI"
        case .clientCertificate: "TLS-client-cert"
        case .none: "none"
        default: method.rawValue
        }
    }

    /// MailConf's method for a Thunderbird `<authentication>` name, including the deprecated aliases `plain`
    /// (cleartext) and `secure` (encrypted).
    public static func authMethod(_ name: String) -> AuthMethod {
        switch name.lowercased() {
        case "password-cleartext", "plain": .passwordCleartext
        case "password-encrypted", "secure": .passwordEncrypted
        case "oauth2": .oauth2
        case "ntlm": .ntlm
        case "gssapi": .gssapi
        case "tls-client-cert": .clientCertificate
        case "none": .none
        default: AuthMethod(rawValue: name.lowercased())
        }
    }

    /// MailConf's security for a `socketType`; absent means plain, as in Thunderbird.
    public static func security(_ socketType: SocketType?) -> TransportSecurity? {
        switch socketType {
        case .ssl: .tls
        case .starttls: .starttls
        case .plain, nil: .plain
        default: nil
        }
    }

    /// The `socketType` for MailConf's security.
    public static func socketType(_ security: TransportSecurity) -> SocketType {
        switch security {
        case .tls: .ssl
        case .starttls: .starttls
        case .plain: .plain
        }
    }

    /// The IMAP, POP3 and SMTP servers of the first provider as an account configuration, with its Exchange web
    /// services (``exchangeServers(of:)``); servers without host name or with an unknown `socketType` are left
    /// out.
    public func accountConfig(origin: ServerOrigin = .autoconfig(url: "", trusted: true)) -> AccountConfig {
        guard let provider = providers.first else { return AccountConfig() }
        func convert(_ server: Server) -> ServerSettings? {
            guard let proto = MailProtocol(rawValue: server.type), let host = server.hostname,
                let security = Self.security(server.socketType)
            else { return nil }
            let port = server.port ?? DefaultPorts.port(for: proto, security: security)
            let auth = server.authentication.map(Self.authMethod)
            return ServerSettings(
                protocol: proto,
                host: Placeholder.lowercasedHost(host),
                port: port,
                security: security,
                auth: auth.isEmpty ? [.passwordCleartext] : auth,
                username: server.username ?? Placeholder.emailAddress,
                origin: origin
            )
        }
        return AccountConfig(
            providerID: provider.id.isEmpty ? nil : provider.id,
            displayName: provider.displayName,
            domains: provider.domains.map { $0.lowercased() },
            incoming: provider.incomingServers.compactMap(convert).filter { $0.protocol.isIncoming },
            outgoing: provider.outgoingServers.compactMap(convert).filter { $0.protocol == .smtp },
            oauth2: oauth2,
            exchange: Self.exchangeServers(of: provider)
        )
    }

    /// The provider's Exchange web services: `ews`, `owa` and `graph` incoming servers with a `<url>`, and the
    /// URLs of the older combined `exchange` element (`ewsURL`, `owaURL`) unless a typed element names the same
    /// kind. Only `https://` URLs are kept.
    public static func exchangeServers(of provider: Provider) -> [ExchangeServer] {
        var result: [ExchangeServer] = []
        func add(_ kind: ExchangeServer.Kind, _ url: String?, _ server: Server) {
            guard let url, ExchangeServer.httpsHost(of: url) != nil,
                !result.contains(where: { $0.kind == kind })
            else { return }
            let auth = server.authentication.map(authMethod)
            result.append(
                ExchangeServer(
                    kind: kind,
                    url: url,
                    auth: auth.isEmpty ? [.passwordCleartext] : auth,
                    username: server.username ?? Placeholder.emailAddress
                )
            )
        }
        for server in provider.incomingServers {
            if let kind = ExchangeServer.Kind(rawValue: server.type) { add(kind, server.url, server) }
        }
        for server in provider.incomingServers where server.type == "exchange" {
            add(.ews, server.ewsURL, server)
            add(.owa, server.owaURL, server)
        }
        return result
    }

    /// A document for `account`, as Thunderbird expects it.
    ///
    /// - Parameters:
    ///   - domain: the domain asked for; it is the first `<domain>`.
    ///   - omitPlainWhenTLSExists: leave out `plain` servers of a direction that has a TLS or STARTTLS server
    ///     (Thunderbird for Android refuses a whole document that contains `plain`).
    ///   - ensurePasswordFallback: after `OAuth2`, add `password-cleartext` if no password method follows, since
    ///     Thunderbird accepts OAuth2 only for providers on its built-in list.
    public init(
        account: AccountConfig,
        domain: String,
        omitPlainWhenTLSExists: Bool = false,
        ensurePasswordFallback: Bool = false
    ) {
        func servers(_ list: [ServerSettings]) -> [Server] {
            var list = list
            if omitPlainWhenTLSExists && list.contains(where: { $0.security != .plain }) {
                list.removeAll { $0.security == .plain }
            }
            return list.map { server in
                var methods = server.auth
                if ensurePasswordFallback && methods.contains(.oauth2) && !methods.contains(where: \.usesPassword) {
                    methods.append(.passwordCleartext)
                }
                return Server(
                    type: server.protocol.rawValue,
                    hostname: server.host,
                    port: server.port,
                    socketType: Self.socketType(server.security),
                    username: server.username,
                    authentication: methods.map(Self.authenticationName)
                )
            }
        }
        let id = account.providerID.flatMap { $0.contains(".") ? $0 : nil } ?? domain
        let name = account.displayName ?? account.providerID ?? domain
        self.init(
            providers: [
                Provider(
                    id: id,
                    domains: [domain],
                    displayName: name,
                    displayShortName: name,
                    incomingServers: servers(account.incoming)
                        + Self.exchangeElements(account.exchange, ensurePasswordFallback: ensurePasswordFallback),
                    outgoingServers: servers(account.outgoing)
                )
            ],
            oauth2: account.oauth2
        )
    }

    /// Exchange web services as Thunderbird reads them, after the IMAP/POP3 servers (the first valid incoming
    /// server becomes the account's default): one `ews`, `owa` or `graph` element per service with its `<url>`
    /// (Thunderbird 128 and later), then the older combined `exchange` element (host, port 443, `SSL`, `ewsURL`,
    /// `owaURL`) when there is an EWS or OWA URL, as the ISPDB writes it for older readers.
    static func exchangeElements(_ services: [ExchangeServer], ensurePasswordFallback: Bool) -> [Server] {
        func methods(_ service: ExchangeServer) -> [String] {
            var methods = service.auth
            if ensurePasswordFallback && methods.contains(.oauth2) && !methods.contains(where: \.usesPassword) {
                methods.append(.passwordCleartext)
            }
            return methods.map(authenticationName)
        }
        let usable = services.filter { $0.host != nil }
        var elements = usable.map { service in
            Server(
                type: service.kind.rawValue,
                username: service.username,
                authentication: methods(service),
                url: service.url
            )
        }
        let ews = usable.first { $0.kind == .ews }
        let owa = usable.first { $0.kind == .owa }
        if let main = ews ?? owa, let host = main.host {
            elements.append(
                Server(
                    type: "exchange",
                    hostname: host,
                    port: main.port,
                    socketType: .ssl,
                    username: main.username,
                    authentication: methods(main),
                    owaURL: owa?.url,
                    ewsURL: ews?.url
                )
            )
        }
        return elements
    }
}
