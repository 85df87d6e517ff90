import MailConfCore
import NIOConcurrencyHelpers
import Prometheus

/// The service's Prometheus metrics: requests by endpoint and status, request latency, cache hits and misses,
/// resolutions and their latency, probe outcomes, rate-limited requests.
final class ServerMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()
    /// Log lines dropped because the log writer's queue was full (read when `/metrics` is rendered).
    private let droppedLogLines: @Sendable () -> Int
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
        static let connectionsClosed = Metric(
            name: "http_connections_closed",
            unit: "total",
            help:
                "Connections the server closed without a response, by reason (idle, slow request, pipelining flood, shutdown)."
        )
        static let connectionsRefused = Metric(
            name: "http_connections_refused",
            unit: "total",
            help: "Connections closed as soon as accepted because --max-connections were open."
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

    /// Metrics whose log-drop count comes from `droppedLogLines` (the writer's counter).
    init(droppedLogLines: @escaping @Sendable () -> Int = { 0 }) {
        self.droppedLogLines = droppedLogLines
        openGauge = registry.makeGauge(name: "mailconf_http_connections_open", help: "Connections open now.")
        parkedGauge = registry.makeGauge(
            name: "mailconf_http_connections_parked",
            help: "Open connections with nothing to say, kept as a socket and a deadline, with no channel."
        )
        // Every reason is shown from the start, at 0, so that dashboards need no absent-series handling.
        for reason in HTTPConnectionStateMachine.CloseReason.allCases {
            _ = counter(.connectionsClosed, [("reason", reason.rawValue)])
        }
        _ = counter(.connectionsRefused, [])
    }

    private let openGauge: Gauge
    private let parkedGauge: Gauge

    /// A connection the server closed without a response, and why.
    func connectionClosed(_ reason: String) {
        counter(.connectionsClosed, [("reason", reason)]).increment()
    }

    /// A connection refused at once: too many open.
    func connectionRefused() { counter(.connectionsRefused, []).increment() }

    /// The number of open connections changed.
    func connectionsOpen(_ count: Int) { openGauge.set(Double(count)) }

    /// The number of parked connections (part of the open ones) changed.
    func connectionsParked(_ count: Int) { parkedGauge.set(Double(count)) }

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
        buffer.append(
            contentsOf: """
                # HELP mailconf_log_lines_dropped_total Log lines dropped because the log writer's queue was full.
                # TYPE mailconf_log_lines_dropped_total counter
                mailconf_log_lines_dropped_total \(droppedLogLines())

                """.utf8
        )
        return buffer
    }
}
