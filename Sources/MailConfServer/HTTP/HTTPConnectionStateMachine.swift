import NIOCore
import NIOHTTP1

/// The life of one HTTP/1.1 connection as a value: events in (request parts, reads, timers, parse errors,
/// quiescing), actions out (answer, reject, send `100 Continue`, close, read, arm the timer). ``HTTPHandler``
/// only carries these actions out, so every rule below is tested without a socket or a clock.
///
/// - Requests are answered one at a time, in order: while one is being answered, the parts of pipelined requests
///   behind it wait in a bounded queue (``Configuration/maximumQueuedParts``; beyond it the connection is cut) and
///   no more bytes are read.
/// - A body is capped (`413`, then close), before it is read when `Content-Length` already says too much.
/// - `Expect: 100-continue` gets `100 Continue` before the body is read.
/// - A request must arrive whole within ``Configuration/requestTimeout`` once its first bytes have come, however
///   it is trickled; a connection with nothing to say is closed after ``Configuration/idleTimeout``. One timer
///   serves both, re-armed only when a deadline moves earlier, so a keep-alive request costs no timer at all.
/// - Bytes that are not HTTP get `400` (an oversized head `431`), after any response already due, and the
///   connection closes. A request target may hold raw UTF-8, but no invalid bytes.
/// - Quiescing (graceful shutdown) closes an idle connection at once and any other after its current response.
struct HTTPConnectionStateMachine {
    /// The limits of a connection.
    struct Configuration: Sendable {
        /// Largest request body.
        var maximumBodyBytes = 64 * 1024
        /// Most request parts held while a response is being made.
        var maximumQueuedParts = 256
        /// Time a connection may stay silent between requests.
        var idleTimeout = TimeAmount.seconds(15)
        /// Time for a whole request (head and body) once its first bytes arrived.
        var requestTimeout = TimeAmount.seconds(10)
        /// Silence after which a kept-alive connection gives up its decoder and request handler until its next
        /// bytes (`nil`: never), so that an idle connection holds as little as one that never spoke.
        var compactAfter: TimeAmount? = .seconds(1)
    }

    /// Why the parser gave up on the bytes.
    enum ParseFailure: Equatable, Sendable {
        /// Not HTTP.
        case malformed
        /// A head over the cap.
        case headerTooLarge

        var status: HTTPResponseStatus {
            switch self {
            case .malformed: .badRequest
            case .headerTooLarge: .requestHeaderFieldsTooLarge
            }
        }
    }

    /// Why a connection was closed without a response, for `/metrics`.
    enum CloseReason: String, Equatable, Sendable, CaseIterable {
        /// Silent past the idle timeout.
        case idleTimeout = "idle_timeout"
        /// A request that did not arrive whole in time.
        case requestTimeout = "request_timeout"
        /// Too many pipelined request parts while one was being answered.
        case pipelineOverflow = "pipeline_overflow"
        /// The server is shutting down.
        case quiesced
    }

    /// What the handler must do.
    enum Action: Equatable {
        case none
        /// Pass a read on to the channel.
        case read
        /// Write `100 Continue`.
        case sendContinue
        /// Answer this request; report the response with ``responseReady()``.
        case answer(HTTPRequestHead, body: ByteBuffer?)
        /// Write an error response of this status (for the request `head`, when one was read), then close.
        case reject(HTTPResponseStatus, head: HTTPRequestHead?)
        /// Close without a response.
        case close(CloseReason)
        /// Arm the connection's timer for this deadline (replacing any other); report it with ``timerFired(now:)``.
        case scheduleTimer(NIODeadline)
        /// Idle between requests with nothing buffered: replace the HTTP handlers by the small start handler,
        /// whose idle timer is due at this deadline.
        case compact(idleDeadline: NIODeadline)
    }

    /// How the response to the current request is sent.
    enum Completion: Equatable {
        /// Keep the connection open for the next request.
        case keepAlive
        /// Say `Connection: close`, then close once written.
        case close
    }

