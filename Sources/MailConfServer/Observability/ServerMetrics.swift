import MailConfCore
import NIOConcurrencyHelpers
import Prometheus

/// The service's Prometheus metrics: requests by endpoint and status, request latency, cache hits and misses,
/// resolutions and their latency, probe outcomes, rate-limited requests.
final class ServerMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()
    private let counters = NIOLockedValueBox([String: Counter]())
    private let histograms = NIOLockedValueBox([String: DurationHistogram]())
    private static let buckets: [Duration] = [
        .microseconds(100), .microseconds(500), .milliseconds(1), .milliseconds(5), .milliseconds(25),
        .milliseconds(100), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5), .seconds(10),
    ]

    private func counter(_ name: String, _ labels: [(String, String)]) -> Counter {
        let key = name + labels.map { "|\($0.0)=\($0.1)" }.joined()
        return counters.withLockedValue { table in
            if let existing = table[key] { return existing }
            let made = registry.makeCounter(name: name, labels: labels)
            table[key] = made
            return made
        }
    }

    private func histogram(_ name: String, _ labels: [(String, String)]) -> DurationHistogram {
        let key = name + labels.map { "|\($0.0)=\($0.1)" }.joined()
        return histograms.withLockedValue { table in
            if let existing = table[key] { return existing }
            let made = registry.makeDurationHistogram(name: name, labels: labels, buckets: Self.buckets)
            table[key] = made
            return made
        }
    }

    func request(endpoint: String, status: Int, duration: Duration) {
        counter("mailconf_http_requests_total", [("endpoint", endpoint), ("status", String(status))]).increment()
        histogram("mailconf_http_request_duration_seconds", [("endpoint", endpoint)]).record(duration)
    }

    func cacheHit(_ level: String) { counter("mailconf_cache_hits_total", [("cache", level)]).increment() }
    func cacheMiss(_ level: String) { counter("mailconf_cache_misses_total", [("cache", level)]).increment() }
    func rateLimited() { counter("mailconf_rate_limited_total", []).increment() }

    func resolution(found: Bool, duration: Duration, servers: [ServerSettings]) {
        counter("mailconf_resolutions_total", [("outcome", found ? "found" : "not_found")]).increment()
        histogram("mailconf_resolution_duration_seconds", []).record(duration)
        for server in servers {
            counter("mailconf_probes_total", [("verification", server.verification.status.rawValue)]).increment()
        }
    }

    /// The metrics in Prometheus' text format.
    func render() -> [UInt8] {
        var buffer: [UInt8] = []
        registry.emit(into: &buffer)
        return buffer
    }
}
