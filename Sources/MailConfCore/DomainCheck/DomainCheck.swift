public import Foundation

/// `mailconf domain`: simulates each client's documented lookup order against a live domain, finds where the
/// domain's own publications disagree, verifies the settings it can find, and says which DNS records to publish
/// and how to serve the settings so that every client finds them. All of it under one deadline, over the same
/// seams as discovery (DNS, HTTP, probes), each network question asked once.
public struct DomainCheck: Sendable {
    /// The clients to simulate.
    public var orders: [ClientOrder]
    /// The network.
    public var seams: DomainObservations.Seams
    /// MailConf's own discovery, for the settings the domain serves whatever the clients find (with user-name
    /// templates kept: ``DiscoveryOptions/resolveUsernames`` off).
    public var discovery: Discovery?
    /// The time allowed for everything.
    public var deadline: Duration
    /// The host that runs (or will run) `mailconf serve`, when the owner names it.
    public var serveHost: String?

    /// Creates a check.
    public init(
        orders: [ClientOrder],
        seams: DomainObservations.Seams,
        discovery: Discovery?,
        deadline: Duration,
        serveHost: String? = nil
    ) {
        self.orders = orders
        self.seams = seams
        self.discovery = discovery
        self.deadline = deadline
        self.serveHost = serveHost
    }

    /// Checks the domain of `address` (the address the simulated clients are given).
    public func run(address: EmailAddress) async -> DomainReport {
        let end = ContinuousClock.now.advanced(by: deadline)
        let observations = DomainObservations(seams: seams, deadline: end)
        let empty = DomainReport(
            domain: address.domain,
            address: address,
            clients: [],
            disagreements: [],
            verified: [],
            records: [],
            serve: nil,
            serveHost: serveHost ?? "mailconf.\(address.domain)",
            serveHostGiven: serveHost != nil,
            deadlineReached: true
        )
        let (report, expired) = await withDeadline(end) {
            await self.gather(address: address, observations: observations)
        }
        var result = report ?? empty
        result.deadlineReached = result.deadlineReached || expired
        return result
    }

    private func gather(address: EmailAddress, observations: DomainObservations) async -> DomainReport? {
        let discovery = self.discovery
        async let lookup = discovery?.lookup(address)
        let verdicts = await orders.concurrentMap(limit: max(1, orders.count)) { order in
            await ClientSimulator(order: order, address: address, observations: observations).run()
        }
        let claims = await Self.publicationClaims(address: address, observations: observations)
        let found = await lookup
        guard !Task.isCancelled else { return nil }

        // Candidates: what MailConf's own discovery found, then what the clients and publications named.
        var candidates: [ServerSettings] = found?.config.servers ?? []
        for verdict in verdicts where verdict.answer != nil {
            candidates += [verdict.incoming, verdict.outgoing].compactMap { $0 }
        }
        candidates += claims.flatMap(\.2)
        let verified = await Self.verified(candidates, address: address, observations: observations)
        let disagreements = SourceDisagreement.find(in: claims)
        let host = serveHost ?? "mailconf.\(address.domain)"
        let records = await Self.records(
            domain: address.domain,
            verified: verified,
            orders: orders,
            verdicts: verdicts,
            serveHost: host,
            serveHostGiven: serveHost != nil,
            observations: observations
        )
        return DomainReport(
            domain: address.domain,
            address: address,
            clients: verdicts,
            disagreements: disagreements,
            verified: verified,
            records: records,
            serve: verified.isEmpty
                ? nil : Self.serveAdvice(domain: address.domain, verified: verified, serveHost: serveHost),
            serveHost: host,
            serveHostGiven: serveHost != nil,
            deadlineReached: Task.isCancelled
        )
    }

    // MARK: - What the domain publishes

