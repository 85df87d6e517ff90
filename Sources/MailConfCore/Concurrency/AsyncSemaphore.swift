import Synchronization

/// At most `limit` holders at once; others wait their turn, first come first served. A waiter whose task is
/// cancelled leaves the queue at once, so a deadline also ends the wait for a slot.
public final class AsyncSemaphore: Sendable {
    private struct Waiter {
        var id: UInt64
        var continuation: CheckedContinuation<Bool, Never>
    }

    private struct State {
        var available: Int
        var waiting: [Waiter] = []
        var nextID: UInt64 = 0
    }

    private let state: Mutex<State>

    /// A semaphore with `limit` slots (at least one).
    public init(limit: Int) {
        state = Mutex(State(available: max(1, limit)))
    }

    /// Waits for a slot. Returns `false`, holding nothing, when the task was cancelled before one came free.
    public func acquire() async -> Bool {
        if Task.isCancelled { return false }
        let id = state.withLock { state -> UInt64? in
            if state.available > 0 {
                state.available -= 1
                return nil
            }
            state.nextID &+= 1
            return state.nextID
        }
        guard let id else { return true }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
                let cancelledAlready = state.withLock { state -> Bool in
                    if Task.isCancelled { return true }
                    state.waiting.append(Waiter(id: id, continuation: continuation))
                    return false
                }
                if cancelledAlready { continuation.resume(returning: false) }
            }
        } onCancel: {
            let waiter = state.withLock { state -> Waiter? in
                guard let index = state.waiting.firstIndex(where: { $0.id == id }) else { return nil }
                return state.waiting.remove(at: index)
            }
            waiter?.continuation.resume(returning: false)
        }
    }

    /// Gives a slot back; the longest waiter gets it.
    public func release() {
        let next = state.withLock { state -> Waiter? in
            if state.waiting.isEmpty {
                state.available += 1
                return nil
            }
            return state.waiting.removeFirst()
        }
        next?.continuation.resume(returning: true)
    }

    /// Runs `body` holding a slot; `nil` when cancelled while waiting for one.
    public func withSlot<T: Sendable>(_ body: () async -> T) async -> T? {
        guard await acquire() else { return nil }
        defer { release() }
        return await body()
    }
}
