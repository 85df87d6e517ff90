import Foundation
import Synchronization

/// The full lookup: every source at once — the provider database, the MX host against the database, the domain's
/// own autoconfig, DNS SRV — then guesses for what is still missing, then a live probe of every candidate, all under
/// one deadline. When the deadline comes, the answer is assembled from whatever is known, marked accordingly.
public struct Discovery: Sendable {
    /// The provider database.
    public let database: any ProviderDatabase
    /// DNS; `nil` for an offline lookup (database only).
    public let dns: (any DNSResolver)?
    /// HTTP for autoconfig documents; `nil` skips them.
    public let http: (any HTTPFetcher)?
    /// The prober verifying candidates; `nil` leaves everything unverified.
    public let prober: ServiceProber?
    /// The registrable domain of a host (Public Suffix List), for Thunderbird's MX rule.
    public let registrableDomain: @Sendable (String) -> String?
    /// Deadline and limits.
    public let options: DiscoveryOptions

    /// Creates a lookup engine.
    public init(
        database: any ProviderDatabase,
        dns: (any DNSResolver)?,
        http: (any HTTPFetcher)?,
        prober: ServiceProber?,
        registrableDomain: @escaping @Sendable (String) -> String? = { _ in nil },
        options: DiscoveryOptions = DiscoveryOptions()
    ) {
        self.database = database
        self.dns = dns
        self.http = http
        self.prober = prober
        self.registrableDomain = registrableDomain
        self.options = options
    }

    private enum Plan {
        case database
        case mx
        case autoconfig(url: String, trusted: Bool)
        case srv
        case guess
    }

    private func plans(for address: EmailAddress) -> [(Plan, SourceKind, String)] {
        let domain = address.domain
        var plans: [(Plan, SourceKind, String)] = [(.database, .database, domain)]
        guard dns != nil else { return plans }
        plans.append((.mx, .mx, "MX \(domain)"))
        if http != nil {
            var allowed = CharacterSet.alphanumerics
            allowed.insert(charactersIn: "-._~")
            let query = address.address.addingPercentEncoding(withAllowedCharacters: allowed) ?? domain
            let urls = [
                ("https://autoconfig.\(domain)/mail/config-v1.1.xml?emailaddress=\(query)", true),
                ("https://\(domain)/.well-known/autoconfig/mail/config-v1.1.xml", true),
                ("http://autoconfig.\(domain)/mail/config-v1.1.xml?emailaddress=\(query)", false),
            ]
            plans += urls.map { (.autoconfig(url: $0.0, trusted: $0.1), .autoconfig, $0.0) }
        }
        plans.append((.srv, .srv, SRVSource.names(for: domain).joined(separator: " ")))
        if options.guess { plans.append((.guess, .guess, "imap./pop3./pop./smtp./mail.\(domain) and \(domain)")) }
        return plans
    }

    /// Looks `address` up; returns within the deadline (plus a few milliseconds).
    public func lookup(
        _ address: EmailAddress,
        progress: (@Sendable (DiscoveryEvent) -> Void)? = nil
    ) async -> LookupResult {
        let clock = ContinuousClock()
        let start = clock.now
        let end = start.advanced(by: options.deadline)
        let plans = self.plans(for: address)
        let collector = DiscoveryCollector(planned: plans.map { ($0.1, $0.2) })
        let work = Task {
            await self.run(address, plans: plans, collector: collector, end: end, progress: progress)
        }
        await waitForCompletion(of: work, until: end)
        let deadlineReached = clock.now >= end
        work.cancel()
        let ranking = Ranking(preferPOP3: options.preferPOP3)
        var result = collector.result(
            for: address,
            ranking: ranking,
            elapsed: Self.milliseconds(start.duration(to: clock.now)),
            verifying: prober != nil && options.verify,
            deadlineReached: deadlineReached
        )
        if dns == nil {
            result.sources += [
                SourceAttempt(
                    kind: .mx,
                    query: "MX \(address.domain)",
                    status: .skipped,
                    milliseconds: 0,
                    detail: "offline"
                ),
                SourceAttempt(
                    kind: .autoconfig,
                    query: address.domain,
                    status: .skipped,
                    milliseconds: 0,
                    detail: "offline"
                ),
                SourceAttempt(kind: .srv, query: address.domain, status: .skipped, milliseconds: 0, detail: "offline"),
            ]
        }
        return result
    }

