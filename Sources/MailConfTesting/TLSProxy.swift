import NIOCore
import NIOPosix
public import NIOSSL

/// A TLS-terminating TCP proxy for tests: accepts TLS on `host:port` and passes the bytes, both ways, to a
/// plain-TCP backend (a `mailconf serve` started by the test), as a reverse proxy in front of it would.
public final class TLSProxy: Sendable {
    /// The port bound.
    public let port: Int
    private let channel: any Channel

    /// Starts the proxy.
    public init(host: String, port: Int, tls: NIOSSLContext, backendHost: String, backendPort: Int) async throws {
        channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { inbound in
                let connected = ClientBootstrap(group: inbound.eventLoop)
                    .connect(host: backendHost, port: backendPort)
                return connected.flatMap { outbound in
                    let (toBackend, toClient) = GlueHandler.pair()
                    return inbound.eventLoop.makeCompletedFuture {
                        try inbound.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: tls))
                        try inbound.pipeline.syncOperations.addHandler(toBackend)
                    }.flatMap {
                        outbound.pipeline.addHandler(toClient)
                    }
                }.flatMapError { error in
                    inbound.close(promise: nil)
                    return inbound.eventLoop.makeFailedFuture(error)
                }
            }
            .bind(host: host, port: port)
            .get()
        self.port = channel.localAddress?.port ?? port
    }

    /// Stops accepting connections.
    public func stop() async {
        try? await channel.close().get()
    }
}

/// Passes what one channel reads to its partner's channel and closes the partner when it closes (no back-pressure:
/// test traffic is small). Both partners live on the same event loop.
private final class GlueHandler: ChannelDuplexHandler {
    typealias InboundIn = NIOAny
    typealias OutboundIn = NIOAny
    typealias OutboundOut = NIOAny

    private var partner: GlueHandler?
    private var context: ChannelHandlerContext?

    static func pair() -> (GlueHandler, GlueHandler) {
        let first = GlueHandler()
        let second = GlueHandler()
        first.partner = second
        second.partner = first
        return (first, second)
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        self.context = nil
        partner = nil
    }

    private func partnerWrite(_ data: NIOAny) {
        context?.write(data, promise: nil)
    }

    private func partnerFlush() {
        context?.flush()
    }

    private func partnerWriteEOF() {
        context?.close(mode: .output, promise: nil)
    }

    private func partnerCloseFull() {
        context?.close(promise: nil)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        partner?.partnerWrite(data)
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        partner?.partnerFlush()
    }

    func channelInactive(context: ChannelHandlerContext) {
        partner?.partnerCloseFull()
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let event = event as? ChannelEvent, case .inputClosed = event {
            partner?.partnerWriteEOF()
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        partner?.partnerCloseFull()
        context.close(promise: nil)
    }
}

@available(*, unavailable)
extension GlueHandler: Sendable {}
