import Synchronization

/// Concurrent requests for one key share one computation: the first caller computes, in its own task, and
/// callers that arrive meanwhile wait for its value instead of computing again. No task is spawned: the work runs
/// in the first caller's task, so it ends with that task's deadline.
public final class SingleFlight<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    /// How a caller got its value.
    public enum Role: Sendable {
        /// It computed the value.
        case computed
        /// It waited for another caller's computation.
        case joined
    }

    private struct State {
        var waiters: [Key: [UInt64: CheckedContinuation<Value?, Never>]] = [:]
        var nextID: UInt64 = 0
    }

    private let state = Mutex(State())

    /// Creates an empty table.
    public init() {}

    /// Whether a computation for `key` is under way.
    public func isRunning(_ key: Key) -> Bool { state.withLock { $0.waiters[key] != nil } }

    /// The value for `key`: computed by `compute` unless a computation is under way, then that one's value.
    /// `nil` when the caller's task was cancelled while it waited. `completed` runs under the table's lock once
    /// the value is known and before the waiters get it (store it in a cache there, so that a caller arriving
    /// just after finds it).
    public func value(
        for key: Key,
        compute: () async -> Value,
        completed: (Value) -> Void = { _ in }
    ) async -> (value: Value, role: Role)? {
        let joinID = state.withLock { state -> UInt64? in
            guard state.waiters[key] != nil else {
                state.waiters[key] = [:]
                return nil
            }
            state.nextID &+= 1
            return state.nextID
        }
        guard let joinID else {
            let value = await compute()
            let waiters = state.withLock { state -> [CheckedContinuation<Value?, Never>] in
                completed(value)
                return state.waiters.removeValue(forKey: key).map { Array($0.values) } ?? []
            }
            for waiter in waiters { waiter.resume(returning: value) }
            return (value, .computed)
        }
        let value = await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Value?, Never>) in
                let resumeNow = state.withLock { state -> Bool in
                    guard !Task.isCancelled, state.waiters[key] != nil else { return true }
                    state.waiters[key]?[joinID] = continuation
                    return false
                }
                if resumeNow { continuation.resume(returning: nil) }
            }
        } onCancel: {
            let waiter = state.withLock { $0.waiters[key]?.removeValue(forKey: joinID) }
            waiter?.resume(returning: nil)
        }
        return value.map { ($0, .joined) }
    }
}
