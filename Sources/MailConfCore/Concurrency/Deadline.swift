/// Runs `operation` until it ends or `end` comes, whichever is first; at `end` the operation is cancelled.
///
/// Structured: the call returns only once the operation has ended, so no work outlives it. Every network step in
/// MailConf honours cancellation (DNS queries, connections, reads, TLS handshakes, HTTP fetches, waits for a probe
/// slot), so a cancelled operation ends within milliseconds and the deadline holds. This is the one place a
/// deadline is raced: discovery, each probe and the server's shutdown all use it.
///
/// - Parameter onExpiry: runs when the deadline comes, before the operation is cancelled (e.g. to seal a result,
///   so that what cancelled work reports as it ends is not taken for news).
/// - Returns: what the operation returned (after cancellation it returns what it has so far), and whether the
///   deadline came first.
public func withDeadline<Value: Sendable>(
    _ end: ContinuousClock.Instant,
    onExpiry: @Sendable () -> Void = {},
    _ operation: @escaping @Sendable () async -> Value
) async -> (value: Value, expired: Bool) {
    await withTaskGroup(of: DeadlineEvent<Value>.self) { group in
        group.addTask { .finished(await operation()) }
        group.addTask {
            // A cancelled sleep (the operation finished first) must not count as the deadline.
            do {
                try await Task.sleep(until: end, clock: .continuous)
                return .expired
            } catch {
                return .sleepCancelled
            }
        }
        var expired = false
        while let event = await group.next() {
            switch event {
            case .finished(let value):
                group.cancelAll()
                return (value, expired)
            case .expired:
                expired = true
                onExpiry()
                group.cancelAll()
            case .sleepCancelled:
                break
            }
        }
        // Unreachable: the operation's child always reports.
        preconditionFailure("withDeadline: the operation did not report")
    }
}

/// Runs `operation` for at most `duration` (see ``withDeadline(_:_:)``).
public func withTimeout<Value: Sendable>(
    _ duration: Duration,
    _ operation: @escaping @Sendable () async -> Value
) async -> (value: Value, expired: Bool) {
    await withDeadline(ContinuousClock.now.advanced(by: duration), operation)
}

private enum DeadlineEvent<Value: Sendable>: Sendable {
    case finished(Value)
    case expired
    case sleepCancelled
}