    /// The servers each of the domain's publications names: its SRV records, its clientConfig documents (autoconfig
    /// host and `.well-known`), its Autodiscover answers. The requests are the clients' own, so they are answered
    /// from what the simulations already asked.
    static func publicationClaims(
        address: EmailAddress,
        observations: DomainObservations
    ) async
        -> [(PublicationKind, String, [ServerSettings])]
    {
        var claims: [(PublicationKind, String, [ServerSettings])] = []
        var srv: [ServerSettings] = []
        var names: [String] = []
        for service in Self.mailServices {
            let name = "\(service.label).\(address.domain)"
            let records = ClientSimulator.srvRecords(await observations.dns(name, .srv))
            if !records.isEmpty { names.append(name) }
            for record in SRVOrdering.order(records, random: { _ in 0 }) {
                srv.append(
                    ServerSettings(
                        protocol: service.protocol,
                        host: ClientSimulator.stripDot(record.target).lowercased(),
                        port: record.port,
                        security: service.security,
                        username: Placeholder.emailAddress,
                        origin: .srv(
                            SRVOrigin(
                                name: name,
                                target: ClientSimulator.stripDot(record.target).lowercased(),
                                port: record.port,
                                priority: record.priority,
                                weight: record.weight,
                                insideDomain: true
                            )
                        )
                    )
                )
            }
        }
        // Access services ordered by their SRV priorities across labels, as RFC 6186 §3.4 lets a domain prefer one.
        srv = srv.enumerated().sorted { a, b in
            let pa = Self.priority(a.element)
            let pb = Self.priority(b.element)
            return pa == pb ? a.offset < b.offset : pa < pb
        }.map(\.element)
        if !srv.isEmpty { claims.append((.srv, names.joined(separator: " "), srv)) }

        var encoded = CharacterSet.alphanumerics
        encoded.insert(charactersIn: "-._~")
        let query = "?emailaddress=" + (address.address.addingPercentEncoding(withAllowedCharacters: encoded) ?? "")
        for url in [
            "https://autoconfig.\(address.domain)/mail/config-v1.1.xml" + query,
            "https://\(address.domain)/.well-known/autoconfig/mail/config-v1.1.xml" + query,
        ] {
            let hop = await observations.hop(HTTPHopRequest(url: url))
            guard let status = hop.status, (200..<300).contains(status),
                let config = try? ClientConfigParser().parse(Data(hop.body))
            else { continue }
            let servers = config.accountConfig(origin: .autoconfig(url: url, trusted: true)).servers.map {
                var server = $0
                server.host = Placeholder.resolve(server.host, domain: address.domain).lowercased()
                return server
            }
            if !servers.isEmpty { claims.append((.autoconfig, url, servers)) }
        }
        for url in [
            "https://autodiscover.\(address.domain)/autodiscover/autodiscover.xml",
            "https://\(address.domain)/autodiscover/autodiscover.xml",
        ] {
            let body = AutodiscoverRequest(
                emailAddress: address.address,
                acceptableResponseSchema:
                    "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a"
            ).xml
            let hop = await observations.hop(
                HTTPHopRequest(method: "POST", url: url, body: Array(body.utf8), contentType: "text/xml; charset=utf-8")
            )
            guard let status = hop.status, (200..<300).contains(status),
                case .settings(let response) = try? AutodiscoverResponseParser().parse(Data(hop.body))
            else { continue }
            let servers = response.servers(origin: .autoconfig(url: url, trusted: true))
            if !servers.isEmpty { claims.append((.autodiscover, url, servers)) }
        }
        return claims
    }

    /// The RFC 6186/8314 services, with the priorities MailConf recommends: implicit TLS before STARTTLS
    /// (RFC 8314 §3 and §5.1), IMAP before POP3; RFC 6186 §3.4 compares priorities across the access labels.
    static let mailServices: [(label: String, protocol: MailProtocol, security: TransportSecurity, priority: Int)] = [
        ("_submissions._tcp", .smtp, .tls, 0), ("_submission._tcp", .smtp, .starttls, 10),
        ("_imaps._tcp", .imap, .tls, 0), ("_imap._tcp", .imap, .starttls, 10),
        ("_pop3s._tcp", .pop3, .tls, 20), ("_pop3._tcp", .pop3, .starttls, 30),
    ]

    private static func priority(_ server: ServerSettings) -> Int {
        if case .srv(let origin) = server.origin { return origin.priority }
        return 0
    }

    // MARK: - Verified settings

    /// The candidates that pass their live probe, each endpoint once, in the candidates' order; user names turned
    /// back into templates for the address.
    static func verified(
        _ candidates: [ServerSettings],
        address: EmailAddress,
        observations: DomainObservations
    )
        async -> [ServerSettings]
    {
        var seen: Set<String> = []
        let unique = candidates.filter {
            seen.insert("\($0.protocol.rawValue) \($0.host.lowercased()):\($0.port) \($0.security.rawValue)").inserted
        }
        let verdicts = await unique.concurrentMap(limit: 8) { await observations.verify($0) }
        return zip(unique, verdicts).compactMap { server, verification in
            guard verification.status == .verified else { return nil }
            var kept = server
            kept.verification = verification
            kept.host = kept.host.lowercased()
            if kept.username == address.address { kept.username = Placeholder.emailAddress }
            if kept.username == address.localPart { kept.username = Placeholder.emailLocalPart }
            return kept
        }
    }

    // MARK: - What to publish

