/// Runs every configuration source for an address concurrently, each under the overall deadline, and returns the
/// best settings with a record of what each source did.
public struct Resolver: Sendable {
    /// The sources, most trusted first; on equal footing the earlier source's settings win.
    public var sources: [any ConfigSource]
    /// The time allowed for all sources together.
    public var deadline: Duration
    /// How the servers found are ordered.
    public var ranking: Ranking

    /// Creates a resolver.
    public init(sources: [any ConfigSource], deadline: Duration = .seconds(10), ranking: Ranking = Ranking()) {
        self.sources = sources
        self.deadline = deadline
        self.ranking = ranking
    }

    /// Looks `address` up in every source.
    public func lookup(_ address: EmailAddress) async -> LookupResult {
        let clock = ContinuousClock()
        let started = clock.now
        let end = started.advanced(by: deadline)
        var attempts = [SourceAttempt?](repeating: nil, count: sources.count)
        var configs = [AccountConfig?](repeating: nil, count: sources.count)

        await withTaskGroup(of: (Int, SourceAttempt, AccountConfig?)?.self) { group in
            for (index, source) in sources.enumerated() {
                group.addTask {
                    let begin = clock.now
                    do {
                        let finding = try await source.find(for: address)
                        let status: SourceAttempt.Status = finding.config == nil ? .miss : .hit
                        let attempt = SourceAttempt(
                            kind: source.kind,
                            query: finding.query,
                            status: status,
                            milliseconds: Self.milliseconds(begin.duration(to: clock.now)),
                            detail: finding.detail
                        )
                        return (index, attempt, finding.config)
                    } catch {
                        let attempt = SourceAttempt(
                            kind: source.kind,
                            query: address.domain,
                            status: Task.isCancelled ? .timeout : .error,
                            milliseconds: Self.milliseconds(begin.duration(to: clock.now)),
                            detail: String(describing: error)
                        )
                        return (index, attempt, nil)
                    }
                }
            }
            group.addTask {
                try? await Task.sleep(until: end, clock: clock)
                return nil
            }
            while let next = await group.next() {
                guard let (index, attempt, config) = next else {
                    group.cancelAll()
                    break
                }
                attempts[index] = attempt
                configs[index] = config
                if attempts.allSatisfy({ $0 != nil }) {
                    group.cancelAll()
                    break
                }
            }
        }

        let elapsed = Self.milliseconds(started.duration(to: clock.now))
        let records = sources.enumerated().map { index, source in
            attempts[index]
                ?? SourceAttempt(
                    kind: source.kind,
                    query: address.domain,
                    status: .timeout,
                    milliseconds: elapsed,
                    detail: "no answer within the deadline"
                )
        }
        let best = configs.compactMap { $0 }.first ?? AccountConfig()
        return LookupResult(address: address, config: ranking.ranked(best.resolved(for: address)), sources: records)
    }

    static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }
}
