import Synchronization

/// Everything a lookup has learnt so far, kept under a lock so that the answer can be assembled from it however
/// the lookup ended: every source finished, or the deadline cut some short.
final class DiscoveryState: Sendable {
    private struct State {
        var attempts: [SourceAttempt?]
        var findings: [SourceFinding?]
        var verifications: [String: Verification] = [:]
        var webVerifications: [String: Verification] = [:]
        var probing: Set<String> = []
        /// Servers whose probe found that their host name does not exist (NXDOMAIN or no address).
        var namesMissing: Set<String> = []
        /// Whether DNS gave a real answer during this lookup: a record, a name that exists, an address.
        var dnsAnswered = false
    }

    private let planned: [(kind: SourceKind, query: String)]
    private let state: Mutex<State>

    init(planned: [(kind: SourceKind, query: String)]) {
        self.planned = planned
        state = Mutex(
            State(
                attempts: Array(repeating: nil, count: planned.count),
                findings: Array(repeating: nil, count: planned.count)
            )
        )
    }

    func record(_ finding: SourceFinding, milliseconds: Double, at index: Int) -> SourceAttempt {
        let attempt = SourceAttempt(
            kind: planned[index].kind,
            query: planned[index].query,
            outcome: finding.outcome,
            milliseconds: milliseconds,
            detail: finding.detail
        )
        state.withLock { state in
            state.attempts[index] = attempt
            state.findings[index] = finding
            if attempt.showsThatDNSAnswers { state.dnsAnswered = true }
        }
        return attempt
    }

    func startProbing(_ identity: String) {
        state.withLock { _ = $0.probing.insert(identity) }
    }

    func record(_ verification: Verification, for identity: String, dns: ProbeResult.NameResolution = .notAsked) {
        state.withLock { state in
            state.verifications[identity] = verification
            state.probing.remove(identity)
            switch dns {
            case .resolved: state.dnsAnswered = true
            case .nameMissing: state.namesMissing.insert(identity)
            case .notAsked: break
            }
        }
    }

    func record(_ verification: Verification, forURL url: String) {
        state.withLock { $0.webVerifications[url] = verification }
    }

    /// The servers named so far, in source order, without duplicates.
    func namedServers() -> [ServerSettings] {
        var seen: Set<String> = []
        return state.withLock { $0.findings }.compactMap { $0 }.flatMap(\.servers)
            .filter { seen.insert($0.identity).inserted }
    }

    /// The answer as of now: unfinished sources read as timeouts, unprobed servers as unverified, guesses kept only
    /// when a probe confirmed them.
    func result(
        for address: EmailAddress,
        ranking: Ranking,
        elapsed: Double,
        verifying: Bool,
        deadlineReached: Bool
    ) -> LookupResult {
        let state = self.state.withLock { $0 }
        var attempts = planned.enumerated().map { index, plan in
            state.attempts[index]
                ?? SourceAttempt(
                    kind: plan.kind,
                    query: plan.query,
                    outcome: .timeout,
                    milliseconds: elapsed,
                    detail: "no answer within the lookup's deadline"
                )
        }
        var provider: AccountConfig?
        var servers: [ServerSettings] = []
        var seen: Set<String> = []
        for finding in state.findings.compactMap({ $0 }) {
            if provider == nil, let config = finding.provider { provider = config }
            for var server in finding.servers where seen.insert(server.identity).inserted {
                if var verification = state.verifications[server.identity] {
                    // "No such name" is news about a server only from a resolver that knows some names: one
                    // that answers it for every name asked (a walled network) tells nothing.
                    if verification.status == .failed && state.namesMissing.contains(server.identity)
                        && !state.dnsAnswered
                    {
                        verification = Verification(
                            status: .unverified,
                            detail: "could not check: \(verification.detail ?? "the name does not resolve"); no name "
                                + "this lookup asked resolved, so the DNS server's answer is not taken as the truth"
                        )
                    }
                    server.verification = verification
                } else if verifying {
                    let reason =
                        state.probing.contains(server.identity) || deadlineReached
                        ? "the deadline came before the probe finished" : "not probed"
                    server.verification = Verification(status: .unverified, detail: reason)
                }
                if server.origin == .guess && server.verification.status != .verified { continue }
                servers.append(server)
            }
        }
        // Guesses count only when confirmed: candidates that no probe confirmed are a miss, not a hit.
        if !servers.contains(where: { $0.origin == .guess }),
            let index = attempts.indices.first(where: { attempts[$0].kind == .guess && attempts[$0].outcome == .hit })
        {
            let guesses = state.findings[index]?.servers ?? []
            let failed = guesses.filter { state.verifications[$0.identity]?.status == .failed }.count
            let unprobed = guesses.filter { state.verifications[$0.identity] == nil }.count
            var detail = "\(guesses.count) candidates, none confirmed: \(failed) failed their probe"
            if unprobed > 0 { detail += ", \(unprobed) not probed before the deadline" }
            attempts[index].outcome = .miss(.noneConfirmed(failed: failed, unprobed: unprobed))
            attempts[index].detail = detail
        }
        var config = provider ?? AccountConfig()
        config.exchange = config.exchange.map { service in
            var service = service
            if let verification = state.webVerifications[service.url] {
                service.verification = verification
            } else if verifying {
                service.verification = Verification(
                    status: .unverified,
                    detail: deadlineReached ? "the deadline came before the check finished" : "not checked"
                )
            }
            return service
        }
        config.incoming = servers.filter { $0.protocol.isIncoming }
        config.outgoing = servers.filter { !$0.protocol.isIncoming }
        return LookupResult(address: address, config: ranking.ranked(config), sources: attempts)
    }
}

extension SourceAttempt {
    /// Whether this attempt shows that DNS answers with real data: a DNS source found records, or a name that
    /// exists without the records asked, or an HTTP source reached a server by name.
    var showsThatDNSAnswers: Bool {
        switch (kind, outcome) {
        case (.database, _), (_, .skipped), (_, .timeout), (_, .error): false
        case (_, .hit): true
        case (.mx, .miss(let miss)), (.srv, .miss(let miss)), (.guess, .miss(let miss)):
            switch miss {
            case .noRecords, .declaredUnavailable, .outsideTargetsUnverified, .noKnownProvider, .noneConfirmed: true
            default: false
            }
        case (.autoconfig, .miss(let miss)):
            switch miss {
            case .httpStatus, .emptyDocument: true
            default: false
            }
        default: false
        }
    }
}