    static func records(
        domain: String,
        verified: [ServerSettings],
        orders: [ClientOrder],
        verdicts: [ClientVerdict],
        serveHost: String,
        serveHostGiven: Bool,
        observations: DomainObservations
    ) async -> [RecordAdvice] {
        func readers(_ test: (ClientOrder.Step) -> Bool) -> [String] {
            orders.filter { order in
                order.steps.contains { test($0) || ($0.mx?.steps.contains(where: test) ?? false) }
            }.map(\.id)
        }
        var advice: [RecordAdvice] = []
        let srvReaders = readers { $0.kind == .srv }
        for service in mailServices {
            let name = "\(service.label).\(domain)"
            let answer = await observations.dns(name, .srv)
            let published = answer.records.compactMap { record -> String? in
                guard case .srv(let priority, let weight, let port, let target) = record else { return nil }
                return "\(priority) \(weight) \(port) \(target.hasSuffix(".") ? target : target + ".")"
            }
            let targets = answer.records.compactMap { record -> (String, Int)? in
                guard case .srv(_, _, let port, let target) = record else { return nil }
                return (ClientSimulator.stripDot(target).lowercased(), port)
            }
            let best = verified.first {
                $0.protocol == service.protocol && $0.security == service.security
                    && !($0.protocol == .smtp && $0.security == .starttls && $0.port == 25)
            }
            var record = RecordAdvice(
                name: name,
                type: "SRV",
                recommended: nil,
                published: published,
                status: .missing,
                purpose: .mailService,
                readBy: srvReaders
            )
            if let best {
                record.recommended = "\(service.priority) 1 \(best.port) \(best.host)."
                if targets.contains(where: { $0.0 == best.host && $0.1 == best.port }) {
                    record.status = .present
                } else {
                    record.status = published.isEmpty ? .missing : .different
                }
            } else if published.isEmpty {
                record.recommended = "0 0 0 ."
                record.status = .notOffered
            } else if targets.allSatisfy({ $0.0.isEmpty || $0.0 == "." }) {
                record.recommended = "0 0 0 ."
                record.status = .present
            } else {
                record.status = .failing
            }
            advice.append(record)
        }

        let serveAddresses = await observations.addresses(serveHost)
        for (label, purpose) in [
            ("autoconfig", RecordAdvice.Purpose.autoconfigHost), ("autodiscover", .autodiscoverHost),
        ] {
            let name = "\(label).\(domain)"
            let addresses = await observations.addresses(name)
            var status: RecordAdvice.Status
            if addresses.isEmpty {
                status = .missing
            } else if serveHostGiven {
                status = !serveAddresses.isEmpty && addresses == serveAddresses ? .present : .different
            } else {
                let answered = verdicts.contains { verdict in
                    guard let source = verdict.answer?.source else { return false }
                    return ExchangeServer.httpsHost(of: source)?.host == name
                }
                status = answered ? .present : .different
            }
            advice.append(
                RecordAdvice(
                    name: name,
                    type: "CNAME",
                    recommended: "\(serveHost).",
                    published: addresses,
                    status: status,
                    purpose: purpose,
                    readBy: readers { $0.url?.contains("\(label).{domain}") ?? false }
                )
            )
        }

        let srvName = "_autodiscover._tcp.\(domain)"
        let target = serveHostGiven ? serveHost : "autodiscover.\(domain)"
        let answer = await observations.dns(srvName, .srv)
        let published = answer.records.compactMap { record -> String? in
            guard case .srv(let priority, let weight, let port, let target) = record else { return nil }
            return "\(priority) \(weight) \(port) \(target.hasSuffix(".") ? target : target + ".")"
        }
        let present = ClientSimulator.srvRecords(answer).contains {
            ClientSimulator.stripDot($0.target).lowercased() == target
        }
        advice.append(
            RecordAdvice(
                name: srvName,
                type: "SRV",
                recommended: "0 0 443 \(target).",
                published: published,
                status: present ? .present : (published.isEmpty ? .missing : .different),
                purpose: .autodiscoverSRV,
                readBy: readers { $0.kind == .autodiscoverSRV }
            )
        )
        return advice
    }

    // MARK: - How to serve

    static func serveAdvice(domain: String, verified: [ServerSettings], serveHost: String?) -> ServeAdvice {
        var hostNames = ["autoconfig.\(domain)", "autodiscover.\(domain)"]
        if let serveHost, !hostNames.contains(serveHost) { hostNames.append(serveHost) }
        var servers: [ServerSettings] = []
        for (proto, security) in [
            (MailProtocol.imap, TransportSecurity.tls), (.imap, .starttls), (.pop3, .tls), (.pop3, .starttls),
            (.smtp, .tls), (.smtp, .starttls),
        ] {
            guard
                var server = verified.first(where: {
                    $0.protocol == proto && $0.security == security
                        && !($0.protocol == .smtp && $0.security == .starttls && $0.port == 25)
                })
            else { continue }
            server.origin = .database(provider: domain)
            server.verification = .unverified
            server.provenance = nil
            servers.append(server)
        }
        let record = ProviderRecord(id: domain, domains: [domain], servers: servers)
        let directory = "/etc/mailconf/providers"
        let certificate = "/etc/letsencrypt/live/autoconfig.\(domain)"
        let nginx = """
            server {
                listen 443 ssl;
                listen [::]:443 ssl;
                server_name \(hostNames.joined(separator: " "));
                ssl_certificate     \(certificate)/fullchain.pem;
                ssl_certificate_key \(certificate)/privkey.pem;

                location / {
                    proxy_pass http://127.0.0.1:8080;
                    proxy_http_version 1.1;
                    proxy_set_header Connection "";
                    proxy_set_header Host $host;
                    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                }
            }
            """
        return ServeAdvice(
            hostNames: hostNames,
            providerFile: record.fileText,
            providerPath: "\(directory)/\(domain).conf",
            command: "mailconf serve --providers \(directory) --trusted-proxy 127.0.0.1",
            nginx: nginx
        )
    }
}
