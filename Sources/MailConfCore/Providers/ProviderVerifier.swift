import Synchronization

/// `mailconf providers verify`: the database checks itself. Every distinct endpoint (protocol, host, port,
/// security; or an HTTPS host and port for Exchange services) named by the providers in scope is probed once,
/// without credentials, with bounded concurrency and one deadline for the whole run; each provider's claims are then
/// judged against what its endpoints did (``ClaimJudge``).
///
/// Host names are resolved first (once each), so that a host that no longer exists (NXDOMAIN, a drift) is told apart
/// from a DNS failure (no conclusion); probes then connect to the address found.
public struct ProviderVerifier: Sendable {
    /// Bounds.
    public struct Options: Sendable {
        /// Probes (and DNS queries) at once.
        public var concurrency = 8
        /// The whole run; endpoints not started by then are reported unreachable (deadline).
        public var deadline: Duration = .seconds(300)
        /// The longest one DNS query can take (the resolver's timeout times its attempts): no query starts
        /// with less time left, so the run ends within the deadline.
        public var dnsAllowance: Duration = .seconds(10)

        /// The defaults.
        public init() {}
    }

    /// Mail-protocol probes.
    public let prober: ServiceProber
    /// Exchange web service checks.
    public let https: HTTPSProbe
    /// Host-name resolution.
    public let dns: any DNSResolver
    /// Bounds.
    public let options: Options

    /// Creates a verifier.
    public init(prober: ServiceProber, https: HTTPSProbe, dns: any DNSResolver, options: Options = Options()) {
        self.prober = prober
        self.https = https
        self.dns = dns
        self.options = options
    }

    /// What one run found.
    public struct Report: Sendable {
        /// Per provider, in the order given.
        public var providers: [ProviderVerification]
        /// Claims in scope: servers and Exchange services, placeholder hosts once per listed domain.
        public var claimCount: Int
        /// Distinct endpoints those claims name (what was to be probed).
        public var endpointCount: Int
        /// Endpoints actually probed (a connection tried) before the deadline; the others failed DNS or came
        /// after it.
        public var probedCount: Int
        /// Distinct host names resolved.
        public var hostCount: Int
        /// Wall time of the run.
        public var milliseconds: Double
        /// Whether the deadline stopped the run early.
        public var deadlineReached: Bool
        /// The concurrency used.
        public var concurrency: Int

        /// Claims per verdict name (`confirmed`, `drifted`, `unreachable`, `unchecked`).
        public var counts: [String: Int] {
            var counts: [String: Int] = [:]
            for claim in providers.flatMap(\.claims) { counts[claim.verdict.name, default: 0] += 1 }
            return counts
        }
    }

    /// What is probed once and shared by every claim that names it.
    enum Endpoint: Hashable, Sendable {
        case mail(MailProtocol, host: String, port: Int, security: TransportSecurity)
        case web(host: String, port: Int)

        var host: String {
            switch self {
            case .mail(_, let host, _, _), .web(let host, _): host
            }
        }
    }

    enum Outcome: Sendable {
        case mail(ProbeResult)
        case web(HTTPSProbe.Result)
        case hostNotFound
        case unreachable(UnreachableReason)
    }

    /// The claims of `record`: each server and Exchange service, with `%EMAILDOMAIN%` hosts once per listed domain
    /// (wildcards aside); claims that cannot be made concrete are `unchecked`.
    static func claims(of record: ProviderRecord) -> [(VerifiedClaim.Subject, Endpoint?)] {
        let domains = record.domains.filter { !$0.hasPrefix("*.") }
        var result: [(VerifiedClaim.Subject, Endpoint?)] = []
        for (index, server) in record.servers.enumerated() {
            let hosts =
                Placeholder.hasPlaceholder(server.host)
                ? domains.map { Placeholder.resolve(server.host, domain: $0) } : [server.host]
            if hosts.isEmpty { result.append((.server(index: index, server), nil)) }
            for host in hosts {
                var concrete = server
                concrete.host = host
                result.append(
                    (
                        .server(index: index, concrete),
                        .mail(server.protocol, host: host, port: server.port, security: server.security)
                    )
                )
            }
        }
        for (index, service) in record.exchange.enumerated() {
            let urls =
                Placeholder.hasPlaceholder(service.url)
                ? domains.map { Placeholder.resolve(service.url, domain: $0) } : [service.url]
            if urls.isEmpty { result.append((.exchange(index: index, service), nil)) }
            for url in urls {
                var concrete = service
                concrete.url = url
                let endpoint = concrete.host.map { Endpoint.web(host: $0, port: concrete.port) }
                result.append((.exchange(index: index, concrete), endpoint))
            }
        }
        return result
    }