    private func run(
        _ address: EmailAddress,
        plans: [(Plan, SourceKind, String)],
        collector: DiscoveryCollector,
        end: ContinuousClock.Instant,
        progress: (@Sendable (DiscoveryEvent) -> Void)?
    ) async {
        let verifying = prober != nil && options.verify
        let limiter = ProbeLimiter(limit: options.sequential ? 1 : max(1, options.probeConcurrency))
        var probed: Set<String> = []
        let sources = plans.enumerated().filter { if case .guess = $0.element.0 { false } else { true } }

        await withTaskGroup(of: Void.self) { probes in
            // Phase 1: every source at once; each candidate is probed as soon as its source names it, so the
            // slowest source does not hold back the others' verification.
            if options.sequential {
                for (index, (plan, kind, query)) in sources {
                    let servers = await source(
                        index,
                        plan,
                        kind,
                        query,
                        address: address,
                        collector: collector,
                        progress: progress
                    )
                    for server in servers where verifying && probed.insert(server.identity).inserted {
                        await verify(server, collector: collector, end: end, limiter: limiter, progress: progress)
                    }
                }
            } else {
                await withTaskGroup(of: [ServerSettings].self) { group in
                    for (index, (plan, kind, query)) in sources {
                        group.addTask {
                            await source(
                                index,
                                plan,
                                kind,
                                query,
                                address: address,
                                collector: collector,
                                progress: progress
                            )
                        }
                    }
                    for await servers in group {
                        for server in servers where verifying && probed.insert(server.identity).inserted {
                            probes.addTask {
                                await verify(
                                    server,
                                    collector: collector,
                                    end: end,
                                    limiter: limiter,
                                    progress: progress
                                )
                            }
                        }
                    }
                }
            }
            guard !Task.isCancelled else { return }

            // Phase 2: guesses for protocols nobody named, probed like everything else.
            guard let guessIndex = plans.firstIndex(where: { if case .guess = $0.0 { true } else { false } }) else {
                return
            }
            let clock = ContinuousClock()
            let begin = clock.now
            let found = collector.contributedServers()
            guard verifying else {
                let attempt = SourceAttempt(
                    kind: .guess,
                    query: plans[guessIndex].2,
                    status: .skipped,
                    milliseconds: 0,
                    detail: "guesses are reported only when a live probe confirms them (verification is off)"
                )
                collector.record(SourceContribution(attempt: attempt), at: guessIndex)
                return
            }
            let guesses = resolvingPlaceholders(
                await GuessSource.candidates(
                    for: address.domain,
                    having: found,
                    dns: dns,
                    sequential: options.sequential
                ),
                for: address
            )
            let attempt = SourceAttempt(
                kind: .guess,
                query: plans[guessIndex].2,
                status: guesses.isEmpty ? .miss : .hit,
                milliseconds: Self.milliseconds(begin.duration(to: clock.now)),
                detail: guesses.isEmpty
                    ? (found.isEmpty ? "no guessed host name resolves" : "not needed: other sources named servers")
                    : "\(guesses.count) candidates to probe; only confirmed ones are reported"
            )
            collector.record(SourceContribution(attempt: attempt, servers: guesses), at: guessIndex)
            for server in guesses where probed.insert(server.identity).inserted {
                if options.sequential {
                    await verify(server, collector: collector, end: end, limiter: limiter, progress: progress)
                } else {
                    probes.addTask {
                        await verify(server, collector: collector, end: end, limiter: limiter, progress: progress)
                    }
                }
            }
        }
    }

