import Logging
import MailConfCore
import Synchronization

/// Answers "what are the settings for this domain" for every endpoint, with the same pipeline as `mailconf lookup`
/// (in static mode the provider files alone; in resolve mode every source), verified live through probes shared
/// per endpoint. Answers are cached per domain (negative ones for less time), concurrent requests for one uncached
/// domain share one discovery, discoveries are bounded in number, and each client's discoveries of domains the
/// provider files do not know are rate-limited.
///
/// Expired answers are served at once while the domain is rediscovered in the background: ``run()`` works through
/// those refreshes, bounded by the same discovery slots, and ends when its task is cancelled.
final class ConfigResolver: Sendable {
    let options: ServeOptions
    let database: any ProviderDatabase
    let discovery: Discovery
    let metrics: ServerMetrics
    let logger: Logger
    private let cache: ExpiringCache<String, DomainAnswer>
    private let running = SingleFlight<String, DomainAnswer>()
    /// One copy of each distinct server list among the cached answers: a provider's domains all name the same
    /// servers, and each answer would otherwise keep its own copy of the list (most of an answer's memory).
    private let serverLists = ServerListInterner()
    private let slots: AsyncSemaphore
    private let buckets: TokenBuckets
    private let refreshes: AsyncStream<String>
    private let refreshRequests: AsyncStream<String>.Continuation
    /// Bumped when the provider files are reloaded: a discovery begun before stores no answer after.
    private let generation = Atomic<Int>(0)
    /// The time answers expire by (tests step it instead of sleeping).
    private let now: @Sendable () -> ContinuousClock.Instant

    init(
        options: ServeOptions,
        database: any ProviderDatabase,
        discovery: Discovery,
        metrics: ServerMetrics,
        logger: Logger,
        now: @escaping @Sendable () -> ContinuousClock.Instant = { .now }
    ) {
        self.options = options
        self.database = database
        self.discovery = discovery
        self.metrics = metrics
        self.logger = logger
        self.now = now
        self.cache = ExpiringCache(capacity: options.cacheEntries)
        self.slots = AsyncSemaphore(limit: options.maximumConcurrentResolutions)
        self.buckets = TokenBuckets(rate: options.resolutionsPerSecond, burst: options.resolutionBurst)
        // A bounded queue: a refresh that finds it full is simply asked for again by a later request.
        (refreshes, refreshRequests) = AsyncStream.makeStream(of: String.self, bufferingPolicy: .bufferingNewest(256))
    }

    /// Drops every cached answer (the provider files changed); discoveries under way store nothing.
    func forgetAnswers() {
        generation.add(1, ordering: .sequentiallyConsistent)
        cache.removeAll()
        serverLists.removeAll()
    }

    /// How many domains are cached.
    var cachedDomains: Int { cache.count }

    /// The answer for `domain` (A-label), discovering it if needed.
    ///
    /// - Parameter ownDiscovery: the request comes from a discovery (this service's own, or another MailConf's,
    ///   fetching `autoconfig.DOMAIN` that points here): it is answered from what is known now and never waits for a
    ///   discovery, which could be the very one that asks.
    func resolve(domain: String, client: String, ownDiscovery: Bool = false) async -> Resolution {
        let now = now()
        if let cached = cache.lookup(domain, now: now, acceptingStale: options.serveStale) {
            guard cached.isStale else {
                metrics.cacheHit("domain")
                return classify(cached.value)
            }
            // The expired answer now, a fresh one for later: otherwise every request for a popular domain would
            // wait on its rediscovery (the load test saw all 100 connections stall at once). The refresh spends
            // the asking client's token like any discovery; without one the answer is served as it is.
            metrics.cacheHit("domain_stale")
            var answer = cached.value
            answer.isStale = true
            if !ownDiscovery, !running.isRunning(domain), buckets.take(for: client) == nil {
                refreshRequests.yield(domain)
            }
            return classify(answer)
        }
        metrics.cacheMiss("domain")
        if ownDiscovery {
            return .notFound(notAnswered(domain))
        }
        // Domains the provider files know are not rate-limited: their discovery is the database and the shared
        // probes of well-known endpoints, and it happens once per TTL.
        if !running.isRunning(domain), database.provider(forDomain: domain) == nil,
            let retryAfter = buckets.take(for: client)
        {
            metrics.rateLimited()
            return .rateLimited(retryAfter: retryAfter)
        }
        guard let (answer, _) = await running.value(for: domain, compute: { await discover(domain) }) else {
            return .notFound(notAnswered(domain))
        }
        return classify(answer)
    }

