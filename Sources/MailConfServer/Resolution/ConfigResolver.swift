import Logging
import MailConfCore
import NIOConcurrencyHelpers

/// Answers "what are the settings for this domain" for every endpoint: provider files first; in resolve mode,
/// full discovery and verification for other domains. Answers are cached per domain (negative answers too, for
/// less time), concurrent requests for one uncached domain share a single resolution, resolutions are bounded in
/// number, and each client's uncached resolutions are rate-limited.
final class ConfigResolver: Sendable {
    let options: ServeOptions
    let database: any ProviderDatabase
    let discovery: Discovery?
    let metrics: ServerMetrics
    let logger: Logger
    private let cache: ExpiringCache<String, DomainAnswer>
    private let inflight = NIOLockedValueBox([String: Task<DomainAnswer, Never>]())
    private let slots: AsyncSemaphore
    private let buckets: TokenBuckets
    /// The time answers expire by (tests step it instead of sleeping).
    private let now: @Sendable () -> ContinuousClock.Instant

    init(
        options: ServeOptions,
        database: any ProviderDatabase,
        discovery: Discovery?,
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
    }

    /// How many domains are cached.
    var cachedDomains: Int { cache.count }

    /// The answer for `domain` (A-label), resolving it if needed.
    func resolve(domain: String, client: String) async -> Resolution {
        // Domains the provider files know are answered at once, in every mode, and not cached: the database is
        // as fast as the cache, and the cache's memory is kept for discovered domains.
        if let record = database.provider(forDomain: domain) {
            return classify(answer(from: record, domain: domain))
        }
        guard let discovery else {
            return classify(notFound(domain))
        }
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
            if inflight.withLockedValue({ $0[domain] == nil }), buckets.take(for: client) == nil {
                refresh(domain, with: discovery)
            }
            return classify(answer)
        }
        metrics.cacheMiss("domain")
        if let existing = inflight.withLockedValue({ $0[domain] }) {
            return classify(await existing.value)
        }
        if let retryAfter = buckets.take(for: client) {
            metrics.rateLimited()
            return .rateLimited(retryAfter: retryAfter)
        }
        return classify(await sharedDiscovery(of: domain, with: discovery).value)
    }

    /// Starts a background discovery of `domain` unless one is running.
    private func refresh(_ domain: String, with discovery: Discovery) {
        _ = sharedDiscovery(of: domain, with: discovery) {
            self.logger.debug("refreshing an expired answer", metadata: ["domain": .string(domain)])
        }
    }

    /// The running discovery of `domain`, or a new one (`started` is called then): every request for the domain
    /// shares it.
    private func sharedDiscovery(
        of domain: String,
        with discovery: Discovery,
        started: () -> Void = {}
    ) -> Task<DomainAnswer, Never> {
        inflight.withLockedValue { table in
            if let running = table[domain] { return running }
            started()
            // The task takes itself out of the table; it cannot get there before this lock is released.
            let task = Task {
                let answer = await self.discover(domain, with: discovery)
                self.inflight.withLockedValue { $0[domain] = nil }
                return answer
            }
            table[domain] = task
            return task
        }
    }

    private func discover(_ domain: String, with discovery: Discovery) async -> DomainAnswer {
        await slots.acquire()
        defer { slots.release() }
        let address = EmailAddress.postmaster(of: domain)
        let clock = ContinuousClock()
        let start = clock.now
        let result = await discovery.lookup(address)
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
            answer = store(DomainAnswer(result: result, made: now(), ttl: ttl), for: domain)
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
        return store(kept, for: domain)
    }

    private func answer(from record: ProviderRecord, domain: String) -> DomainAnswer {
        var config = record.accountConfig()
        config = Ranking().ranked(config)
        config.incoming = config.incoming.map { Self.resolveHost($0, domain: domain) }
        config.outgoing = config.outgoing.map { Self.resolveHost($0, domain: domain) }
        let attempt = SourceAttempt(
            kind: .database,
            query: domain,
            status: .hit,
            milliseconds: 0,
            detail: "provider \(record.id)"
        )
        let result = LookupResult(address: .postmaster(of: domain), config: config, sources: [attempt])
        let ttl = result.found ? options.cacheTTL : options.negativeTTL
        return DomainAnswer(result: result, made: now(), ttl: ttl)
    }

    private func notFound(_ domain: String) -> DomainAnswer {
        let attempt = SourceAttempt(
            kind: .database,
            query: domain,
            status: .miss,
            milliseconds: 0,
            detail: "no provider file lists \(domain)"
        )
        return DomainAnswer(
            result: LookupResult(address: .postmaster(of: domain), config: AccountConfig(), sources: [attempt]),
            made: now(),
            ttl: options.negativeTTL
        )
    }

    private static func resolveHost(_ server: ServerSettings, domain: String) -> ServerSettings {
        var server = server
        server.host = Placeholder.resolve(server.host, domain: domain)
        return server
    }

    private func store(_ answer: DomainAnswer, for domain: String) -> DomainAnswer {
        cache.set(answer, for: domain, expires: answer.expires)
        return answer
    }

    private func classify(_ answer: DomainAnswer) -> Resolution {
        answer.found ? .found(answer) : .notFound(answer)
    }
}
