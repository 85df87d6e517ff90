extension ClientGuide {
    /// Fills a client's dialog with an account's settings.
    ///
    /// The servers used are the best-ranked ones the client can use and that did not fail their live check;
    /// when the client lacks a choice the settings need, the step says so and a warning explains it.
    public init(profile: ClientProfile, config: AccountConfig, address: EmailAddress, language: Language) {
        var builder = GuideBuilder(profile: profile, config: config, address: address, language: language)
        self.init(
            client: profile.id,
            clientName: profile.name,
            language: language,
            labelsFrom: profile.labelsFrom,
            provenAgainst: profile.proof.program,
            sections: builder.sections(),
            explanations: builder.explanations(),
            warnings: builder.warnings
        )
    }
}

/// The work of ``ClientGuide/init(profile:config:address:language:)``.
private struct GuideBuilder {
    let profile: ClientProfile
    let config: AccountConfig
    let address: EmailAddress
    let language: Language
    let incoming: ServerSettings?
    let outgoing: ServerSettings?
    var warnings: [String] = []

    init(profile: ClientProfile, config: AccountConfig, address: EmailAddress, language: Language) {
        self.profile = profile
        self.config = config
        self.address = address
        self.language = language
        func pick(_ servers: [ServerSettings]) -> ServerSettings? {
            let usable = servers.filter { profile.supports($0.protocol) }
            return usable.first { $0.verification.status == .verified }
                ?? usable.first { $0.verification.status != .failed }
        }
        incoming = pick(config.incoming)
        outgoing = pick(config.outgoing)
        if incoming == nil, let offered = config.incoming.first,
            !config.incoming.contains(where: { profile.supports($0.protocol) })
        {
            warnings.append(
                localized(
                    "guide.warning.protocol",
                    language,
                    ["client": profile.name, "protocol": offered.protocol.displayName]
                )
            )
        } else if incoming == nil {
            warnings.append(localized("lookup.gap.incoming", language, ["domain": address.domain]))
        }
        if outgoing == nil {
            warnings.append(localized("lookup.gap.outgoing", language, ["domain": address.domain]))
        }
        for server in [incoming, outgoing].compactMap({ $0 }) where server.verification.status != .verified {
            warnings.append(
                localized(
                    "guide.warning.unverified",
                    language,
                    ["host": server.host, "port": String(server.port), "source": server.source.rawValue]
                )
            )
        }
        warnings += config.notes.map { $0.localizedMessage(language) }
    }

    mutating func sections() -> [ClientGuide.Section] {
        var sections: [ClientGuide.Section] = []
        for section in profile.sections {
            var server: ServerSettings?
            if let role = section.server {
                server = role == .incoming ? incoming : outgoing
                guard server != nil else { continue }
            }
            var steps: [ClientGuide.Step] = []
            for step in section.steps where holds(step.when ?? [], for: server) {
                if let say = step.say {
                    steps.append(ClientGuide.Step(text: text("say." + say)))
                } else if let label = step.label {
                    let shown = text("label." + label)
                    let english = profile.text("label." + label, .en)
                    steps.append(
                        ClientGuide.Step(
                            label: shown,
                            englishLabel: language != .en && english != shown ? english : nil,
                            value: value(of: step, server: server, label: shown),
                            unverified: profile.isUnverified("label." + label)
                        )
                    )
                }
            }
            sections.append(ClientGuide.Section(heading: text("heading." + section.heading), steps: steps))
            if let role = section.server { sections[sections.count - 1].server = role.rawValue }
        }
        return sections
    }

    private func text(_ key: String) -> String {
        profile.text(key, language) ?? key
    }

    private func holds(_ conditions: [String], for server: ServerSettings?) -> Bool {
        conditions.allSatisfy { condition in
            let negated = condition.hasPrefix("!")
            let name = negated ? String(condition.dropFirst()) : condition
            let truth: Bool
            switch name {
            case "imap", "pop3", "smtp": truth = server?.protocol.rawValue == name
            case "tls": truth = server?.security == .tls
            case "starttls": truth = server?.security == .starttls
            case "plain": truth = server?.security == .plain
            case "password": truth = server.map { authMethod(for: $0)?.usesPassword ?? true } ?? false
            case "oauth2": truth = server.map { authMethod(for: $0) == .oauth2 } ?? false
            default: truth = false
            }
            return truth != negated
        }
    }

