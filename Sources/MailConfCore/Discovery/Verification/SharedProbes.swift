/// One probe per endpoint, shared: results are kept for a while and reused by every lookup that names the
/// endpoint (one probe of `imap.gmail.com:993` covers gmail.com, googlemail.com and every Google-hosted domain),
/// and a lookup that asks while another's probe of the endpoint runs waits for it instead of probing again.
///
/// Only complete results are kept: a probe cut short by its lookup's deadline is handed to whoever waited for it,
/// then forgotten.
public final class SharedProbes: EndpointProber {
    /// What happened to one request, for metrics.
    public enum Event: String, Sendable {
        /// A kept result answered.
        case cached
        /// Another lookup's running probe answered.
        case joined
        /// A probe was made.
        case probed
    }

    private let prober: any EndpointProber
    private let ttl: Duration
    private let now: @Sendable () -> ContinuousClock.Instant
    private let observe: @Sendable (Event) -> Void
    private let kept: ExpiringCache<Endpoint, ProbeResult>
    private let running = SingleFlight<Endpoint, ProbeResult>()

    /// Shares `prober`'s probes.
    ///
    /// - Parameters:
    ///   - ttl: how long a result is reused.
    ///   - capacity: most endpoints kept (least recently used go first).
    ///   - now: the clock results expire by (tests step it).
    ///   - observe: told of every request's fate, for metrics.
    public init(
        _ prober: any EndpointProber,
        ttl: Duration,
        capacity: Int = 10_000,
        now: @escaping @Sendable () -> ContinuousClock.Instant = { .now },
        observe: @escaping @Sendable (Event) -> Void = { _ in }
    ) {
        self.prober = prober
        self.ttl = ttl
        self.now = now
        self.observe = observe
        self.kept = ExpiringCache(capacity: capacity)
    }

    /// How many endpoints have a kept result.
    public var keptCount: Int { kept.count }

    public func probe(_ endpoint: Endpoint, address: String?, deadline: ContinuousClock.Instant) async -> ProbeResult {
        if let result = kept.value(for: endpoint, now: now()) {
            observe(.cached)
            return result
        }
        let shared = await running.value(for: endpoint) {
            await prober.probe(endpoint, address: address, deadline: deadline)
        } completed: { result in
            if result.finished { kept.set(result, for: endpoint, expires: now().advanced(by: ttl)) }
        }
        guard let (result, role) = shared else {
            // Cancelled while waiting for another lookup's probe: this lookup's deadline came first.
            var result = ProbeResult(service: endpoint.service, host: endpoint.host)
            result.finished = false
            return result
        }
        observe(role == .computed ? .probed : .joined)
        return result
    }
}
