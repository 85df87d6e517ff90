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

/// A counting semaphore for async code: at most `limit` probes at a time.
actor ProbeLimiter {
    private let limit: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) {
        self.limit = limit
    }

    func acquire() async {
        if running < limit {
            running += 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty {
            running -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
