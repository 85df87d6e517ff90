public import Foundation

/// Reads Autodiscover POX responses (`2006a`) and error documents.
public struct AutodiscoverResponseParser: Sendable {
    /// What a response document holds.
    public enum Document: Hashable, Sendable {
        /// Account settings.
        case settings(AutodiscoverResponse)
        /// An `<Error>` document.
        case error(AutodiscoverError)
        /// A redirect to another address (`<Action>redirectAddr</Action>`).
        case redirectAddress(String)
        /// A redirect to another URL (`<Action>redirectUrl</Action>`).
        case redirectURL(String)
    }

    /// The XML reader.
    public var reader: XMLTreeReader

    /// Creates a parser.
    public init(reader: XMLTreeReader = XMLTreeReader()) {
        self.reader = reader
    }

    /// Parses a response.
    ///
    /// - Throws: ``XMLReadError``.
    public func parse(_ data: Data) throws(XMLReadError) -> Document {
        let root = try reader.read(data)
        guard root.name.equalsIgnoringASCIICase("Autodiscover"), let response = root.child("Response") else {
            throw .unexpectedRoot(expected: "Autodiscover", found: root.name)
        }
        if let error = response.child("Error") {
            return .error(
                AutodiscoverError(
                    code: error.childText("ErrorCode").flatMap { Int($0) } ?? 0,
                    message: error.childText("Message") ?? "",
                    time: error.attributes["Time"] ?? "",
                    id: error.attributes["Id"].flatMap { UInt32($0) } ?? 0
                )
            )
        }
        guard let account = response.child("Account") else {
            throw .unexpectedRoot(expected: "Response><Account", found: response.children.first?.name ?? "nothing")
        }
        switch account.childText("Action")?.lowercased() {
        case "redirectaddr":
            return .redirectAddress(account.childText("RedirectAddr") ?? "")
        case "redirecturl":
            return .redirectURL(account.childText("RedirectUrl") ?? "")
        default:
            break
        }
        let protocols = account.children(named: "Protocol").compactMap {
            node -> AutodiscoverResponse.ProtocolSettings? in
            guard let type = node.childText("Type"), let server = node.childText("Server") else { return nil }
            let ssl = node.childText("SSL").map(Self.flag) ?? true
            return AutodiscoverResponse.ProtocolSettings(
                type: type.uppercased(),
                server: server,
                port: node.childText("Port").flatMap { DefaultPorts.parse($0) } ?? 0,
                loginName: node.childText("LoginName"),
                domainRequired: node.childText("DomainRequired").map(Self.flag) ?? false,
                spa: node.childText("SPA").map(Self.flag) ?? false,
                ssl: ssl,
                encryption: node.childText("Encryption") ?? (ssl ? "Auto" : "None"),
                authRequired: node.childText("AuthRequired").map(Self.flag) ?? true
            )
        }
        return .settings(
            AutodiscoverResponse(displayName: response.child("User")?.childText("DisplayName"), protocols: protocols)
        )
    }

    private static func flag(_ text: String) -> Bool {
        text.lowercased() == "on" || text.lowercased() == "true"
    }
}

extension AutodiscoverResponse {
    /// The IMAP, POP3 and SMTP blocks as server settings. `Encryption` decides the security; without it, `SSL`
    /// on means implicit TLS on the implicit-TLS ports or when no port is given, and STARTTLS elsewhere.
    public func servers(origin: ServerOrigin = .autoconfig(url: "", trusted: true)) -> [ServerSettings] {
        protocols.compactMap { block in
            guard let proto = block.mailProtocol else { return nil }
            let security: TransportSecurity
            switch block.encryption.uppercased() {
            case "SSL": security = .tls
            case "TLS": security = .starttls
            case "NONE": security = .plain
            default:
                // `SSL` on with no usable port: implicit TLS on the standard port, as Outlook assumes.
                let implicit = block.port == 0 || [465, 993, 995].contains(block.port)
                security = block.ssl ? (implicit ? .tls : .starttls) : .plain
            }
            var auth: [AuthMethod] = block.spa ? [.ntlm] : [.passwordCleartext]
            if !block.authRequired { auth = [.none] }
            return ServerSettings(
                protocol: proto,
                host: block.server.lowercased(),
                port: block.port == 0 ? DefaultPorts.port(for: proto, security: security) : block.port,
                security: security,
                auth: auth,
                username: block.loginName ?? Placeholder.emailAddress,
                origin: origin
            )
        }
    }
}

extension AutodiscoverResponse.ProtocolSettings {
    /// The mail protocol of an `IMAP`, `POP3` or `SMTP` block (`Type`, any case); `nil` for other types.
    public var mailProtocol: MailProtocol? {
        switch type.uppercased() {
        case "IMAP": .imap
        case "POP3": .pop3
        case "SMTP": .smtp
        default: nil
        }
    }
}