    /// Verifies `records`; `progress` is called as each endpoint finishes.
    public func verify(
        _ records: [ProviderRecord],
        progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
    ) async -> Report {
        let clock = ContinuousClock()
        let start = clock.now
        let end = start.advanced(by: options.deadline)
        let perProvider = records.map { Self.claims(of: $0) }
        var endpoints: [Endpoint] = []
        var seen: Set<Endpoint> = []
        for claim in perProvider.joined() {
            if let endpoint = claim.1, seen.insert(endpoint).inserted { endpoints.append(endpoint) }
        }
        let hosts = Array(Set(endpoints.map(\.host))).sorted()
        let concurrency = max(1, options.concurrency)

        // Phase 1: every host name once.
        let resolutions = await Self.bounded(hosts, concurrency: concurrency, until: end, reserve: options.dnsAllowance)
        {
            host,
            _ in await resolve(host)
        }
        var resolved: [String: Resolution] = [:]
        for (host, resolution) in zip(hosts, resolutions) { resolved[host] = resolution ?? .failed(.deadline) }
        // A host that does not exist is a drift only when this resolver resolved some other name of the run: a
        // resolver that answers NXDOMAIN for everything (a sandbox, a captive portal) proves nothing.
        let resolverWorks = resolved.values.contains { if case .address = $0 { true } else { false } }
        if !resolverWorks {
            for (host, resolution) in resolved {
                if case .notFound = resolution { resolved[host] = .failed(.everyNameDenied) }
            }
        }
        let addressOf = resolved

        // Phase 2: every endpoint once.
        let counter = Counter()
        let total = endpoints.count
        let outcomes = await Self.bounded(endpoints, concurrency: concurrency, until: end, reserve: .milliseconds(50)) {
            endpoint,
            remaining in
            let outcome = await probe(
                endpoint,
                resolution: addressOf[endpoint.host] ?? .failed(.deadline),
                within: remaining
            )
            progress?(counter.next() + 1, total)
            return outcome
        }
        var outcomeOf: [Endpoint: Outcome] = [:]
        for (endpoint, outcome) in zip(endpoints, outcomes) { outcomeOf[endpoint] = outcome ?? .unreachable(.deadline) }

        let providers = zip(records, perProvider).map { record, claims in
            ProviderVerification(
                id: record.id,
                claims: claims.map { subject, endpoint in
                    guard let endpoint else {
                        return VerifiedClaim(
                            subject: subject,
                            verdict: .unchecked("the host depends on the address's domain, and the provider lists none")
                        )
                    }
                    return Self.judge(subject, outcomeOf[endpoint] ?? .unreachable(.deadline))
                }
            )
        }
        return Report(
            providers: providers,
            claimCount: perProvider.reduce(0) { $0 + $1.count },
            endpointCount: endpoints.count,
            probedCount: outcomes.filter {
                switch $0 {
                case .some(.mail), .some(.web): true
                default: false
                }
            }.count,
            hostCount: hosts.count,
            milliseconds: ServiceProber.milliseconds(start.duration(to: clock.now)),
            deadlineReached: clock.now >= end || outcomes.contains { $0 == nil } || resolutions.contains { $0 == nil },
            concurrency: concurrency
        )
    }

    static func judge(_ subject: VerifiedClaim.Subject, _ outcome: Outcome) -> VerifiedClaim {
        switch (subject, outcome) {
        case (_, .hostNotFound):
            return VerifiedClaim(subject: subject, verdict: .drifted([.hostNotFound]))
        case (_, .unreachable(let reason)):
            return VerifiedClaim(subject: subject, verdict: .unreachable(reason))
        case (.server(_, let server), .mail(let result)):
            let (verdict, observation) = ClaimJudge.judge(server, result: result)
            return VerifiedClaim(subject: subject, verdict: verdict, observation: observation)
        case (.exchange(_, let service), .web(let result)):
            let (verdict, observation) = ClaimJudge.judge(service, result: result)
            return VerifiedClaim(subject: subject, verdict: verdict, observation: observation)
        default:
            return VerifiedClaim(subject: subject, verdict: .unchecked("internal: the endpoint does not fit the claim"))
        }
    }

