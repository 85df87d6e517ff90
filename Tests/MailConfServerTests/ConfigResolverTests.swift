import Logging
import MailConfCore
import Synchronization
import Testing

@testable import MailConfServer

/// DNS for one domain, `kept.test`, with an IMAP SRV record, that can be told to time out or to say the domain
/// is gone.
final class SwitchableDNS: DNSResolver {
    enum Mode { case answering, timingOut, gone }
    let mode = Mutex(Mode.answering)
    /// While closed, every query waits (so a discovery stays in flight) until ``open()``.
    let gate = Mutex<(closed: Bool, waiting: [CheckedContinuation<Void, Never>])>((false, []))

    func close() { gate.withLock { $0.closed = true } }

    func open() {
        let waiting = gate.withLock { state in
            state.closed = false
            defer { state.waiting = [] }
            return state.waiting
        }
        for continuation in waiting { continuation.resume() }
    }

    func query(_ name: String, type: DNSRecordType) async -> DNSAnswer {
        // Held while the gate is closed; a cancelled query (the lookup's deadline) is let go like a real one.
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let proceed = gate.withLock { state in
                    if state.closed && !Task.isCancelled { state.waiting.append(continuation) }
                    return !state.closed || Task.isCancelled
                }
                if proceed { continuation.resume() }
            }
        } onCancel: {
            open()
        }
        if Task.isCancelled { return DNSAnswer(status: .timeout, detail: "cancelled") }
        switch mode.withLock({ $0 }) {
        case .timingOut:
            return DNSAnswer(status: .timeout, detail: "no DNS server answered for \(name) in time")
        case .answering where type == .srv && name == "_imaps._tcp.kept.test":
            return DNSAnswer(status: .ok, records: [.srv(priority: 0, weight: 0, port: 993, target: "imap.kept.test")])
        case .answering, .gone:
            return DNSAnswer(status: .nxdomain, detail: "\(name) does not exist (NXDOMAIN)")
        }
    }
}

/// A clock that moves only when told.
final class SteppedClock: Sendable {
    let start = ContinuousClock.now
    let offset = Mutex(Duration.zero)
    var now: ContinuousClock.Instant { start.advanced(by: offset.withLock { $0 }) }
    func advance(_ step: Duration) { offset.withLock { $0 += step } }
}

/// The resolver's cache policy with DNS that fails on purpose: what a rediscovery keeps and what it replaces.
@Suite struct ConfigResolverTests {
    let dns = SwitchableDNS()
    let metrics = ServerMetrics()
    let clock = SteppedClock()