    /// Works through background rediscoveries of expired answers until cancelled.
    func run() async {
        await withTaskGroup(of: Void.self) { group in
            for await domain in refreshes {
                group.addTask {
                    self.logger.debug("refreshing an expired answer", metadata: ["domain": .string(domain)])
                    _ = await self.running.value(for: domain) { await self.discover(domain) }
                }
            }
            group.cancelAll()
        }
    }

    /// Stops accepting refreshes; ``run()`` ends once those under way are done.
    func finish() {
        refreshRequests.finish()
    }

    private func discover(_ domain: String) async -> DomainAnswer {
        guard await slots.acquire() else { return notAnswered(domain) }
        defer { slots.release() }
        let started = generation.load(ordering: .sequentiallyConsistent)
        let clock = ContinuousClock()
        let start = clock.now
        // What reaches clients never names a local path (a TLS library's build directory in its errors).
        var result = await discovery.lookup(EmailAddress.postmaster(of: domain)).withoutLocalPaths()
        result.config.incoming = serverLists.shared(result.config.incoming)
        result.config.outgoing = serverLists.shared(result.config.outgoing)
        logger.info(
            "resolved",
            metadata: [
                "domain": .string(domain), "found": .stringConvertible(result.found),
                "servers": .stringConvertible(result.config.servers.count),
            ]
        )
        let answer: DomainAnswer
        if !result.found && result.dnsFailed, let kept = keptAnswer(for: domain) {
            answer = kept
        } else {
            let ttl = result.found ? options.cacheTTL : options.negativeTTL
            answer = DomainAnswer(result: result, made: now(), ttl: ttl)
            if generation.load(ordering: .sequentiallyConsistent) == started {
                cache.set(answer, for: domain, expires: answer.expires)
            }
        }
        // Counted once the answer is in the cache, so that a count seen means an answer stored.
        metrics.resolution(found: result.found, duration: start.duration(to: clock.now), servers: result.config.servers)
        return answer
    }

    /// The previous, found answer for `domain` when its rediscovery could not reach DNS: a resolver outage says
    /// nothing about the domain, so the answer is kept (a negative TTL at a time, while it is younger than
    /// `--cache-ttl` plus `--serve-stale`) rather than replaced by "nothing found".
    private func keptAnswer(for domain: String) -> DomainAnswer? {
        let now = now()
        guard let previous = cache.lookup(domain, now: now, acceptingStale: options.serveStale)?.value,
            previous.found, previous.made.duration(to: now) < options.cacheTTL + options.serveStale
        else { return nil }
        metrics.answerKept()
        logger.warning(
            "DNS failed while rediscovering; keeping the previous answer",
            metadata: ["domain": .string(domain)]
        )
        var kept = previous
        kept.expires = now.advanced(by: options.negativeTTL)
        cache.set(kept, for: domain, expires: kept.expires)
        return kept
    }

    /// "Nothing known" for a request that may not wait for a discovery, or that gave up waiting: not cached.
    private func notAnswered(_ domain: String) -> DomainAnswer {
        let attempt = SourceAttempt(
            kind: .database,
            query: domain,
            outcome: .miss(.ownRequest),
            detail: "a discovery's own request, answered from what is known now"
        )
        return DomainAnswer(
            result: LookupResult(address: .postmaster(of: domain), config: AccountConfig(), sources: [attempt]),
            made: now(),
            ttl: .zero
        )
    }

    private func classify(_ answer: DomainAnswer) -> Resolution {
        answer.found ? .found(answer) : .notFound(answer)
    }
}

/// Keeps one copy of each distinct server list, so that equal lists share their storage. Bounded: when full it
/// starts again (lists already shared stay shared).
final class ServerListInterner: Sendable {
    private let lists = Mutex<Set<[ServerSettings]>>([])
    private let capacity: Int

    init(capacity: Int = 4096) {
        self.capacity = capacity
    }

    /// The stored list equal to `list`, or `list` itself, now stored.
    func shared(_ list: [ServerSettings]) -> [ServerSettings] {
        guard !list.isEmpty else { return list }
        return lists.withLock { lists in
            if let index = lists.firstIndex(of: list) { return lists[index] }
            if lists.count >= capacity { lists.removeAll(keepingCapacity: true) }
            lists.insert(list)
            return list
        }
    }

    func removeAll() {
        lists.withLock { $0.removeAll() }
    }
}
