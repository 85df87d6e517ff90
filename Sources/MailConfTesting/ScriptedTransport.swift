public import MailConfCore
import Synchronization

/// An in-memory ``MailTransport`` that plays a script: the lines the client must send, the server's replies, STARTTLS
/// upgrades and failures, in order. It lets the probe dialogues run without sockets, one step at a time, and
/// records every departure from the script so that a test can assert there was none.
///
/// A client operation takes the next step: `send` a ``Step/client(_:)`` (or ``Step/clientMatching(_:_:)``,
/// ``Step/exchange(_:_:)``), `readLine` a ``Step/server(_:)``, `readBytes` a ``Step/literal(_:)``, `startTLS` a
/// ``Step/startTLS(_:)``. A ``Step/fail(_:)`` step makes whichever operation comes next throw; ``Step/silence``
/// makes every read wait until the connection is closed or the reading task cancelled. Anything else is a
/// violation: it is recorded in ``violations`` and the operation throws a `protocolViolation` naming it.
public final class ScriptedTransport: MailTransport {
    /// One step of a script.
    public enum Step: Sendable, CustomStringConvertible {
        /// The client sends this line (compared without its CRLF).
        case client(String)
        /// The client sends a line that `accepts` accepts: for lines that carry random parts. `label` names it.
        case clientMatching(_ label: String, _ accepts: @Sendable (String) -> Bool)
        /// The client sends a line, and the server's next steps are made from it: for SASL exchanges whose
        /// answers depend on the client's random parts (SCRAM's nonce). `label` names it; `answer` returns `nil`
        /// for a line that is not the one expected.
        case exchange(_ label: String, _ answer: @Sendable (String) -> [Step]?)
        /// The server sends this line (the client reads it without its CRLF).
        case server(String)
        /// The server sends these bytes, read whole as an IMAP literal.
        case literal([UInt8])
        /// The client upgrades the connection with TLS, and the upgrade reports this.
        case startTLS(TLSUpgrade)
        /// The client's next operation, whatever it is, throws this.
        case fail(TransportError)
        /// The server sends nothing more: reads wait until the connection is closed or their task cancelled.
        case silence

        public var description: String {
            switch self {
            case .client(let line): "client sends '\(line)'"
            case .clientMatching(let label, _): "client sends \(label)"
            case .exchange(let label, _): "client sends \(label)"
            case .server(let line): "server sends '\(line)'"
            case .literal(let bytes): "server sends a literal of \(bytes.count) bytes"
            case .startTLS: "client starts TLS"
            case .fail(let error): "next operation fails: \(error.kind)"
            case .silence: "server stays silent"
            }
        }
    }

    private struct State {
        var steps: [Step]
        var sent: [String] = []
        var violations: [String] = []
        var closed = false
        var waiters: [UInt64: CheckedContinuation<Void, Never>] = [:]
        var nextWaiter: UInt64 = 0
    }

    private let state: Mutex<State>

    /// A transport that plays `steps`.
    public init(_ steps: [Step]) {
        state = Mutex(State(steps: steps))
    }

    /// Every line the client sent, without CRLF, in order.
    public var sent: [String] { state.withLock { $0.sent } }
    /// Every departure from the script: a line not expected, a read where a send was due, an operation after the
    /// script's end. Steps left unplayed are in ``unplayed``.
    public var violations: [String] { state.withLock { $0.violations } }
    /// The steps not played yet; a trailing ``Step/silence`` is not counted.
    public var unplayed: [String] {
        state.withLock { state in
            var steps = state.steps
            if case .silence? = steps.last { steps.removeLast() }
            return steps.map(\.description)
        }
    }
    /// Whether the client closed the connection.
    public var isClosed: Bool { state.withLock { $0.closed } }

    private enum Next {
        case line(String)
        case bytes([UInt8])
        case upgrade(TLSUpgrade)
        case failure(TransportError)
        case wait
        case sent
    }

    private enum Operation: CustomStringConvertible {
        case read
        case readBytes(Int)
        case send(String)
        case startTLS
        var description: String {
            switch self {
            case .read: "read a line"
            case .readBytes(let count): "read \(count) bytes"
            case .send(let line): "sent '\(line)'"
            case .startTLS: "started TLS"
            }
        }
    }

