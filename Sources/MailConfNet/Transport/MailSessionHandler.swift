import MailConfCore
import NIOCore
import NIOSSL
import NIOTLS

#if canImport(Glibc)
import Glibc
#endif

/// The last inbound handler of a mail connection: hands the frames the decoder made to the dialogue, one read at a
/// time, each with its deadline; waits for TLS handshakes; and enforces the session's byte cap. The pieces are
/// small: ``FrameQueue`` (frames and the waiting read), ``HandshakeWaiter`` and two ``OneShotTimer``s; this class
/// only does their I/O.
///
/// All methods run on the channel's event loop.
final class MailSessionHandler: ChannelInboundHandler {
    typealias InboundIn = MailFrame

    private let maximumSessionBytes: Int
    private var received = 0
    private var queue = FrameQueue()
    private var handshake = HandshakeWaiter()
    private var readPromise: EventLoopPromise<ByteBuffer>?
    private var handshakePromise: EventLoopPromise<Void>?
    private var readTimer = OneShotTimer()
    private var handshakeTimer = OneShotTimer()
    private var context: ChannelHandlerContext?
    /// Called with handshake errors to make them precise (e.g. with the plaintext a server sent instead of TLS).
    var describeTLSFailure: ((any Error) -> TransportError)?

    init(maximumSessionBytes: Int) {
        self.maximumSessionBytes = maximumSessionBytes
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        self.context = nil
    }

    // MARK: - Requests from the transport

    /// The next line, without its line ending.
    func readLine(timeout: TimeAmount, eventLoop: any EventLoop) -> EventLoopFuture<ByteBuffer> {
        read(.line, timeout: timeout, eventLoop: eventLoop, stage: "waiting for a line")
    }

    /// The IMAP literal of `count` bytes announced by the line just read.
    func readBytes(_ count: Int, timeout: TimeAmount, eventLoop: any EventLoop) -> EventLoopFuture<ByteBuffer> {
        read(.bytes(count), timeout: timeout, eventLoop: eventLoop, stage: "waiting for \(count) bytes")
    }

    private func read(
        _ request: FrameQueue.Request,
        timeout: TimeAmount,
        eventLoop: any EventLoop,
        stage: String
    ) -> EventLoopFuture<ByteBuffer> {
        let promise = eventLoop.makePromise(of: ByteBuffer.self)
        let action = queue.read(request)
        if case .wait = action {
            readPromise = promise
            readTimer.arm(on: eventLoop, after: timeout) { [weak self] in
                guard let self, let pending = self.readPromise else { return }
                self.readPromise = nil
                self.queue.cancelRead()
                pending.fail(TransportError(.timeout, "no answer within \(Self.seconds(timeout)) s (\(stage))"))
                self.context?.close(promise: nil)
            }
        } else {
            run(action, on: promise)
        }
        return promise.futureResult
    }

    /// Before a STARTTLS handshake: what was sent after the reply just read is discarded from now on.
    func startDiscarding() {
        queue.startDiscarding()
        handshake.reset()
    }

    /// The handshake is installed; returns the bytes discarded meanwhile (their count and the start of them).
    func endDiscarding() -> (count: Int, preview: [UInt8]) {
        queue.endDiscarding()
    }

    /// A future that completes when the TLS handshake does.
    func awaitHandshake(timeout: TimeAmount, eventLoop: any EventLoop) -> EventLoopFuture<Void> {
        let promise = eventLoop.makePromise(of: Void.self)
        switch handshake.wait() {
        case .succeed:
            promise.succeed(())
        case .fail(let error):
            promise.fail(error)
        case .none:
            if let failure = queue.failure {
                _ = handshake.failed(failure)
                promise.fail(failure)
                break
            }
            handshakePromise = promise
            handshakeTimer.arm(on: eventLoop, after: timeout) { [weak self] in
                guard let self else { return }
                let error = TransportError(
                    .tlsFailed,
                    "the TLS handshake did not finish within \(Self.seconds(timeout)) s"
                )
                self.failHandshake(error)
                self.context?.close(promise: nil)
            }
        }
        return promise.futureResult
    }

    // MARK: - Channel events

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let frame = unwrapInboundIn(data)
        received += frame.size
        guard received <= maximumSessionBytes else {
            fail(TransportError(.sessionTooLarge, "the server sent more than \(maximumSessionBytes) bytes"))
            context.close(promise: nil)
            return
        }
        deliver(queue.received(frame))
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let event = event as? TLSUserEvent, case .handshakeCompleted = event, case .succeed = handshake.completed() {
            handshakeTimer.cancel()
            handshakePromise?.succeed(())
            handshakePromise = nil
        }
        context.fireUserInboundEventTriggered(event)
    }

    func channelInactive(context: ChannelHandlerContext) {
        fail(TransportError(.closed, "the server closed the connection"))
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        let mapped: TransportError
        switch error {
        case let error as TransportError:
            mapped = error
        case let error as MailFrameDecoder.LineTooLong:
            mapped = TransportError(.lineTooLong, "the server sent a line longer than \(error.maximum) bytes")
        case let error as MailFrameDecoder.LiteralTooLarge:
            mapped = TransportError(
                .sessionTooLarge,
                "IMAP literal of \(error.length) bytes exceeds \(error.maximum)"
            )
        case is ByteToMessageDecoderError:
            // Bytes after the decoder already failed: the first error was reported.
            return
        case let error as IOError where error.errnoCode == ECONNRESET:
            mapped = TransportError(.reset, "the server reset the connection")
        case is NIOSSLError, is BoringSSLError:
            mapped = describeTLSFailure?(error) ?? TransportError(.tlsFailed, String(describing: error))
        default:
            mapped =
                handshake.isWaiting
                ? (describeTLSFailure?(error) ?? TransportError(.tlsFailed, String(describing: error)))
                : TransportError(.other, String(describing: error))
        }
        fail(mapped)
        context.close(promise: nil)
    }

    // MARK: - Internals

    private func fail(_ error: TransportError) {
        deliver(queue.failed(error))
        failHandshake(queue.failure ?? error)
    }

    private func failHandshake(_ error: TransportError) {
        guard case .fail(let failure) = handshake.failed(error) else { return }
        handshakeTimer.cancel()
        handshakePromise?.fail(failure)
        handshakePromise = nil
    }

    private func deliver(_ action: FrameQueue.Action) {
        guard let promise = readPromise else { return }
        if case .wait = action { return }
        readPromise = nil
        readTimer.cancel()
        run(action, on: promise)
    }

    private func run(_ action: FrameQueue.Action, on promise: EventLoopPromise<ByteBuffer>) {
        switch action {
        case .wait: break
        case .deliverLine(let line): promise.succeed(line)
        case .deliverBytes(let bytes): promise.succeed(bytes)
        case .fail(let error): promise.fail(error)
        }
    }

    static func seconds(_ amount: TimeAmount) -> String {
        let value = Double(amount.nanoseconds) / 1e9
        return value == value.rounded() ? String(Int(value)) : String(value)
    }
}

@available(*, unavailable)
extension MailSessionHandler: Sendable {}
