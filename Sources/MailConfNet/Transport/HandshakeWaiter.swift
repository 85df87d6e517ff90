import MailConfCore
import NIOCore

/// The TLS handshake as the dialogue waits for it: completed, failed, or still to come (with the promise to
/// complete then). Events in, actions out; the handler does the I/O.
struct HandshakeWaiter {
    private enum State {
        case idle
        case waiting
        case completed
        case failed(TransportError)
    }

    /// What the handler must do with the waiting promise.
    enum Action {
        case none
        case succeed
        case fail(TransportError)
    }

    private var state = State.idle

    /// A new handshake starts (STARTTLS): forget the previous one.
    mutating func reset() {
        state = .idle
    }

    /// The dialogue waits for the handshake.
    mutating func wait() -> Action {
        switch state {
        case .completed: return .succeed
        case .failed(let error): return .fail(error)
        case .idle, .waiting:
            state = .waiting
            return .none
        }
    }

    /// The TLS handler reported the handshake completed.
    mutating func completed() -> Action {
        let waiting = { if case .waiting = state { true } else { false } }()
        state = .completed
        return waiting ? .succeed : .none
    }

    /// The session failed (before or during the handshake).
    mutating func failed(_ error: TransportError) -> Action {
        switch state {
        case .completed, .failed: return .none
        case .waiting:
            state = .failed(error)
            return .fail(error)
        case .idle:
            state = .failed(error)
            return .none
        }
    }

    /// Whether a handshake is awaited now (errors then come from TLS).
    var isWaiting: Bool { if case .waiting = state { true } else { false } }
}
