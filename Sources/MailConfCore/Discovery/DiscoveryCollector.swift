import Foundation
import Synchronization

/// Everything a lookup has learnt so far, kept under a lock so that the deadline can assemble an answer from it at
/// any moment.
final class DiscoveryCollector: Sendable {
    struct State {
        var attempts: [SourceAttempt?]
        var contributions: [SourceContribution?]
        var verifications: [String: Verification] = [:]
        var probing: Set<String> = []
    }

    let planned: [(kind: SourceKind, query: String)]
    private let state: Mutex<State>

    init(planned: [(kind: SourceKind, query: String)]) {
        self.planned = planned
        state = Mutex(
            State(
                attempts: Array(repeating: nil, count: planned.count),
                contributions: Array(repeating: nil, count: planned.count)
            )
        )
    }

    func record(_ contribution: SourceContribution, at index: Int) {
        state.withLock { state in
            state.attempts[index] = contribution.attempt
            state.contributions[index] = contribution
        }
    }

    func record(_ verification: Verification, for identity: String) {
        state.withLock { state in
            state.verifications[identity] = verification
            state.probing.remove(identity)
        }
    }

    func startProbing(_ identity: String) {
        state.withLock { _ = $0.probing.insert(identity) }
    }

    var snapshot: State { state.withLock { $0 } }

    /// The non-guess servers contributed so far, in source order, without duplicates.
    func contributedServers() -> [ServerSettings] {
        var seen: Set<String> = []
        return snapshot.contributions.compactMap { $0 }.flatMap(\.servers).filter { seen.insert($0.identity).inserted }
    }

    /// The answer as of now: unfinished sources read as timeouts, unprobed servers as unverified.
    func result(
        for address: EmailAddress,
        ranking: Ranking,
        elapsed: Double,
        verifying: Bool,
        deadlineReached: Bool
    ) -> LookupResult {
        let state = snapshot
        var attempts = planned.enumerated().map { index, plan in
            state.attempts[index]
                ?? SourceAttempt(
                    kind: plan.kind,
                    query: plan.query,
                    status: .timeout,
                    milliseconds: elapsed,
                    detail: "no answer within the lookup's deadline"
                )
        }
        var provider: AccountConfig?
        var servers: [ServerSettings] = []
        var seen: Set<String> = []
        for contribution in state.contributions.compactMap({ $0 }) {
            if provider == nil, let config = contribution.provider { provider = config }
            for var server in contribution.servers where seen.insert(server.identity).inserted {
                if let verification = state.verifications[server.identity] {
                    server.verification = verification
                } else if verifying {
                    let reason =
                        state.probing.contains(server.identity) || deadlineReached
                        ? "the deadline came before the probe finished" : "not probed"
                    server.verification = Verification(status: .unverified, detail: reason)
                }
                // Guesses are reported only when a probe confirmed them.
                if server.source == .guess && server.verification.status != .verified { continue }
                servers.append(server)
            }
        }
        // Guesses count only when confirmed: candidates that no probe confirmed are a miss, not a hit.
        if !servers.contains(where: { $0.source == .guess }),
            let index = attempts.indices.first(where: { attempts[$0].kind == .guess && attempts[$0].status == .hit })
        {
            let guesses = state.contributions[index]?.servers ?? []
            let failed = guesses.filter { state.verifications[$0.identity]?.status == .failed }.count
            let unprobed = guesses.filter { state.verifications[$0.identity] == nil }.count
            var detail = "\(guesses.count) candidates, none confirmed: \(failed) failed their probe"
            if unprobed > 0 { detail += ", \(unprobed) not probed before the deadline" }
            attempts[index].status = .miss
            attempts[index].detail = detail
        }
        var config = provider ?? AccountConfig()
        config.incoming = servers.filter { $0.protocol.isIncoming }
        config.outgoing = servers.filter { !$0.protocol.isIncoming }
        return LookupResult(address: address, config: ranking.ranked(config), sources: attempts)
    }
}
