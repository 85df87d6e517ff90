public import NIOCore
import Synchronization

extension EventLoopFuture where Value: Sendable {
    /// Waits until the future completes — or until the waiting task is cancelled, which `get()` ignores. Either way
    /// returns without its value: for waiting under ``withDeadline(_:_:)``.
    public func completion() async {
        let resumer = OnceResumer()
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                resumer.install(continuation)
                self.whenComplete { _ in resumer.resume() }
            }
        } onCancel: {
            resumer.resume()
        }
    }
}

/// Resumes a continuation once, whoever comes first: completion or cancellation (even one before it is installed).
private final class OnceResumer: Sendable {
    private struct State {
        var continuation: CheckedContinuation<Void, Never>?
        var done = false
    }

    private let state = Mutex(State())

    func install(_ continuation: CheckedContinuation<Void, Never>) {
        let resumeNow = state.withLock { state -> Bool in
            if state.done { return true }
            state.continuation = continuation
            return false
        }
        if resumeNow { continuation.resume() }
    }

    func resume() {
        let continuation = state.withLock { state -> CheckedContinuation<Void, Never>? in
            state.done = true
            defer { state.continuation = nil }
            return state.continuation
        }
        continuation?.resume()
    }
}
