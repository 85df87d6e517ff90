/// DNS SRV records for mail (RFC 6186, RFC 8314): submissions, submission, imaps, imap, pop3s, pop3. Records are
/// ordered by priority, then weight (RFC 2782); a target of `.` declares the service unavailable and is never
/// probed.
struct SRVSource: Sendable {
    let dns: any DNSResolver
    var sequential = false

    static let services: [(label: String, protocol: MailProtocol, security: TransportSecurity)] = [
        ("_submissions._tcp", .smtp, .tls),
        ("_submission._tcp", .smtp, .starttls),
        ("_imaps._tcp", .imap, .tls),
        ("_imap._tcp", .imap, .starttls),
        ("_pop3s._tcp", .pop3, .tls),
        ("_pop3._tcp", .pop3, .starttls),
    ]

    static func names(for domain: String) -> [String] { services.map { "\($0.label).\(domain)" } }

    /// - Parameter keepOutsideTargets: keep targets outside the domain (to be accepted only if their certificate
    ///   verifies); without verification they are dropped and the attempt says so.
    func contribution(for domain: String, query: String, keepOutsideTargets: Bool) async -> SourceContribution {
        if sequential {
            var answers: [DNSAnswer] = []
            for service in Self.services { answers.append(await dns.query("\(service.label).\(domain)", type: .srv)) }
            return build(domain: domain, query: query, answers: answers, keepOutsideTargets: keepOutsideTargets)
        }
        let answers = await withTaskGroup(of: (Int, DNSAnswer).self) { group -> [DNSAnswer] in
            for (index, service) in Self.services.enumerated() {
                group.addTask { (index, await dns.query("\(service.label).\(domain)", type: .srv)) }
            }
            var answers = [DNSAnswer](repeating: DNSAnswer(status: .error), count: Self.services.count)
            for await (index, answer) in group { answers[index] = answer }
            return answers
        }
        return build(domain: domain, query: query, answers: answers, keepOutsideTargets: keepOutsideTargets)
    }

    private func build(
        domain: String,
        query: String,
        answers: [DNSAnswer],
        keepOutsideTargets: Bool
    ) -> SourceContribution {
        var servers: [ServerSettings] = []
        var notes: [String] = []
        for (service, answer) in zip(Self.services, answers) where answer.status == .ok {
            let records = answer.records.compactMap {
                record -> (priority: Int, weight: Int, port: Int, target: String)? in
                if case .srv(let priority, let weight, let port, let target) = record {
                    return (priority, weight, port, target)
                }
                return nil
            }
            if records.contains(where: { $0.target == "." || $0.target.isEmpty }) {
                notes.append("\(service.label): explicitly unavailable (target '.')")
            }
            for record in SRVOrdering.order(records) {
                var target = record.target.lowercased()
                if target.hasSuffix(".") { target.removeLast() }
                let outside = target != domain && !target.hasSuffix("." + domain)
                if outside && !keepOutsideTargets {
                    notes.append("\(service.label) → \(target) is outside \(domain) and was not verified, so not used")
                    continue
                }
                var server = ServerSettings(
                    protocol: service.protocol,
                    host: target,
                    port: record.port,
                    security: service.security,
                    auth: [.passwordCleartext],
                    username: Placeholder.emailAddress,
                    source: .srv
                )
                server.knownAddresses = answer.additionalAddresses[target] ?? []
                server.note =
                    "SRV \(service.label).\(domain) → \(target):\(record.port)"
                    + (outside ? " (outside \(domain): accepted only with a certificate valid for \(target))" : "")
                servers.append(server)
            }
        }
        let statuses = answers.map(\.status)
        let status: SourceAttempt.Status
        if !servers.isEmpty {
            status = .hit
        } else if statuses.contains(.timeout) {
            status = .timeout
        } else if statuses.contains(where: { $0 == .servfail || $0 == .refused || $0 == .error }) {
            status = statuses.contains(.ok) ? .miss : .error
        } else {
            status = .miss
        }
        var detail = notes
        if servers.isEmpty && notes.isEmpty {
            detail.append(answers.compactMap(\.detail).first ?? "no SRV records")
        }
        return SourceContribution(
            attempt: SourceAttempt(
                kind: .srv,
                query: query,
                status: status,
                milliseconds: 0,
                detail: detail.joined(separator: "; ")
            ),
            servers: servers
        )
    }
}

/// Host names guessed from the domain, only for protocols no other source named, only if they resolve, and
/// reported only when a live probe confirms them.
enum GuessSource {
    static func candidates(
        for domain: String,
        having found: [ServerSettings],
        dns: (any DNSResolver)?,
        sequential: Bool = false
    ) async -> [ServerSettings] {
        let needIncoming = !found.contains { $0.protocol.isIncoming }
        let needOutgoing = !found.contains { $0.protocol == .smtp }
        guard needIncoming || needOutgoing, let dns else { return [] }
        var plans: [(MailProtocol, [String], [(Int, TransportSecurity)])] = []
        if needIncoming {
            plans.append((.imap, ["imap.\(domain)", "mail.\(domain)", domain], [(993, .tls), (143, .starttls)]))
            plans.append(
                (
                    .pop3, ["pop3.\(domain)", "pop.\(domain)", "mail.\(domain)", domain],
                    [(995, .tls), (110, .starttls)]
                )
            )
        }
        if needOutgoing {
            plans.append((.smtp, ["smtp.\(domain)", "mail.\(domain)", domain], [(465, .tls), (587, .starttls)]))
        }
        let hosts = Array(Set(plans.flatMap(\.1)))
        @Sendable func resolves(_ host: String) async -> Bool {
            async let v4 = dns.query(host, type: .a)
            async let v6 = dns.query(host, type: .aaaa)
            let (answer4, answer6) = await (v4, v6)
            return answer4.status == .ok || answer6.status == .ok
        }
        var resolvable: Set<String> = []
        if sequential {
            for host in hosts where await resolves(host) { resolvable.insert(host) }
        } else {
            resolvable = await withTaskGroup(of: (String, Bool).self) { group -> Set<String> in
                for host in hosts { group.addTask { (host, await resolves(host)) } }
                var result: Set<String> = []
                for await (host, ok) in group where ok { result.insert(host) }
                return result
            }
        }
        var candidates: [ServerSettings] = []
        for (proto, names, ports) in plans {
            for name in names where resolvable.contains(name) {
                for (port, security) in ports {
                    var server = ServerSettings(
                        protocol: proto,
                        host: name,
                        port: port,
                        security: security,
                        auth: [.passwordCleartext],
                        username: Placeholder.emailAddress,
                        source: .guess
                    )
                    server.note = "guessed \(name):\(port)"
                    candidates.append(server)
                }
            }
        }
        return candidates
    }
}
