public import Foundation

/// Reads a clientConfig document the way one client's reader does (its ``ReaderRules``), for one address: which
/// servers it takes, what it refuses, and what it misreads. Unlike ``ClientConfigParser``, nothing is repaired:
/// a wrong case or a missing `%` matters here exactly as much as it matters to the client.
public struct ClientConfigReading: Sendable {
    /// The client's rules.
    public let rules: ReaderRules
    /// The address the user typed.
    public let address: EmailAddress

    /// Creates a reading for `address` under `rules`.
    public init(rules: ReaderRules, address: EmailAddress) {
        self.rules = rules
        self.address = address
    }

    /// Reads `body`; the servers carry `origin`.
    public func read(_ body: [UInt8], origin: ServerOrigin) -> ReadOutcome {
        let root: XMLNode
        do {
            root = try XMLTreeReader().read(Data(body))
        } catch {
            return .malformed(String(describing: error))
        }
        guard same(root.name, "clientConfig") else {
            return rules.requireProvider ? .rejected(.notClientConfig(found: root.name), notes: []) : .empty(notes: [])
        }
        guard let provider = children(root, "emailProvider").first else {
            return rules.requireProvider ? .rejected(.noEmailProvider, notes: []) : .empty(notes: [])
        }
        if rules.requireProviderID {
            let id = provider.attributes["id"]
            guard let id, Self.isHostOrPlaceholderForm(id) else { return .rejected(.providerID(id), notes: []) }
        }
        if rules.requireDomain {
            let domains = children(provider, "domain").map { replacePlaceholders($0.trimmedText) }
            guard domains.contains(where: Self.isHostName) else { return .rejected(.noDomain, notes: []) }
        }
        var notes: [ReaderNote] = []
        var chosen: [Bool: ServerSettings] = [:]
        for incoming in [true, false] {
            let types = incoming ? rules.incoming : rules.outgoing
            let element = incoming ? "incomingServer" : "outgoingServer"
            var valid: [(rank: Int, server: ServerSettings)] = []
            var lastProblem: ServerProblem?
            for node in children(provider, element) {
                let type = node.attributes["type"] ?? ""
                guard let rank = types.firstIndex(where: { same(type, $0) }),
                    let proto = MailProtocol(rawValue: types[rank].lowercased())
                else { continue }
                switch readServer(node, protocol: proto, incoming: incoming, origin: origin) {
                case .success(let server, let serverNotes):
                    notes += serverNotes
                    valid.append((rank, server))
                case .failure(let problem, let consequence):
                    switch consequence {
                    case .rejectDocument:
                        return .rejected(.server(proto, problem), notes: notes)
                    case .rejectServer, .dropServer, .ignore, .automatic:
                        notes.append(.serverSkipped(proto, problem))
                        lastProblem = problem
                    }
                }
            }
            let pick: ServerSettings?
            switch rules.choice {
            case .firstValid: pick = valid.first?.server
            case .firstOfType: pick = valid.min { $0.rank < $1.rank }?.server
            case .lastOfType:
                let best = valid.map(\.rank).min()
                pick = valid.last { $0.rank == best }?.server
            }
            if let pick {
                chosen[incoming] = pick
            } else if rules.requireProvider {
                return .rejected(incoming ? .noIncoming(lastProblem) : .noOutgoing(lastProblem), notes: notes)
            }
        }
        if chosen.isEmpty { return .empty(notes: notes) }
        return .settings(incoming: chosen[true], outgoing: chosen[false], notes: notes)
    }

    private enum ServerRead {
        case success(ServerSettings, [ReaderNote])
        case failure(ServerProblem, ReaderRules.Failure)
    }