    /// The first of the server's methods the client offers (password when the server names none). OAuth2 comes
    /// last unless the provider refuses passwords: a password step is what every client can do.
    private func authMethod(for server: ServerSettings) -> AuthMethod? {
        var methods = server.auth.isEmpty ? [AuthMethod.passwordCleartext] : server.auth
        if !config.notes.contains(.oauth2Only) {
            methods = methods.filter { $0 != .oauth2 } + methods.filter { $0 == .oauth2 }
        }
        return methods.first { profile.text("choice.auth." + $0.rawValue, .en) != nil }
    }

    private mutating func value(of step: ClientProfile.Step, server: ServerSettings?, label: String) -> String {
        if let set = step.set { return text("set." + set) }
        switch (step.value ?? "", server) {
        case ("name", _): return localized("guide.value.name", language)
        case ("email", _): return address.unicodeAddress
        case ("description", _): return config.displayName ?? address.unicodeDomain
        case ("password", _):
            let methods = [incoming, outgoing].compactMap { $0 }.compactMap { authMethod(for: $0) }
            if config.notes.contains(.oauth2Only) || (!methods.isEmpty && methods.allSatisfy { $0 == .oauth2 }) {
                return localized("guide.value.password.oauth2", language)
            }
            if config.notes.contains(.appPassword) { return localized("guide.value.password.app", language) }
            return localized("guide.value.password", language)
        case ("host", let server?): return server.host
        case ("port", let server?): return String(server.port)
        case ("username", let server?): return server.username
        case ("protocol", let server?):
            return choice(step.choices ?? "protocol", server.protocol.rawValue, shown: server.protocol.displayName)
        case ("security", let server?):
            return choice(step.choices ?? "security", server.security.rawValue, shown: server.security.displayName)
        case ("auth", let server?):
            guard let method = authMethod(for: server) else {
                return choice(step.choices ?? "auth", server.auth.first?.rawValue ?? "", shown: label)
            }
            return choice(step.choices ?? "auth", method.rawValue, shown: method.rawValue)
        default:
            return step.value ?? ""
        }
    }

    /// The client's text for a drop-down value, or a warning when it has none.
    private mutating func choice(_ kind: String, _ raw: String, shown: String) -> String {
        if let text = profile.text("choice.\(kind).\(raw)", language) { return text }
        let warning = localized("guide.warning.choice", language, ["client": profile.name, "value": shown])
        if !warnings.contains(warning) { warnings.append(warning) }
        return "— (" + shown + ")"
    }

    func explanations() -> [ClientGuide.Explanation] {
        var topics: [(String, String)] = []
        let servers = [incoming, outgoing].compactMap { $0 }
        if servers.contains(where: { $0.security == .plain }) {
            topics.append(("security", "explain.security.plain"))
        } else if servers.contains(where: { $0.security == .starttls }) {
            topics.append(("security", "explain.security.starttls"))
        } else {
            topics.append(("security", "explain.security.tls"))
        }
        if let outgoing {
            switch outgoing.port {
            case 465: topics.append(("ports", "explain.ports.465"))
            case 25: topics.append(("ports", "explain.ports.25"))
            default: topics.append(("ports", "explain.ports.587"))
            }
        }
        if let incoming {
            topics.append(("imap-pop3", incoming.protocol == .pop3 ? "explain.pop3" : "explain.imap"))
            let full = incoming.username.contains("@")
            topics.append(("username", full ? "explain.username.full" : "explain.username.local"))
        }
        if config.notes.contains(.appPassword) { topics.append(("app-password", "explain.app-password")) }
        if config.notes.contains(.oauth2Only) || servers.contains(where: { authMethod(for: $0) == .oauth2 }) {
            topics.append(("oauth2", "explain.oauth2"))
        }
        let arguments = [
            "port": outgoing.map { String($0.port) } ?? "",
            "username": incoming?.username ?? "",
            "email": address.unicodeAddress,
        ]
        return topics.map { topic, key in
            ClientGuide.Explanation(
                topic: topic,
                title: localized(key + ".title", language),
                text: localized(key, language, arguments)
            )
        }
    }
}