    enum Resolution: Sendable {
        case address(String)
        case notFound
        case failed(UnreachableReason)
    }

    private func resolve(_ host: String) async -> Resolution {
        if let name = try? HostName(parsing: host), name.isIPAddress { return .address(name.value) }
        var statuses: [DNSAnswer.Status] = []
        for type in [DNSRecordType.a, .aaaa] {
            let answer = await dns.query(host, type: type)
            if let address = answer.addresses.first { return .address(address) }
            if answer.status == .nxdomain { return .notFound }
            statuses.append(answer.status)
        }
        return statuses.allSatisfy { $0 == .nodata }
            ? .failed(.noAddress) : .failed(.dns(statuses.first { $0 != .nodata } ?? .error))
    }

    private func probe(_ endpoint: Endpoint, resolution: Resolution, within remaining: Duration) async -> Outcome {
        let address: String
        switch resolution {
        case .notFound: return .hostNotFound
        case .failed(let reason): return .unreachable(reason)
        case .address(let found): address = found
        }
        switch endpoint {
        case .mail(let proto, let host, let port, let security):
            var probeOptions = prober.options
            probeOptions.totalTimeout = min(probeOptions.totalTimeout, remaining)
            let service = Self.service(proto, port: port, security: security)
            let result = await ServiceProber(connector: prober.connector, options: probeOptions)
                .probe(service, host: host, address: address)
            return .mail(result)
        case .web(let host, let port):
            // Three steps, each with its own limit: together they fit in what is left.
            var check = https
            let share = remaining / 3
            check.connectTimeout = min(check.connectTimeout, share)
            check.tlsTimeout = min(check.tlsTimeout, share)
            check.readTimeout = min(check.readTimeout, share)
            let url = port == 443 ? "https://\(host)/" : "https://\(host):\(port)/"
            return .web(await check.check(url: url, address: address))
        }
    }

    /// The service to probe for a claim: the standard name for its protocol and security, on the claimed port.
    static func service(_ proto: MailProtocol, port: Int, security: TransportSecurity) -> MailService {
        let name: String
        switch (proto, security) {
        case (.smtp, .tls): name = MailService.submissions.name
        case (.smtp, _): name = port == 25 ? MailService.smtp.name : MailService.submission.name
        case (.imap, .tls): name = MailService.imaps.name
        case (.imap, _): name = MailService.imap.name
        case (.pop3, .tls): name = MailService.pop3s.name
        case (.pop3, _): name = MailService.pop3.name
        }
        return MailService(name: name, protocol: proto, port: port, implicitTLS: security == .tls)
    }

    /// Runs `work` on every item, at most `concurrency` at once, in a task group (structured: every child ends
    /// before this returns). An item is started only while more than `reserve` is left before `end`; items not
    /// started are `nil`. `work` receives the time left and must finish within it.
    static func bounded<Item: Sendable, Value: Sendable>(
        _ items: [Item],
        concurrency: Int,
        until end: ContinuousClock.Instant,
        reserve: Duration,
        _ work: @escaping @Sendable (Item, Duration) async -> Value
    ) async -> [Value?] {
        let cursor = Counter()
        let results = Slots<Value>(count: items.count)
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<min(concurrency, items.count) {
                group.addTask {
                    while !Task.isCancelled {
                        let index = cursor.next()
                        guard index < items.count else { return }
                        let remaining = ContinuousClock.now.duration(to: end)
                        guard remaining > reserve else { return }
                        results.set(index, await work(items[index], remaining))
                    }
                }
            }
        }
        return results.values
    }
}

/// A shared counter for workers taking turns.
private final class Counter: Sendable {
    private let value = Mutex(0)

    /// The current value, then one more for the next caller.
    func next() -> Int {
        value.withLock { value in
            defer { value += 1 }
            return value
        }
    }
}

/// Results filled in by concurrent workers, one slot each.
private final class Slots<Value: Sendable>: Sendable {
    private let slots: Mutex<[Value?]>

    init(count: Int) {
        slots = Mutex([Value?](repeating: nil, count: count))
    }

    func set(_ index: Int, _ value: Value) {
        slots.withLock { $0[index] = value }
    }

    var values: [Value?] { slots.withLock { $0 } }
}