    /// Runs one source, records what it found and returns its servers (placeholders resolved).
    private func source(
        _ index: Int,
        _ plan: Plan,
        _ kind: SourceKind,
        _ query: String,
        address: EmailAddress,
        collector: DiscoveryCollector,
        progress: (@Sendable (DiscoveryEvent) -> Void)?
    ) async -> [ServerSettings] {
        let clock = ContinuousClock()
        let begin = clock.now
        var contribution = await contribution(plan, kind: kind, query: query, address: address)
        contribution.attempt.milliseconds = Self.milliseconds(begin.duration(to: clock.now))
        contribution.servers = resolvingPlaceholders(contribution.servers, for: address)
        collector.record(contribution, at: index)
        progress?(.source(contribution.attempt))
        return contribution.servers
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
        collector: DiscoveryCollector,
        end: ContinuousClock.Instant,
        limiter: ProbeLimiter,
        progress: (@Sendable (DiscoveryEvent) -> Void)?
    ) async {
        guard let prober else { return }
        await limiter.acquire()
        let remaining = ContinuousClock.now.duration(to: end)
        guard remaining > .milliseconds(20), !Task.isCancelled else {
            await limiter.release()
            return
        }
        var probeOptions = prober.options
        probeOptions.totalTimeout = min(probeOptions.totalTimeout, remaining)
        collector.startProbing(server.identity)
        let result = await ServiceProber(connector: prober.connector, options: probeOptions)
            .probe(server.probeService, host: server.host, address: server.knownAddresses.first)
        var verification = CandidateVerdict.verification(for: server, result: result)
        if verification.status == .verified, let note = server.note, note.contains("outside") {
            verification.detail =
                (verification.detail.map { $0 + "; " } ?? "")
                + "SRV target outside the domain accepted: its certificate is valid for it"
        }
        collector.record(verification, for: server.identity)
        await limiter.release()
        var reported = server
        reported.verification = verification
        progress?(.verified(reported))
    }

    private func contribution(
        _ plan: Plan,
        kind: SourceKind,
        query: String,
        address: EmailAddress
    ) async -> SourceContribution {
        switch plan {
        case .database:
            guard let record = database.provider(forDomain: address.domain) else {
                return SourceContribution(
                    attempt: SourceAttempt(
                        kind: kind,
                        query: query,
                        status: .miss,
                        milliseconds: 0,
                        detail: "no provider lists \(address.domain)"
                    )
                )
            }
            let config = record.accountConfig()
            return SourceContribution(
                attempt: SourceAttempt(
                    kind: kind,
                    query: query,
                    status: .hit,
                    milliseconds: 0,
                    detail: "provider \(record.id)"
                ),
                servers: config.servers,
                provider: config
            )
        case .mx:
            guard let dns else {
                return SourceContribution(
                    attempt: SourceAttempt(kind: kind, query: query, status: .skipped, milliseconds: 0)
                )
            }
            return await MXSource(database: database, dns: dns, registrableDomain: registrableDomain)
                .contribution(for: address.domain, query: query)
        case .autoconfig(let url, let trusted):
            guard let http else {
                return SourceContribution(
                    attempt: SourceAttempt(kind: kind, query: query, status: .skipped, milliseconds: 0)
                )
            }
            return await AutoconfigSource(http: http, options: options).contribution(url: url, trusted: trusted)
        case .srv:
            guard let dns else {
                return SourceContribution(
                    attempt: SourceAttempt(kind: kind, query: query, status: .skipped, milliseconds: 0)
                )
            }
            return await SRVSource(dns: dns, sequential: options.sequential).contribution(
                for: address.domain,
                query: query,
                keepOutsideTargets: prober != nil && options.verify
            )
        case .guess:
            return SourceContribution(
                attempt: SourceAttempt(kind: kind, query: query, status: .skipped, milliseconds: 0)
            )
        }
    }

    static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }
}
