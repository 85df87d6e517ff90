import NIOConcurrencyHelpers

/// Per-client token buckets for uncached resolutions: each client may start `rate` per second on average and
/// `burst` at once. The table is bounded: beyond `maximumClients`, the least recently seen clients are forgotten.
final class TokenBuckets: Sendable {
    private struct Bucket {
        var tokens: Double
        var updated: ContinuousClock.Instant
    }

    private let rate: Double
    private let burst: Double
    private let maximumClients: Int
    private let buckets = NIOLockedValueBox([String: Bucket]())

    init(rate: Double, burst: Double, maximumClients: Int = 100_000) {
        self.rate = max(rate, 0.001)
        self.burst = max(burst, 1)
        self.maximumClients = maximumClients
    }

    /// Takes a token for `client`; returns `nil` when allowed, else the seconds until one is available.
    func take(for client: String, now: ContinuousClock.Instant = .now) -> Int? {
        buckets.withLockedValue { table in
            var bucket = table[client] ?? Bucket(tokens: burst, updated: now)
            let elapsed = bucket.updated.duration(to: now)
            let (seconds, attoseconds) = elapsed.components
            bucket.tokens = min(burst, bucket.tokens + (Double(seconds) + Double(attoseconds) / 1e18) * rate)
            bucket.updated = now
            if table.count >= maximumClients && table[client] == nil {
                // Forget the quietest half; a client that comes back starts with a full bucket.
                let keep = table.sorted { $0.value.updated > $1.value.updated }.prefix(maximumClients / 2)
                table = Dictionary(uniqueKeysWithValues: keep.map { ($0.key, $0.value) })
            }
            guard bucket.tokens >= 1 else {
                table[client] = bucket
                return max(1, Int(((1 - bucket.tokens) / rate).rounded(.up)))
            }
            bucket.tokens -= 1
            table[client] = bucket
            return nil
        }
    }
}
