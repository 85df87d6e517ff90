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

    /// A metric's name parts and its `# HELP` text.
    private struct Metric {
        let name: String
        let unit: String
        let help: String

        var descriptor: MetricNameDescriptor {
            MetricNameDescriptor(namespace: "mailconf", metricName: name, unitName: unit, helpText: help)
        }

        static let requests = Metric(
            name: "http_requests",
            unit: "total",
            help: "HTTP requests by endpoint and status."
        )
        static let requestDuration = Metric(
            name: "http_request_duration",
            unit: "seconds",
            help: "Time to answer an HTTP request."
        )
        static let cacheHits = Metric(name: "cache_hits", unit: "total", help: "Answers served from a cache, by cache.")
        static let cacheMisses = Metric(
            name: "cache_misses",
            unit: "total",
            help: "Lookups a cache could not answer, by cache."
        )
        static let answersKept = Metric(
            name: "answers_kept",
            unit: "total",
            help: "Rediscoveries that could not reach DNS and kept the previous answer instead of 'nothing found'."
        )
        static let rateLimited = Metric(
            name: "rate_limited",
            unit: "total",
            help: "Requests refused because a client exceeded its rate."
        )
        static let resolutions = Metric(
            name: "resolutions",
            unit: "total",
            help: "Domains resolved from the database or by discovery, by outcome."
        )
        static let resolutionDuration = Metric(
            name: "resolution_duration",
            unit: "seconds",
            help: "Time to resolve one domain."
        )
        static let endpointProbes = Metric(
            name: "endpoint_probes",
            unit: "total",
            help: "Endpoint checks by how they were answered: probed, joined (another lookup's probe), cached."
        )
        static let probes = Metric(
            name: "probes",
            unit: "total",
            help: "Servers in resolved answers, by verification status."
        )
    }

    private func counter(_ metric: Metric, _ labels: [(String, String)]) -> Counter {
        let key = metric.name + labels.map { "|\($0.0)=\($0.1)" }.joined()
        return counters.withLockedValue { table in
            if let existing = table[key] { return existing }
            let made = registry.makeCounter(descriptor: metric.descriptor, labels: labels)
            table[key] = made
            return made
        }
    }

    private func histogram(_ metric: Metric, _ labels: [(String, String)]) -> DurationHistogram {
        let key = metric.name + labels.map { "|\($0.0)=\($0.1)" }.joined()
        return histograms.withLockedValue { table in
            if let existing = table[key] { return existing }
            let made = registry.makeDurationHistogram(
                descriptor: metric.descriptor,
                labels: labels,
                buckets: Self.buckets
            )
            table[key] = made
            return made
        }
    }

    func request(endpoint: String, status: Int, duration: Duration) {
        counter(.requests, [("endpoint", endpoint), ("status", String(status))]).increment()
        histogram(.requestDuration, [("endpoint", endpoint)]).record(duration)
    }

    /// The metrics of a document served from the exact-request cache: a 200 and a document-cache hit.
    struct FastCounters: Sendable {
        let requests: Counter
        let latency: DurationHistogram
        let hits: Counter

        func record(_ duration: Duration) {
            requests.increment()
            latency.record(duration)
            hits.increment()
        }
    }

    func fastCounters(endpoint: String) -> FastCounters {
        FastCounters(
            requests: counter(.requests, [("endpoint", endpoint), ("status", "200")]),
            latency: histogram(.requestDuration, [("endpoint", endpoint)]),
            hits: counter(.cacheHits, [("cache", "document")])
        )
    }

    func cacheHit(_ level: String) { counter(.cacheHits, [("cache", level)]).increment() }
    func cacheMiss(_ level: String) { counter(.cacheMisses, [("cache", level)]).increment() }
    func rateLimited() { counter(.rateLimited, []).increment() }
    func answerKept() { counter(.answersKept, []).increment() }

    func endpointProbe(_ event: SharedProbes.Event) {
        counter(.endpointProbes, [("how", event.rawValue)]).increment()
    }

    func resolution(found: Bool, duration: Duration, servers: [ServerSettings]) {
        counter(.resolutions, [("outcome", found ? "found" : "not_found")]).increment()
        histogram(.resolutionDuration, []).record(duration)
        for server in servers {
            counter(.probes, [("verification", server.verification.status.rawValue)]).increment()
        }
    }

    /// The metrics in Prometheus' text format.
    func render() -> [UInt8] {
        var buffer: [UInt8] = []
        registry.emit(into: &buffer)
        return buffer
    }
}
