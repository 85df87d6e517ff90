import NIOCore

/// A connection until its first bytes arrive: one small handler and the idle timer, instead of the decoder,
/// its buffers and the request handler, which a connection that says nothing never needs (half the connections
/// an attacker holds open). On the first read it puts the HTTP handlers in its place and passes the bytes on.
final class ConnectionStartHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer

    /// What every connection shares: how to build its HTTP handlers (given the factory, so that they can put a
    /// start handler back when they compact).
    final class Factory: Sendable {
        let idleTimeout: TimeAmount
        let metrics: ServerMetrics
        private let make: @Sendable (Factory) -> [any ChannelHandler]

        init(
            idleTimeout: TimeAmount,
            metrics: ServerMetrics,
            makeHandlers: @escaping @Sendable (Factory) -> [any ChannelHandler]
        ) {
            self.idleTimeout = idleTimeout
            self.metrics = metrics
            self.make = makeHandlers
        }

        func makeHandlers() -> [any ChannelHandler] { make(self) }
    }

    private let factory: Factory
    private var timer: Scheduled<Void>?
    /// When the connection is closed if nothing comes: its idle deadline.
    private let idleDeadline: NIODeadline?

    /// A start handler for a new connection (`idleDeadline` nil: the idle timeout from now), or for one whose
    /// HTTP handlers were compacted away.
    init(factory: Factory, idleDeadline: NIODeadline? = nil) {
        self.factory = factory
        self.idleDeadline = idleDeadline
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
        let metrics = factory.metrics
        let deadline = idleDeadline ?? context.eventLoop.now + factory.idleTimeout
        timer = context.eventLoop.assumeIsolated().scheduleTask(deadline: deadline) {
            metrics.connectionClosed(HTTPConnectionStateMachine.CloseReason.idleTimeout.rawValue)
            context.close(promise: nil)
        }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        timer?.cancel()
        timer = nil
        do {
            try context.pipeline.syncOperations.addHandlers(factory.makeHandlers(), position: .after(self))
        } catch {
            context.close(promise: nil)
            return
        }
        context.fireChannelRead(data)
        context.pipeline.syncOperations.removeHandler(context: context, promise: nil)
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is ChannelShouldQuiesceEvent {
            timer?.cancel()
            timer = nil
            factory.metrics.connectionClosed(HTTPConnectionStateMachine.CloseReason.quiesced.rawValue)
            context.close(promise: nil)
            return
        }
        context.fireUserInboundEventTriggered(event)
    }

    func channelInactive(context: ChannelHandlerContext) {
        timer?.cancel()
        timer = nil
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        timer?.cancel()
        timer = nil
    }
}

@available(*, unavailable)
extension ConnectionStartHandler: Sendable {}
