import MailConfCore

/// What the service knows about one domain: the lookup result with user names left as placeholders, ready to be
/// filled in for each address asked about.
struct DomainAnswer: Sendable {
    /// The lookup, its user names still templates.
    var result: LookupResult
    /// When the answer was made (by the resolver's clock).
    var made: ContinuousClock.Instant
    /// When the answer stops being served from the cache as fresh.
    var expires: ContinuousClock.Instant
    /// Served after ``expires`` while its domain is rediscovered.
    var isStale = false

    /// An answer made at `made`, fresh for `ttl`.
    init(result: LookupResult, made: ContinuousClock.Instant, ttl: Duration) {
        self.result = result
        self.made = made
        self.expires = made.advanced(by: ttl)
    }

    /// Whether there are settings to serve.
    var found: Bool { result.found }

    /// The configuration for `address`, or with placeholders when `nil`.
    func config(for address: EmailAddress?) -> AccountConfig {
        guard let address else { return result.config }
        return result.config.resolved(for: address)
    }

    /// The full lookup result for `address`.
    func lookup(for address: EmailAddress) -> LookupResult {
        var copy = result
        copy.address = address
        copy.config = result.config.resolved(for: address)
        return copy
    }
}

/// The outcome of asking the service for a domain.
enum Resolution: Sendable {
    /// Settings exist.
    case found(DomainAnswer)
    /// No settings; the answer says why.
    case notFound(DomainAnswer)
    /// The client asked for too many uncached domains; retry after this many seconds.
    case rateLimited(retryAfter: Int)
}