    func resolver() -> ConfigResolver {
        var options = ServeOptions()
        options.mode = .resolve
        options.cacheTTL = .seconds(60)
        options.negativeTTL = .seconds(60)
        var discoveryOptions = DiscoveryOptions()
        discoveryOptions.verify = false
        // The DNS here is in memory and never late; a long deadline keeps a busy machine from cutting it short.
        discoveryOptions.deadline = .seconds(60)
        let discovery = Discovery.standard(
            database: InMemoryProviderDatabase(records: []),
            dns: dns,
            http: nil,
            prober: nil,
            guess: false,
            options: discoveryOptions
        )
        return ConfigResolver(
            options: options,
            database: InMemoryProviderDatabase(records: []),
            discovery: discovery,
            metrics: metrics,
            logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() },
            now: { [clock] in clock.now }
        )
    }

    func metric(_ prefix: String) -> Int {
        metricSum(String(decoding: metrics.render(), as: UTF8.self), prefix: prefix)
    }

    /// Waits (up to 30 s) until `count` resolutions have finished.
    func waitForResolutions(_ count: Int) async throws {
        for _ in 0..<300 where metric("mailconf_resolutions_total{") < count {
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(metric("mailconf_resolutions_total{") == count)
    }

    func answer(_ resolution: Resolution) -> DomainAnswer? {
        if case .found(let answer) = resolution { return answer }
        return nil
    }

    /// Runs `body` while the resolver works through its background rediscoveries.
    func withRefreshes(_ resolver: ConfigResolver, _ body: () async throws -> Void) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await resolver.run() }
            defer { group.cancelAll() }
            try await body()
            resolver.finish()
        }
    }

    @Test func aDNSOutageKeepsTheFoundAnswerButADomainThatIsGoneIsForgotten() async throws {
        let resolver = resolver()
        try await withRefreshes(resolver) { try await outageThenGone(resolver) }
    }

    func outageThenGone(_ resolver: ConfigResolver) async throws {
        let first = try #require(answer(await resolver.resolve(domain: "kept.test", client: "a")))
        #expect(first.result.config.incoming.first?.host == "imap.kept.test")
        clock.advance(.seconds(61))

        // DNS times out: the stale answer is served, and the rediscovery keeps it rather than "nothing found".
        dns.mode.withLock { $0 = .timingOut }
        #expect(answer(await resolver.resolve(domain: "kept.test", client: "a")) != nil)
        try await waitForResolutions(2)
        #expect(metric("mailconf_answers_kept_total") == 1)
        let kept = try #require(answer(await resolver.resolve(domain: "kept.test", client: "a")))
        #expect(kept.made == first.made, "the kept answer is the first one")
        clock.advance(.seconds(61))

        // DNS answers that the domain does not exist: that is news about the domain, and replaces the answer.
        dns.mode.withLock { $0 = .gone }
        #expect(answer(await resolver.resolve(domain: "kept.test", client: "a")) != nil, "stale until rediscovered")
        try await waitForResolutions(3)
        #expect(metric("mailconf_answers_kept_total") == 1)
        let gone = await resolver.resolve(domain: "kept.test", client: "a")
        guard case .notFound = gone else {
            Issue.record("expected 'nothing found' once DNS says the domain is gone, got \(gone)")
            return
        }
    }

    @Test func manyRequestsForAnExpiredAnswerGetItAtOnceAndShareOneRediscovery() async throws {
        let resolver = resolver()
        try await withRefreshes(resolver) { try await manyStaleRequests(resolver) }
    }

    func manyStaleRequests(_ resolver: ConfigResolver) async throws {
        let first = try #require(answer(await resolver.resolve(domain: "kept.test", client: "a")))
        clock.advance(.seconds(61))
        dns.close()
        // However many ask while the rediscovery is held up, each gets the expired answer straight away.
        for index in 0..<20 {
            let stale = try #require(answer(await resolver.resolve(domain: "kept.test", client: "c\(index)")))
            #expect(stale.isStale && stale.made == first.made)
        }
        #expect(metric("mailconf_cache_hits_total{cache=\"domain_stale\"}") == 20)
        dns.open()
        try await waitForResolutions(2)
        let fresh = try #require(answer(await resolver.resolve(domain: "kept.test", client: "a")))
        #expect(!fresh.isStale && fresh.made > first.made)
        #expect(metric("mailconf_resolutions_total{") == 2, "one rediscovery for twenty requests")
    }

    /// A provider's domains name the same servers: their cached answers share one copy of each server list.
    @Test func answersOfOneProvidersDomainsShareTheirServerLists() async throws {
        let database = InMemoryProviderDatabase(records: [
            ProviderRecord(
                id: "shared",
                domains: ["one.example", "two.example"],
                servers: [
                    ServerSettings(protocol: .imap, host: "imap.shared.example", port: 993, security: .tls),
                    ServerSettings(protocol: .smtp, host: "smtp.shared.example", port: 465, security: .tls),
                ]
            )
        ])
        var discoveryOptions = DiscoveryOptions()
        discoveryOptions.verify = false
        discoveryOptions.resolveUsernames = false  // as serve asks: user names stay templates
        let resolver = ConfigResolver(
            options: ServeOptions(),
            database: database,
            discovery: Discovery(sources: [DatabaseSource(database: database)], prober: nil, options: discoveryOptions),
            metrics: metrics,
            logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        )
        let one = try #require(answer(await resolver.resolve(domain: "one.example", client: "a")))
        let two = try #require(answer(await resolver.resolve(domain: "two.example", client: "a")))
        func storage(_ list: [ServerSettings]) -> UnsafeRawPointer? {
            list.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
        }
        #expect(one.result.config.incoming == two.result.config.incoming)
        #expect(storage(one.result.config.incoming) == storage(two.result.config.incoming))
        #expect(storage(one.result.config.outgoing) == storage(two.result.config.outgoing))
    }

    @Test func aDNSOutageOnAFirstLookupIsNotFound() async throws {
        dns.mode.withLock { $0 = .timingOut }
        let resolution = await resolver().resolve(domain: "kept.test", client: "a")
        guard case .notFound(let answer) = resolution else {
            Issue.record("expected 'nothing found', got \(resolution)")
            return
        }
        #expect(answer.result.dnsFailed)
        #expect(metric("mailconf_answers_kept_total") == 0)
    }
}