    private func readServer(
        _ node: XMLNode,
        protocol proto: MailProtocol,
        incoming: Bool,
        origin: ServerOrigin
    )
        -> ServerRead
    {
        var notes: [ReaderNote] = []
        func missing(_ element: String) -> ServerRead {
            .failure(.missing(element: element), rules.required.contains(element) ? rules.onMissing : .dropServer)
        }
        let invalid: ReaderRules.Failure = rules.onMissing == .dropServer ? .dropServer : rules.onMissing

        // Host name: present, of the allowed placeholder form, and a host name once the placeholders are filled.
        guard let rawHost = child(node, "hostname")?.trimmedText, !rawHost.isEmpty else { return missing("hostname") }
        if rules.hostnamePlaceholders == .upperCase && rawHost.contains("%")
            && !Self.isHostOrPlaceholderForm(rawHost)
        {
            return .failure(.invalidHost(rawHost), invalid)
        }
        let host = replacePlaceholders(rawHost).lowercased()
        guard Self.isHostName(host) else { return .failure(.invalidHost(rawHost), invalid) }

        guard let portText = child(node, "port")?.trimmedText, !portText.isEmpty else { return missing("port") }
        guard let port = Int(portText), (1...65535).contains(port) else {
            return .failure(.invalidPort(portText), invalid)
        }

        // socketType: the first known value wins.
        let socketValues = children(node, "socketType").map(\.trimmedText)
        var security: TransportSecurity?
        for value in socketValues {
            guard let known = rules.socketTypes.first(where: { same(value, $0, rules.socketTypeNames) }) else {
                continue
            }
            switch known.lowercased() {
            case "ssl", "tls": security = .tls
            case "starttls": security = .starttls
            case "plain": security = .plain
            default: continue
            }
            break
        }
        if security == nil {
            switch rules.onUnknownSocketType {
            case .rejectServer, .rejectDocument, .dropServer:
                if socketValues.isEmpty && !rules.required.contains("socketType")
                    && rules.onUnknownSocketType == .dropServer
                {
                    return missing("socketType")
                }
                return .failure(.socketType(socketValues.first ?? ""), rules.onUnknownSocketType)
            case .automatic, .ignore:
                security = [993, 995, 465].contains(port) ? .tls : .starttls
                notes.append(.automaticSecurity(proto, socketValues.first ?? ""))
            }
        }

        // authentication: known values in document order; Thunderbird takes the first acceptable one.
        var auth: [AuthMethod] = [.passwordCleartext]
        if let known = rules.authentication {
            let vocabulary = known + (incoming ? [] : (rules.outgoingAuthentication ?? []))
            let values = children(node, "authentication").map(\.trimmedText)
            var methods: [AuthMethod] = []
            var droppedOAuth = false
            for value in values {
                guard let name = vocabulary.first(where: { same(value, $0) }), let method = Self.method(name) else {
                    continue
                }
                if method == .oauth2, let oauth = rules.oauth2, oauth.match == .suffix,
                    !Self.oauth2Knows(host, oauth)
                {
                    droppedOAuth = true
                    continue
                }
                if !methods.contains(method) { methods.append(method) }
            }
            if rules.oauth2?.match == .suffix, let first = methods.first { methods = [first] }
            if methods.isEmpty {
                if rules.onNoAuthentication != .ignore || rules.required.contains("authentication") {
                    let consequence = rules.onNoAuthentication == .ignore ? rules.onMissing : rules.onNoAuthentication
                    if droppedOAuth { return .failure(.noAuthentication(["OAuth2"]), consequence) }
                    return values.isEmpty
                        ? missing("authentication") : .failure(.noAuthentication(values), consequence)
                }
            } else {
                auth = methods
            }
        }

        // username: what a missing or empty element becomes is the client's own.
        let username: String
        if let element = child(node, "username") {
            let text = element.trimmedText
            if text.isEmpty {
                switch rules.username {
                case .literalUndefined:
                    username = "true"
                    notes.append(.literalUsername(proto, "true"))
                case .required:
                    return missing("username")
                case .optional:
                    username = ""
                    notes.append(.noUsername(proto))
                }
            } else {
                username = replacePlaceholders(text)
                if username.contains("%") { notes.append(.literalUsername(proto, username)) }
            }
        } else {
            switch rules.username {
            case .literalUndefined:
                username = "undefined"
                notes.append(.literalUsername(proto, "undefined"))
            case .required:
                return missing("username")
            case .optional:
                username = ""
                notes.append(.noUsername(proto))
            }
        }
        let server = ServerSettings(
            protocol: proto,
            host: host,
            port: port,
            security: security ?? .plain,
            auth: auth,
            username: username,
            origin: origin
        )
        return .success(server, notes)
    }