    /// Takes the step `operation` is due to play, or records the violation.
    private func take(_ operation: Operation) -> Next {
        state.withLock { state in
            func violation(_ expected: String) -> Next {
                let message = "the client \(operation) where the script expects: \(expected)"
                state.violations.append(message)
                return .failure(TransportError(.protocolViolation, "script violation: " + message))
            }
            if case .send(let line) = operation { state.sent.append(line) }
            if state.closed { return .failure(TransportError(.closed, "the connection is closed")) }
            guard let step = state.steps.first else { return violation("nothing more (the script has ended)") }
            switch (step, operation) {
            case (.fail(let error), _):
                state.steps.removeFirst()
                return .failure(error)
            case (.silence, .send):
                return .sent
            case (.silence, _):
                return .wait
            case (.client(let expected), .send(let line)):
                guard line == expected else { return violation(step.description) }
                state.steps.removeFirst()
                return .sent
            case (.clientMatching(_, let accepts), .send(let line)):
                guard accepts(line) else { return violation(step.description) }
                state.steps.removeFirst()
                return .sent
            case (.exchange(_, let answer), .send(let line)):
                guard let next = answer(line) else { return violation(step.description) }
                state.steps.removeFirst()
                state.steps.insert(contentsOf: next, at: 0)
                return .sent
            case (.server(let line), .read):
                state.steps.removeFirst()
                return .line(line)
            case (.literal(let bytes), .readBytes(let count)):
                guard bytes.count == count else { return violation(step.description) }
                state.steps.removeFirst()
                return .bytes(bytes)
            case (.startTLS(let upgrade), .startTLS):
                state.steps.removeFirst()
                return .upgrade(upgrade)
            default:
                return violation(step.description)
            }
        }
    }

    /// Waits until the connection is closed or the task cancelled, then throws accordingly.
    private func waitForClose() async throws -> Never {
        let id = state.withLock { state in
            defer { state.nextWaiter += 1 }
            return state.nextWaiter
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let now = state.withLock { state -> Bool in
                    if state.closed || Task.isCancelled { return true }
                    state.waiters[id] = continuation
                    return false
                }
                if now { continuation.resume() }
            }
        } onCancel: {
            state.withLock { $0.waiters.removeValue(forKey: id) }?.resume()
        }
        try Task.checkCancellation()
        throw TransportError(.closed, "the connection was closed while the server stayed silent")
    }

    public func readLine(timeout: Duration) async throws -> String {
        switch take(.read) {
        case .line(let line): return line
        case .failure(let error): throw error
        case .wait: try await waitForClose()
        case .bytes, .upgrade, .sent: throw TransportError(.other, "unreachable")
        }
    }

    public func readBytes(_ count: Int, timeout: Duration) async throws -> [UInt8] {
        switch take(.readBytes(count)) {
        case .bytes(let bytes): return bytes
        case .failure(let error): throw error
        case .wait: try await waitForClose()
        case .line, .upgrade, .sent: throw TransportError(.other, "unreachable")
        }
    }

    public func send(_ text: String) async throws {
        var line = text
        if line.hasSuffix("\r\n") {
            line.removeLast()
        } else {
            state.withLock { $0.violations.append("the client sent '\(text)' without CRLF") }
        }
        switch take(.send(line)) {
        case .sent: return
        case .failure(let error): throw error
        case .line, .bytes, .upgrade, .wait: throw TransportError(.other, "unreachable")
        }
    }

    public func startTLS(timeout: Duration) async throws -> TLSUpgrade {
        switch take(.startTLS) {
        case .upgrade(let upgrade): return upgrade
        case .failure(let error): throw error
        case .wait: try await waitForClose()
        case .line, .bytes, .sent: throw TransportError(.other, "unreachable")
        }
    }

    public func close() async {
        let waiters = state.withLock { state in
            state.closed = true
            defer { state.waiters = [:] }
            return Array(state.waiters.values)
        }
        for waiter in waiters { waiter.resume() }
    }
}

extension ScriptedTransport.Step {
    /// The next operation fails with a `kind` error (a timeout, a close, an over-long line…).
    public static func fail(_ kind: TransportError.Kind, _ message: String? = nil) -> Self {
        .fail(TransportError(kind, message ?? "scripted \(kind)"))
    }

    /// The server sends each of `lines`.
    public static func server(_ lines: [String]) -> [Self] { lines.map { .server($0) } }
}

extension TLSUpgrade {
    /// An upgrade that discarded nothing, with `report`.
    public static func clean(_ report: TLSReport) -> TLSUpgrade {
        TLSUpgrade(discardedBytes: 0, discardedPreview: "", report: report, milliseconds: 1)
    }
}
