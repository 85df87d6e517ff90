/// The lookup pipeline: every source at once, each candidate probed as soon as its source names it, then the
/// sources that run last (guesses) for what is still missing, all under one deadline. When the deadline comes the
/// work is cancelled — and ends, since every step honours cancellation — and the answer is assembled from whatever
/// is known, marked accordingly. The CLI's `lookup` and the service's every endpoint run this one pipeline.
public struct Discovery: Sendable {
    /// The sources, in the order they are reported; on equal rank the earlier source's servers come first.
    public let sources: [any ConfigSource]
    /// The prober verifying candidates; `nil` leaves everything unverified.
    public let prober: (any EndpointProber)?
    /// The HTTPS check of Exchange web services (EWS, OWA, Graph), which are never probed as mail servers; `nil`
    /// leaves them unverified.
    public let web: HTTPSProbe?
    /// Deadline, verification and concurrency.
    public let options: DiscoveryOptions

    /// Creates a pipeline over `sources`.
    public init(
        sources: [any ConfigSource],
        prober: (any EndpointProber)?,
        web: HTTPSProbe? = nil,
        options: DiscoveryOptions = .init()
    ) {
        self.sources = sources
        self.prober = prober
        self.web = web
        self.options = options
    }

    /// The provider database alone: no network at all; the other sources are reported as skipped.
    public static func offline(database: any ProviderDatabase, options: DiscoveryOptions = .init()) -> Discovery {
        Discovery(
            sources: [
                DatabaseSource(database: database), SkippedSource(.mx, reason: .offline),
                SkippedSource(.autoconfig, reason: .offline), SkippedSource(.srv, reason: .offline),
            ],
            prober: nil,
            options: options
        )
    }

    /// Every source, over the given seams: the database, the MX hosts against it, the three autoconfig documents
    /// (when `http` is given), SRV, and guesses (when `guess` is on).
    public static func standard(
        database: any ProviderDatabase,
        dns: any DNSResolver,
        http: (any HTTPFetcher)?,
        prober: (any EndpointProber)?,
        web: HTTPSProbe? = nil,
        registrableDomain: @escaping @Sendable (String) -> String? = { _ in nil },
        httpTimeout: Duration = .seconds(5),
        maximumAutoconfigBytes: Int = 1 << 20,
        guess: Bool = true,
        options: DiscoveryOptions = .init()
    ) -> Discovery {
        var sources: [any ConfigSource] = [
            DatabaseSource(database: database),
            MXSource(database: database, dns: dns, registrableDomain: registrableDomain),
        ]
        if let http {
            sources += AutoconfigSource.Location.allCases.map {
                AutoconfigSource(http: http, location: $0, timeout: httpTimeout, maximumBytes: maximumAutoconfigBytes)
            }
        }
        sources.append(SRVSource(dns: dns))
        if guess { sources.append(GuessSource(dns: dns)) }
        return Discovery(sources: sources, prober: prober, web: web, options: options)
    }

    private var verifying: Bool { prober != nil && options.verify }

    /// Looks `address` up; returns by the deadline (plus the few milliseconds cancelled work takes to end).
    public func lookup(
        _ address: EmailAddress,
        progress: (@Sendable (DiscoveryEvent) -> Void)? = nil
    ) async -> LookupResult {
        let clock = ContinuousClock()
        let start = clock.now
        let end = start.advanced(by: options.deadline)
        let state = DiscoveryState(planned: sources.map { ($0.kind, $0.query(for: address)) })
        let expired: Bool
        if !verifying && sources.allSatisfy(\.answersFromMemory) {
            // Nothing waits on the network (a database-only answer, as `serve --no-verify` gives): a deadline
            // would only leave a sleeping timer behind for each lookup.
            await run(address, state: state, end: end, progress: progress)
            expired = false
        } else {
            expired = await withDeadline(end) {
                await self.run(address, state: state, end: end, progress: progress)
            }.expired
        }
        return state.result(
            for: address,
            ranking: Ranking(preferPOP3: options.preferPOP3),
            elapsed: Self.milliseconds(start.duration(to: clock.now)),
            verifying: verifying,
            deadlineReached: expired
        )
    }

