/// Probes several services of one host at once and reports each as it finishes.
public struct ProbeEngine: Sendable {
    /// The per-service prober.
    public let prober: ServiceProber

    /// Creates an engine.
    public init(prober: ServiceProber) {
        self.prober = prober
    }

    /// Probes every service in parallel; results come back in the order of `services`.
    ///
    /// - Parameters:
    ///   - address: connect here instead of resolving `host` (certificates are still checked for `host`).
    ///   - progress: called as each service finishes (from any task).
    public func probe(
        host: String,
        services: [MailService],
        address: String? = nil,
        progress: (@Sendable (ProbeResult) -> Void)? = nil
    ) async -> ProbeReport {
        var results = [ProbeResult?](repeating: nil, count: services.count)
        await withTaskGroup(of: (Int, ProbeResult).self) { group in
            for (index, service) in services.enumerated() {
                group.addTask {
                    let result = await prober.probe(service, host: host, address: address)
                    progress?(result)
                    return (index, result)
                }
            }
            for await (index, result) in group { results[index] = result }
        }
        return ProbeReport(host: host, services: results.compactMap { $0 })
    }
}

/// The results of probing one host.
public struct ProbeReport: Hashable, Sendable {
    /// The host probed.
    public var host: String
    /// One result per service, in the order asked.
    public var services: [ProbeResult]

    /// Creates a report.
    public init(host: String, services: [ProbeResult]) {
        self.host = host
        self.services = services
    }

    /// Whether any service accepted a connection.
    public var anyReachable: Bool { services.contains { $0.reachable } }
    /// Whether any finding is of high severity.
    public var hasHighFindings: Bool { services.contains { $0.worstSeverity == .high } }
}
