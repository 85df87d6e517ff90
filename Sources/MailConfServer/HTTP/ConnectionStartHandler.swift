import NIOCore

/// A connection until its first bytes arrive: one small handler and the idle timer, instead of the decoder,
/// its buffers and the request handler, which a connection that says nothing never needs (half the connections
/// an attacker holds open). On the first read it puts the HTTP handlers in its place and passes the bytes on.
final class ConnectionStartHandler: ChannelInboundHandler, RemovableChannelHandler, NIOScheduledCallbackHandler {
    typealias InboundIn = ByteBuffer

    /// What every connection shares: how to build its HTTP handlers (given the factory, so that they can put a
    /// start handler back when they compact, and the parked socket, when the connection has one to go back to).
    final class Factory: Sendable {
        let idleTimeout: TimeAmount
        let metrics: ServerMetrics
        private let make: @Sendable (Factory, ParkedSocket?) -> [any ChannelHandler]

        init(
            idleTimeout: TimeAmount,
            metrics: ServerMetrics,
            makeHandlers: @escaping @Sendable (Factory, ParkedSocket?) -> [any ChannelHandler]
        ) {
            self.idleTimeout = idleTimeout
            self.metrics = metrics
            self.make = makeHandlers
        }

        func makeHandlers(parked: ParkedSocket? = nil) -> [any ChannelHandler] { make(self, parked) }
    }

    private let factory: Factory
    /// The idle timer: a scheduled callback to this handler, which costs no promise, future or closure per
    /// connection (a scheduled task costs all three, and every idle connection holds one).
    private var timer: NIOScheduledCallback?
    /// Set while the timer runs, for the callback to close.
    private var context: ChannelHandlerContext?
    /// When the connection is closed if nothing comes: its idle deadline.
    private let idleDeadline: NIODeadline?
    /// The connection's parked socket, handed on to the HTTP handlers.
    private let parked: ParkedSocket?

    /// A start handler for a new connection (`idleDeadline` nil: the idle timeout from now), or for one whose
    /// HTTP handlers were compacted away.
    init(factory: Factory, idleDeadline: NIODeadline? = nil, parked: ParkedSocket? = nil) {
        self.factory = factory
        self.idleDeadline = idleDeadline
        self.parked = parked
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { armTimer(context: context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        armTimer(context: context)
        context.fireChannelActive()
    }

    private func armTimer(context: ChannelHandlerContext) {
        guard timer == nil else { return }
        let deadline = idleDeadline ?? context.eventLoop.now + factory.idleTimeout
        self.context = context
        timer = try? context.eventLoop.assumeIsolated().scheduleCallback(at: deadline, handler: self)
    }

    private func cancelTimer() {
        timer?.cancel()
        timer = nil
        context = nil
    }

    func handleScheduledCallback(eventLoop: some EventLoop) {
        timer = nil
        factory.metrics.connectionClosed(HTTPConnectionStateMachine.CloseReason.idleTimeout.rawValue)
        context?.close(promise: nil)
        context = nil
    }

    func didCancelScheduledCallback(eventLoop: some EventLoop) {}

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        cancelTimer()
        do {
            try context.pipeline.syncOperations.addHandlers(
                factory.makeHandlers(parked: parked),
                position: .after(self)
            )
        } catch {
            context.close(promise: nil)
            return
        }
        context.fireChannelRead(data)
        context.pipeline.syncOperations.removeHandler(context: context, promise: nil)
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is ChannelShouldQuiesceEvent {
            cancelTimer()
            factory.metrics.connectionClosed(HTTPConnectionStateMachine.CloseReason.quiesced.rawValue)
            context.close(promise: nil)
            return
        }
        context.fireUserInboundEventTriggered(event)
    }

    func channelInactive(context: ChannelHandlerContext) {
        cancelTimer()
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        cancelTimer()
    }
}

@available(*, unavailable)
extension ConnectionStartHandler: Sendable {}