    private func run(
        _ address: EmailAddress,
        state: DiscoveryState,
        end: ContinuousClock.Instant,
        progress: (@Sendable (DiscoveryEvent) -> Void)?
    ) async {
        // One slot for everything measures the steps one after another; otherwise sources all run at once and
        // probes share their own bounded slots.
        let sequentialSlot = options.sequential ? AsyncSemaphore(limit: 1) : nil
        let sourceSlots = sequentialSlot ?? AsyncSemaphore(limit: max(1, sources.count))
        let probeSlots = sequentialSlot ?? AsyncSemaphore(limit: max(1, options.probeConcurrency))
        let concurrency = options.sequential ? 1 : 16
        var probed: Set<String> = []

        await withTaskGroup(of: Void.self) { probes in
            func verifyNew(_ servers: [ServerSettings], exchange: [ExchangeServer] = []) {
                for service in exchange where verifying && web != nil && probed.insert(service.url).inserted {
                    probes.addTask { await self.check(service, state: state, end: end, slots: probeSlots) }
                }
                for server in servers where verifying && probed.insert(server.identity).inserted {
                    probes.addTask {
                        await self.verify(server, state: state, end: end, slots: probeSlots, progress: progress)
                    }
                }
            }
            let first = sources.indices.filter { !sources[$0].runsLast }
            await withTaskGroup(of: SourceFinding?.self) { group in
                for index in first {
                    group.addTask {
                        await sourceSlots.withSlot {
                            let request = SourceRequest(
                                address: address,
                                verifying: verifying,
                                concurrency: concurrency
                            )
                            return await self.run(index, request, state: state, progress: progress)
                        } ?? nil
                    }
                }
                for await finding in group {
                    guard let finding else { continue }
                    verifyNew(finding.servers, exchange: finding.provider?.exchange ?? [])
                }
            }
            for index in sources.indices where sources[index].runsLast && !Task.isCancelled {
                let request = SourceRequest(
                    address: address,
                    found: state.namedServers(),
                    verifying: verifying,
                    concurrency: concurrency
                )
                let finding = await sourceSlots.withSlot {
                    await self.run(index, request, state: state, progress: progress)
                }
                verifyNew(finding??.servers ?? [])
            }
        }
    }

    /// Runs one source, records what it found and returns it (placeholders resolved); `nil` when the deadline cut
    /// it off.
    private func run(
        _ index: Int,
        _ request: SourceRequest,
        state: DiscoveryState,
        progress: (@Sendable (DiscoveryEvent) -> Void)?
    ) async -> SourceFinding? {
        let clock = ContinuousClock()
        let begin = clock.now
        var finding = await sources[index].find(request)
        // A source cut off by the deadline has not answered: the state reports it as a timeout.
        guard !Task.isCancelled else { return nil }
        finding.servers = resolvingPlaceholders(finding.servers, for: request.address)
        if var provider = finding.provider {
            provider.exchange = provider.exchange.map { $0.resolved(for: request.address) }
            finding.provider = provider
        }
        let attempt = state.record(finding, milliseconds: Self.milliseconds(begin.duration(to: clock.now)), at: index)
        progress?(.source(attempt))
        return finding
    }

    /// Checks one Exchange web service over HTTPS within what is left of the deadline and records the verdict.
    private func check(
        _ service: ExchangeServer,
        state: DiscoveryState,
        end: ContinuousClock.Instant,
        slots: AsyncSemaphore
    ) async {
        guard let web else { return }
        _ = await slots.withSlot {
            guard ContinuousClock.now.duration(to: end) > .milliseconds(20) else { return }
            let result = await web.check(url: service.url)
            guard !Task.isCancelled else { return }
            state.record(CandidateVerdict.verification(for: service, result: result), forURL: service.url)
        }
    }

    /// `servers` with their placeholders filled in for `address`: host names always, user names unless
    /// ``DiscoveryOptions/resolveUsernames`` is off (the service fills those in per address later).
    private func resolvingPlaceholders(_ servers: [ServerSettings], for address: EmailAddress) -> [ServerSettings] {
        servers.map { server in
            guard !options.resolveUsernames else { return server.resolved(for: address) }
            var resolved = server
            resolved.host = Placeholder.resolve(server.host, domain: address.domain)
            return resolved
        }
    }

    /// Probes one candidate within what is left of the deadline and records the verdict.
    private func verify(
        _ server: ServerSettings,
        state: DiscoveryState,
        end: ContinuousClock.Instant,
        slots: AsyncSemaphore,
        progress: (@Sendable (DiscoveryEvent) -> Void)?
    ) async {
        guard let prober else { return }
        _ = await slots.withSlot {
            guard ContinuousClock.now.duration(to: end) > .milliseconds(20) else { return }
            state.startProbing(server.identity)
            let result = await prober.probe(server.endpoint, address: server.knownAddresses.first, deadline: end)
            guard !Task.isCancelled else { return }
            let verification = CandidateVerdict.verification(for: server, result: result)
            state.record(verification, for: server.identity, dns: result.nameResolution)
            var reported = server
            reported.verification = verification
            progress?(.verified(reported))
        }
    }

    static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }
}