    // MARK: - Names, placeholders, hosts

    private func same(_ a: String, _ b: String, _ names: ReaderRules.Names? = nil) -> Bool {
        (names ?? rules.names) == .exact ? a == b : a.equalsIgnoringASCIICase(b)
    }

    private func children(_ node: XMLNode, _ name: String) -> [XMLNode] {
        node.children.filter { same($0.name, name) }
    }

    private func child(_ node: XMLNode, _ name: String) -> XMLNode? {
        node.children.first { same($0.name, name) }
    }

    /// `text` with the three placeholders filled in for the address, matched as the client matches them.
    func replacePlaceholders(_ text: String) -> String {
        guard text.contains("%") else { return text }
        let values = [
            (Placeholder.emailAddress, address.address), (Placeholder.emailLocalPart, address.localPart),
            (Placeholder.emailDomain, address.domain),
        ]
        var result = text
        for (placeholder, value) in values {
            if rules.placeholders == .exact {
                result = result.replacingOccurrences(of: placeholder, with: value)
            } else {
                result = result.replacingOccurrences(of: placeholder, with: value, options: .caseInsensitive)
            }
        }
        return result
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    private static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    private static func isHostByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || isUpper(byte) || isLower(byte) || byte == 0x2D || byte == 0x2E
    }

    /// A host name or address, as clients accept it: letters, digits, `-` and `.` in labels of at most 63.
    static func isHostName(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= 253, !text.hasPrefix("."), !text.contains("..") else { return false }
        return text.utf8.allSatisfy(isHostByte) && text.split(separator: ".").allSatisfy { $0.count <= 63 }
    }

    /// Thunderbird's host-name test: a host name, or one with upper-case placeholders
    /// (`^[a-zA-Z0-9\-\.]*(%[A-Z0-9]+%[a-zA-Z0-9\-\.]*)+$`).
    static func isHostOrPlaceholderForm(_ text: String) -> Bool {
        if isHostName(text) { return true }
        let parts = text.split(separator: "%", omittingEmptySubsequences: false)
        // Odd parts are placeholder names, even parts host-name characters; at least one placeholder.
        guard parts.count >= 3, parts.count % 2 == 1 else { return false }
        for (index, part) in parts.enumerated() {
            if index % 2 == 1 {
                guard !part.isEmpty, part.utf8.allSatisfy({ isUpper($0) || isDigit($0) }) else { return false }
            } else {
                guard part.utf8.allSatisfy(isHostByte) else { return false }
            }
        }
        return true
    }

    /// The method a clientConfig `authentication` value means.
    static func method(_ name: String) -> AuthMethod? {
        switch name.lowercased() {
        case "password-cleartext", "plain": .passwordCleartext
        case "password-encrypted", "secure": .passwordEncrypted
        case "oauth2": .oauth2
        case "ntlm": .ntlm
        case "gssapi": .gssapi
        case "none", "client-ip-address", "client-ip-based", "smtp-after-pop": AuthMethod.none
        default: nil
        }
    }

    /// Whether the client's OAuth2 list covers `host`.
    static func oauth2Knows(_ host: String, _ oauth: ReaderRules.OAuth2) -> Bool {
        let host = host.lowercased()
        switch oauth.match {
        case .exact:
            return oauth.hosts.contains(host)
        case .suffix:
            var candidate = Substring(host)
            while true {
                if oauth.hosts.contains(String(candidate)) { return true }
                guard let dot = candidate.firstIndex(of: ".") else { return false }
                candidate = candidate[candidate.index(after: dot)...]
            }
        }
    }
}
