import Synchronization

/// Resumes a continuation at most once, whoever comes first.
private final class ResumeOnce: Sendable {
    private let continuation: Mutex<CheckedContinuation<Void, Never>?>
    private let sleeper = Mutex<Task<Void, Never>?>(nil)

    init(_ continuation: CheckedContinuation<Void, Never>) {
        self.continuation = Mutex(continuation)
    }

    func resume() {
        let pending = continuation.withLock { value -> CheckedContinuation<Void, Never>? in
            defer { value = nil }
            return value
        }
        pending?.resume()
        sleeper.withLock { $0?.cancel() }
    }

    func hold(_ task: Task<Void, Never>) {
        sleeper.withLock { $0 = task }
    }
}

/// Waits for `work` or until `end`, whichever comes first, without waiting for `work` to notice cancellation:
/// a blocked DNS call or a slow peer cannot stretch a deadline.
func waitForCompletion(of work: Task<Void, Never>, until end: ContinuousClock.Instant) async {
    await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
        let once = ResumeOnce(continuation)
        once.hold(
            Task {
                try? await Task.sleep(until: end, clock: .continuous)
                once.resume()
            }
        )
        Task {
            await work.value
            once.resume()
        }
    }
}

/// A queue of work items shared by a fixed number of workers.
final class WorkQueue<Item: Sendable>: Sendable {
    private let items: Mutex<[Item]>

    init(_ items: [Item]) {
        self.items = Mutex(items.reversed())
    }

    /// The next item, or `nil` when the queue is empty.
    func next() -> Item? { items.withLock { $0.popLast() } }
}
