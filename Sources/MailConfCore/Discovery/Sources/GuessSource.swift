/// Host names guessed from the domain, only for directions no other source named a server for, only if they
/// resolve, and reported only when a live probe confirms them. It runs after the other sources.
public struct GuessSource: ConfigSource {
    /// DNS.
    public let dns: any DNSResolver

    /// Creates the source.
    public init(dns: any DNSResolver) {
        self.dns = dns
    }

    public var kind: SourceKind { .guess }
    public var runsLast: Bool { true }

    public func query(for address: EmailAddress) -> String {
        "imap./pop3./pop./smtp./mail.\(address.domain) and \(address.domain)"
    }

    public func find(_ request: SourceRequest) async -> SourceFinding {
        guard request.verifying else {
            return SourceFinding(
                .skipped(.verificationOff),
                detail: "guesses are reported only when a live probe confirms them (verification is off)"
            )
        }
        let domain = request.address.domain
        let needIncoming = !request.found.contains { $0.protocol.isIncoming }
        let needOutgoing = !request.found.contains { $0.protocol == .smtp }
        guard needIncoming || needOutgoing else {
            return SourceFinding(.miss(.notNeeded), detail: "not needed: other sources named servers")
        }
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
        var hosts: [String] = []
        for host in plans.flatMap(\.1) where !hosts.contains(host) { hosts.append(host) }
        let dns = self.dns
        let resolves = await hosts.concurrentMap(limit: request.concurrency) { host -> Bool in
            async let v4 = dns.query(host, type: .a)
            async let v6 = dns.query(host, type: .aaaa)
            let (answer4, answer6) = await (v4, v6)
            return answer4.status == .ok || answer6.status == .ok
        }
        let resolvable = Set(zip(hosts, resolves).filter(\.1).map(\.0))
        var candidates: [ServerSettings] = []
        for (proto, names, ports) in plans {
            for name in names where resolvable.contains(name) {
                for (port, security) in ports {
                    candidates.append(
                        ServerSettings(
                            protocol: proto,
                            host: name,
                            port: port,
                            security: security,
                            auth: [.passwordCleartext],
                            username: Placeholder.emailAddress,
                            origin: .guess
                        )
                    )
                }
            }
        }
        guard !candidates.isEmpty else {
            return SourceFinding(.miss(.nothingResolves), detail: "no guessed host name resolves")
        }
        return SourceFinding(
            .hit,
            detail: "\(candidates.count) candidates to probe; only confirmed ones are reported",
            servers: candidates
        )
    }
}
