public import Foundation

/// Reads an Autodiscover POX answer the way one client does (its ``AutodiscoverRules``), for one address.
public struct AutodiscoverReading: Sendable {
    /// The client's rules.
    public let rules: AutodiscoverRules
    /// The address the user typed.
    public let address: EmailAddress

    /// Creates a reading.
    public init(rules: AutodiscoverRules, address: EmailAddress) {
        self.rules = rules
        self.address = address
    }

    /// Reads `body`; the servers carry `origin`.
    public func read(_ body: [UInt8], origin: ServerOrigin) -> ReadOutcome {
        let document: AutodiscoverResponseParser.Document
        do {
            document = try AutodiscoverResponseParser().parse(Data(body))
        } catch {
            switch Result(catching: { try XMLTreeReader().read(Data(body)) }) {
            case .success(let root):
                // Delta Chat takes any well-formed XML as an answer (it then finds no server in it).
                return rules == .deltaChat
                    ? .empty(notes: []) : .rejected(.notClientConfig(found: root.name), notes: [])
            case .failure(let failure):
                return .malformed(String(describing: failure))
            }
        }
        switch document {
        case .error(let error):
            return rules == .deltaChat ? .empty(notes: []) : .rejected(.autodiscoverError(code: error.code), notes: [])
        case .redirectAddress(let target), .redirectURL(let target):
            return .rejected(.autodiscoverRedirect(target), notes: [])
        case .settings(let response):
            var notes: [ReaderNote] = []
            let servers = response.protocols.compactMap { block -> ServerSettings? in
                guard let proto = block.mailProtocol else { return nil }
                if rules == .deltaChat && proto == .pop3 { return nil }
                let port = block.port == 0 ? DefaultPorts.port(for: proto, security: .tls) : block.port
                let plain = !block.ssl || block.encryption.uppercased() == "NONE"
                let security: TransportSecurity
                let username: String
                switch rules {
                case .thunderbird:
                    security = plain ? .plain : ([143, 110, 25, 587].contains(port) ? .starttls : .tls)
                    username = block.loginName ?? address.address
                case .deltaChat:
                    security = plain ? .plain : ([993, 995, 465].contains(port) ? .tls : .starttls)
                    if !plain { notes.append(.automaticSecurity(proto, block.ssl ? "on" : "off")) }
                    username = address.address
                case .outlook:
                    let standard = AutodiscoverResponse(displayName: nil, protocols: [block]).servers(origin: origin)
                    guard let server = standard.first else { return nil }
                    security = server.security
                    username = block.loginName ?? address.address
                }
                return ServerSettings(
                    protocol: proto,
                    host: block.server.lowercased(),
                    port: port,
                    security: security,
                    auth: block.spa ? [.ntlm] : [.passwordCleartext],
                    username: username,
                    origin: origin
                )
            }
            let incoming =
                servers.first { $0.protocol == .imap } ?? servers.first { $0.protocol == .pop3 }
            let outgoing = servers.first { $0.protocol == .smtp }
            if incoming == nil && outgoing == nil {
                return rules == .deltaChat ? .empty(notes: notes) : .rejected(.noMailProtocols, notes: notes)
            }
            return .settings(incoming: incoming, outgoing: outgoing, notes: notes)
        }
    }
}
