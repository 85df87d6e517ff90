import Synchronization

/// The result of a probe under construction, shared between the dialogue, the TLS version checks and the deadline
/// that may cut them short, so that whatever was learnt before a timeout is kept.
///
/// Once sealed (the deadline passed, or the probe reached its conclusion early), ordinary updates are dropped: a
/// dialogue whose connection was closed under it cannot add a false "connection closed" beside the real reason.
/// The deadline seals by the clock, not only when the task that watches it runs: on a busy machine that task may
/// run seconds late, after a connect timeout or a closed connection has already been reported.
final class ProbeRecorder: Sendable {
    private struct State {
        var result: ProbeResult
        var sealed = false
        var missedDeadline = false
        var heard = false
        var tlsAttempted = false
    }

    private let state: Mutex<State>
    private let deadline: ContinuousClock.Instant?
    private let transportBox = Mutex<(any MailTransport)?>(nil)
    private let settled = Mutex<(done: Bool, waiters: [CheckedContinuation<Void, Never>])>((false, []))

    /// A recorder for `result`, sealed from `deadline` on.
    init(_ result: ProbeResult, sealedAt deadline: ContinuousClock.Instant? = nil) {
        state = Mutex(State(result: result))
        self.deadline = deadline
    }

    /// Applies `body` unless the result is sealed.
    func update(_ body: (inout ProbeResult) -> Void) {
        state.withLock { state in
            if !state.sealed, let deadline, ContinuousClock.now >= deadline {
                state.sealed = true
                state.missedDeadline = true
            }
            guard !state.sealed else { return }
            body(&state.result)
        }
    }

    /// Whether an update came after the deadline (and was dropped): the probe did not finish in time, even if the
    /// task watching the deadline had not run yet when it ended.
    var missedDeadline: Bool { state.withLock { $0.missedDeadline } }

    /// Applies `body` even to a sealed result: the prober's own closing bookkeeping.
    func finish(_ body: (inout ProbeResult) -> Void) {
        state.withLock { body(&$0.result) }
    }

    /// Stops ordinary updates.
    func seal() {
        state.withLock { $0.sealed = true }
    }

    var result: ProbeResult { state.withLock { $0.result } }

    /// Notes that the server sent a line.
    func noteHeard() {
        state.withLock { $0.heard = true }
    }

    /// Whether the server has sent a line.
    var heard: Bool { state.withLock { $0.heard } }

    /// Notes that a TLS handshake was started (at connect or after STARTTLS).
    func noteTLSAttempted() {
        state.withLock { $0.tlsAttempted = true }
    }

    /// Whether a TLS handshake was started.
    var tlsAttempted: Bool { state.withLock { $0.tlsAttempted } }

    /// Notes that the session's TLS handshake is over (done or failed), or that there will be none.
    func noteTLSSettled() {
        let waiters = settled.withLock { state -> [CheckedContinuation<Void, Never>] in
            state.done = true
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume() }
    }

    /// Returns once ``noteTLSSettled()`` was called, or at once when the task is cancelled.
    func tlsSettled() async {
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let now = settled.withLock { state -> Bool in
                    if state.done || Task.isCancelled { return true }
                    state.waiters.append(continuation)
                    return false
                }
                if now { continuation.resume() }
            }
        } onCancel: {
            noteTLSSettled()
        }
    }

    func attach(_ transport: any MailTransport) {
        transportBox.withLock { $0 = transport }
    }

    var transport: (any MailTransport)? { transportBox.withLock { $0 } }
}
