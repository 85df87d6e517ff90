import MailConfCore
import NIOCore
import NIOSSL
import NIOTLS

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The last inbound handler of a mail connection: buffers what the server sends, hands out one line (or, for IMAP
/// literals, a byte count) per request, and enforces the line-length and session-size caps.
///
/// All methods run on the channel's event loop. One read is outstanding at a time, as the dialogues are strictly
/// request-response.
final class LineBufferHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer

    /// Caps applied to everything the server sends.
    struct Limits: Sendable {
        /// Longest line, without its line ending.
        var maximumLineBytes: Int
        /// Most bytes in the whole session.
        var maximumSessionBytes: Int
    }

    private enum Waiter {
        case line(EventLoopPromise<String>)
        case bytes(Int, EventLoopPromise<[UInt8]>)
    }

    private let limits: Limits
    private var buffer = ByteBuffer()
    private var waiter: Waiter?
    private var timer: Scheduled<Void>?
    private var failure: TransportError?
    private var received = 0
    private var handshake: EventLoopPromise<Void>?
    private var handshakeCompleted = false
    private var handshakeTimer: Scheduled<Void>?
    private var context: ChannelHandlerContext?
    /// Called with handshake errors to enrich them (e.g. with the plaintext a server sent instead of TLS).
    var describeTLSFailure: ((any Error) -> TransportError)?

    init(limits: Limits) {
        self.limits = limits
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        self.context = nil
    }

    // MARK: - Requests from the transport

    func readLine(timeout: TimeAmount, eventLoop: any EventLoop) -> EventLoopFuture<String> {
        let promise = eventLoop.makePromise(of: String.self)
        guard waiter == nil else {
            promise.fail(TransportError(.other, "internal error: two reads at once"))
            return promise.futureResult
        }
        waiter = .line(promise)
        arm(timeout: timeout, eventLoop: eventLoop, stage: "waiting for a line")
        deliver()
        return promise.futureResult
    }

    func readBytes(_ count: Int, timeout: TimeAmount, eventLoop: any EventLoop) -> EventLoopFuture<[UInt8]> {
        let promise = eventLoop.makePromise(of: [UInt8].self)
        guard waiter == nil else {
            promise.fail(TransportError(.other, "internal error: two reads at once"))
            return promise.futureResult
        }
        waiter = .bytes(count, promise)
        arm(timeout: timeout, eventLoop: eventLoop, stage: "waiting for \(count) bytes")
        deliver()
        return promise.futureResult
    }

    /// Takes (and forgets) everything buffered but unread: before a STARTTLS handshake it must be discarded.
    func drain() -> ByteBuffer {
        let drained = buffer
        buffer = ByteBuffer()
        handshakeCompleted = false
        return drained
    }

    /// A future that completes when the TLS handshake does.
    func awaitHandshake(timeout: TimeAmount, eventLoop: any EventLoop) -> EventLoopFuture<Void> {
        let promise = eventLoop.makePromise(of: Void.self)
        if handshakeCompleted {
            promise.succeed(())
            return promise.futureResult
        }
        if let failure {
            promise.fail(failure)
            return promise.futureResult
        }
        handshake = promise
        handshakeTimer = eventLoop.assumeIsolated().scheduleTask(in: timeout) { [weak self] in
            guard let self, let pending = self.handshake else { return }
            self.handshake = nil
            let error = TransportError(.tlsFailed, "the TLS handshake did not finish within \(Self.seconds(timeout)) s")
            pending.fail(error)
            self.context?.close(promise: nil)
        }
        return promise.futureResult
    }

    // MARK: - Channel events

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var incoming = unwrapInboundIn(data)
        received += incoming.readableBytes
        guard received <= limits.maximumSessionBytes else {
            fail(TransportError(.sessionTooLarge, "the server sent more than \(limits.maximumSessionBytes) bytes"))
            context.close(promise: nil)
            return
        }
        guard failure == nil else { return }
        buffer.writeBuffer(&incoming)
        deliver()
        if failure == nil, partialLineLength() > limits.maximumLineBytes + 1 {
            fail(TransportError(.lineTooLong, "the server sent a line longer than \(limits.maximumLineBytes) bytes"))
            context.close(promise: nil)
        }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let event = event as? TLSUserEvent, case .handshakeCompleted = event {
            handshakeCompleted = true
            handshakeTimer?.cancel()
            handshake?.succeed(())
            handshake = nil
        }
        context.fireUserInboundEventTriggered(event)
    }

    func channelInactive(context: ChannelHandlerContext) {
        fail(TransportError(.closed, "the server closed the connection"))
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        let mapped: TransportError
        if let error = error as? TransportError {
            mapped = error
        } else if let error = error as? IOError, error.errnoCode == ECONNRESET {
            mapped = TransportError(.reset, "the server reset the connection")
        } else if error is NIOSSLError || error is BoringSSLError || handshake != nil {
            mapped = describeTLSFailure?(error) ?? TransportError(.tlsFailed, String(describing: error))
        } else {
            mapped = TransportError(.other, String(describing: error))
        }
        fail(mapped)
        context.close(promise: nil)
    }

    // MARK: - Internals

    private func arm(timeout: TimeAmount, eventLoop: any EventLoop, stage: String) {
        timer?.cancel()
        timer = eventLoop.assumeIsolated().scheduleTask(in: timeout) { [weak self] in
            guard let self, self.waiter != nil else { return }
            self.failWaiter(TransportError(.timeout, "no answer within \(Self.seconds(timeout)) s (\(stage))"))
            self.context?.close(promise: nil)
        }
    }

    private func deliver() {
        guard let current = waiter else { return }
        switch current {
        case .line(let promise):
            guard let newline = buffer.readableBytesView.firstIndex(of: 0x0A) else {
                if let failure {
                    finish()
                    promise.fail(failure)
                }
                return
            }
            let length = newline - buffer.readerIndex
            guard var bytes = buffer.readBytes(length: length + 1) else { return }
            bytes.removeLast()
            if bytes.last == 0x0D { bytes.removeLast() }
            finish()
            promise.succeed(String(decoding: bytes, as: UTF8.self))
        case .bytes(let count, let promise):
            if buffer.readableBytes >= count, let bytes = buffer.readBytes(length: count) {
                finish()
                promise.succeed(bytes)
            } else if let failure {
                finish()
                promise.fail(failure)
            }
        }
    }

    private func finish() {
        waiter = nil
        timer?.cancel()
        timer = nil
    }

    private func fail(_ error: TransportError) {
        if failure == nil { failure = error }
        failWaiter(failure ?? error)
        handshakeTimer?.cancel()
        handshake?.fail(failure ?? error)
        handshake = nil
    }

    private func failWaiter(_ error: TransportError) {
        guard let current = waiter else { return }
        finish()
        switch current {
        case .line(let promise): promise.fail(error)
        case .bytes(_, let promise): promise.fail(error)
        }
    }

    /// Bytes after the last line feed in the buffer: the line still being received.
    private func partialLineLength() -> Int {
        let view = buffer.readableBytesView
        guard let last = view.lastIndex(of: 0x0A) else { return view.count }
        return view.endIndex - last - 1
    }

    static func seconds(_ amount: TimeAmount) -> String {
        let value = Double(amount.nanoseconds) / 1e9
        return value == value.rounded() ? String(Int(value)) : String(value)
    }
}

@available(*, unavailable)
extension LineBufferHandler: Sendable {}