    private enum State {
        /// Between requests. `partial`: bytes of an unfinished head have arrived.
        case idle
        case receiving(HTTPRequestHead, body: ByteBuffer?)
        case answering(HTTPRequestHead)
        case closing
        case closed
    }

    private enum Queued {
        case part(HTTPServerRequestPart)
        case failure(ParseFailure)
    }

    private let configuration: Configuration
    private var state = State.idle
    /// Parts of pipelined requests read while one was being answered; empty (no storage) nearly always.
    private var queue: [Queued] = []
    private var quiescing = false
    private var readPending = false
    private var completedInThisRead = false
    /// When the first bytes of the request now arriving came.
    private var requestStarted: NIODeadline?
    /// Whether the decoder holds part of a request behind the last whole one (never compacted away).
    private var partialHeld = false
    private var lastActivity: NIODeadline
    private var timerDeadline: NIODeadline?

    init(configuration: Configuration, now: NIODeadline) {
        self.configuration = configuration
        self.lastActivity = now
    }

    /// Whether a response is being made.
    var isAnswering: Bool {
        if case .answering = state { return true }
        return false
    }

    /// Whether the connection is closing or closed: nothing more is read or answered.
    var isClosing: Bool {
        switch state {
        case .closing, .closed: true
        default: false
        }
    }

    // MARK: - Events

    /// The connection became active: arm the idle timer.
    mutating func channelActive(now: NIODeadline) -> Action {
        lastActivity = now
        return armTimer()
    }

    /// A part of a request was decoded.
    mutating func channelRead(_ part: HTTPServerRequestPart, now: NIODeadline) -> Action {
        switch state {
        case .closing, .closed:
            return .none
        case .answering:
            guard queue.count < configuration.maximumQueuedParts else { return close(.pipelineOverflow) }
            queue.append(.part(part))
            return .none
        case .idle, .receiving:
            return process(part, now: now)
        }
    }

    /// The parser gave up on the bytes.
    mutating func parseFailed(_ failure: ParseFailure) -> Action {
        switch state {
        case .closing, .closed:
            return .none
        case .answering:
            // The response already due goes first.
            queue.append(.failure(failure))
            return .none
        case .idle:
            state = .closing
            return .reject(failure.status, head: nil)
        case .receiving(let head, _):
            state = .closing
            return .reject(failure.status, head: head)
        }
    }

    /// A read ended: starts a request's clock when it brought bytes but no whole request, or bytes of another
    /// request after a whole one (`partialRequest`: what framing the raw bytes says).
    mutating func readComplete(now: NIODeadline, partialRequest: Bool = false) -> Action {
        lastActivity = now
        partialHeld = partialRequest
        defer { completedInThisRead = false }
        switch state {
        case .idle:
            // A read that brought no complete request carried part of a head (the decoder shows nothing of it
            // until it is whole), and so did one that brought a request and the start of the next.
            if !completedInThisRead || partialRequest, requestStarted == nil { requestStarted = now }
        case .receiving:
            break
        case .answering, .closing, .closed:
            return .none
        }
        return armTimer()
    }

    /// The channel wants to read: held back while a response is being made.
    mutating func readRequested() -> Action {
        switch state {
        case .answering:
            readPending = true
            return .none
        case .closing, .closed:
            return .none
        case .idle, .receiving:
            return .read
        }
    }

    /// The response to the current request is ready.
    mutating func responseReady() -> Completion {
        guard case .answering(let head) = state else { return .close }
        guard head.isKeepAlive, !quiescing else {
            state = .closing
            queue = []
            return .close
        }
        state = .idle
        return .keepAlive
    }

    /// After a response: the next queued request part's action, or a held-back read; `.none` when there is
    /// nothing more to do now. Call until `.none`.
    mutating func resume(now: NIODeadline) -> Action {
        switch state {
        case .idle, .receiving:
            break
        case .answering, .closing, .closed:
            return .none
        }
        while !queue.isEmpty {
            let next = queue.removeFirst()
            if queue.isEmpty { queue = [] }
            let action: Action
            switch next {
            case .part(let part): action = process(part, now: now)
            case .failure(let failure): action = parseFailed(failure)
            }
            if action != .none { return action }
        }
        if readPending {
            readPending = false
            return .read
        }
        return armTimer()
    }

    /// The timer armed by `.scheduleTimer` fired.
    mutating func timerFired(now: NIODeadline) -> Action {
        timerDeadline = nil
        switch state {
        case .closing, .closed:
            return .none
        case .answering:
            // The answer has its own deadline; the connection's clocks start again after it.
            return armTimer(from: now)
        case .idle, .receiving:
            if let started = requestStarted, now >= started + configuration.requestTimeout {
                return close(.requestTimeout)
            }
            if requestStarted == nil, now >= lastActivity + configuration.idleTimeout {
                return close(.idleTimeout)
            }
            if case .idle = state, requestStarted == nil, queue.isEmpty, !readPending, !partialHeld,
                let compactAfter = configuration.compactAfter, now >= lastActivity + compactAfter
            {
                state = .closing
                return .compact(idleDeadline: lastActivity + configuration.idleTimeout)
            }
            return armTimer()
        }
    }

    /// Graceful shutdown: close now when idle, else after the current response.
    mutating func quiesce() -> Action {
        quiescing = true
        switch state {
        case .idle where requestStarted == nil:
            return close(.quiesced)
        default:
            return .none
        }
    }

    /// The channel closed.
    mutating func channelInactive() {
        state = .closed
        queue = []
    }

    // MARK: - Steps

    private mutating func process(_ part: HTTPServerRequestPart, now: NIODeadline) -> Action {
        switch (state, part) {
        case (.idle, .head(let head)):
            if requestStarted == nil { requestStarted = now }
            // Raw UTF-8 in the target is accepted (some mail clients send an IDN address unencoded); bytes that
            // are not UTF-8 reach here as U+FFFD, the decoder's replacement, and are refused.
            if head.uri.unicodeScalars.contains("\u{FFFD}") {
                state = .closing
                return .reject(.badRequest, head: head)
            }
            if let length = head.headers.first(name: "Content-Length").flatMap(Int.init),
                length > configuration.maximumBodyBytes
            {
                state = .closing
                return .reject(.payloadTooLarge, head: head)
            }
            state = .receiving(head, body: nil)
            let hasBody =
                head.headers.first(name: "Content-Length").flatMap(Int.init).map { $0 > 0 }
                ?? head.headers.contains(name: "Transfer-Encoding")
            if head.version.minor >= 1, hasBody, head.headers.first(name: "Expect")?.lowercased() == "100-continue" {
                return .sendContinue
            }
            return .none
        case (.receiving(let head, var body), .body(var chunk)):
            guard (body?.readableBytes ?? 0) + chunk.readableBytes <= configuration.maximumBodyBytes else {
                state = .closing
                return .reject(.payloadTooLarge, head: head)
            }
            // Out of the state while it grows, so that the append does not copy it.
            state = .idle
            if body == nil {
                body = chunk
            } else {
                body?.writeBuffer(&chunk)
            }
            state = .receiving(head, body: body)
            return .none
        case (.receiving(let head, let body), .end):
            state = .answering(head)
            requestStarted = nil
            completedInThisRead = true
            return .answer(head, body: body)
        default:
            // The decoder never sends parts out of order; if it did, the connection cannot be trusted.
            state = .closing
            return .reject(.badRequest, head: nil)
        }
    }

    private mutating func close(_ reason: CloseReason) -> Action {
        state = .closing
        queue = []
        return .close(reason)
    }

    /// The earliest deadline now due: the request's, when one is arriving, and the idle one.
    private mutating func armTimer(from now: NIODeadline? = nil) -> Action {
        var due = (now ?? lastActivity) + configuration.idleTimeout
        if let started = requestStarted { due = min(due, started + configuration.requestTimeout) }
        if requestStarted == nil, !partialHeld, case .idle = state, let compactAfter = configuration.compactAfter {
            due = min(due, (now ?? lastActivity) + compactAfter)
        }
        if let armed = timerDeadline, armed <= due { return .none }
        timerDeadline = due
        return .scheduleTimer(due)
    }
}
