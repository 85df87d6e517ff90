import MailConfCore
import MailConfNet
import NIOCore
import NIOExtras
import NIOPosix
import Synchronization

/// How connections reach the HTTP handlers, and how they are let go at shutdown.
protocol ConnectionIntake: Sendable {
    /// The address bound.
    var localAddress: SocketAddress? { get }
    /// Open connections kept without a channel.
    var parkedCount: Int { get }
    /// Stops accepting, closes idle connections, lets the others finish their response (up to `grace`), then
    /// closes what is left.
    func shutdown(grace: Duration) async
}

/// What both intakes share: the address, the limit and the handlers (which carry the idle timeout and metrics).
struct IntakeSetup: Sendable {
    var host: String
    var port: Int
    var counter: ConnectionCounter
    var factory: ConnectionStartHandler.Factory

    /// A connection keeps its receive buffer between reads: 512 bytes hold a typical request, and it grows only
    /// for a connection that sends more.
    static let receiveBuffer = AdaptiveRecvByteBufferAllocator(minimum: 64, initial: 512, maximum: 65536)
}

#if os(Linux)
/// Connections accepted by ``ConnectionParking``: a channel exists only while a connection has something to say.
final class ParkingIntake: ConnectionIntake {
    private let parking: ConnectionParking
    private let channels: ChannelRegistry

    var localAddress: SocketAddress? { parking.localAddress }
    var parkedCount: Int { parking.parkedCount }

    init(_ setup: IntakeSetup, group: MultiThreadedEventLoopGroup) throws {
        let channels = ChannelRegistry()
        let factory = setup.factory
        parking = try ConnectionParking(
            host: setup.host,
            port: setup.port,
            backlog: 1024,
            idleTimeout: factory.idleTimeout,
            counter: setup.counter,
            metrics: factory.metrics
        ) { descriptor, socket in
            let bootstrap = ClientBootstrap(group: group)
                .channelOption(.maxMessagesPerRead, value: 16)
                .channelOption(.recvAllocator, value: IntakeSetup.receiveBuffer)
                .channelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        channel.closeFuture.whenComplete { _ in
                            channels.remove(channel)
                            socket.channelClosed()
                        }
                        guard channels.add(channel) else { throw ChannelError.ioOnClosedChannel }
                        try channel.pipeline.syncOperations.addHandlers(factory.makeHandlers(parked: socket))
                    }
                }
            bootstrap.withConnectedSocket(descriptor).whenFailure { _ in socket.channelClosed() }
        }
        self.channels = channels
        parking.start()
    }

    func shutdown(grace: Duration) async {
        await parking.stop()
        let open = channels.close()
        for channel in open { channel.pipeline.fireUserInboundEventTriggered(ChannelShouldQuiesceEvent()) }
        _ = await withTimeout(grace) {
            for channel in open { try? await channel.closeFuture.get() }
        }
        for channel in open { try? await channel.close().get() }
    }
}

/// The channels working now, for shutdown to quiesce.
final class ChannelRegistry: Sendable {
    private let state = Mutex<(open: [ObjectIdentifier: any Channel], closed: Bool)>(([:], false))

    /// `false` once shutting down: the channel is not taken.
    func add(_ channel: any Channel) -> Bool {
        state.withLock { state in
            guard !state.closed else { return false }
            state.open[ObjectIdentifier(channel)] = channel
            return true
        }
    }

    func remove(_ channel: any Channel) {
        _ = state.withLock { $0.open.removeValue(forKey: ObjectIdentifier(channel)) }
    }

    /// Takes no more channels; returns those open.
    func close() -> [any Channel] {
        state.withLock { state in
            state.closed = true
            return Array(state.open.values)
        }
    }
}
#endif

/// Connections accepted by NIO (where there is no epoll): each gets a channel at once, with a start handler until
/// its first bytes.
final class BootstrapIntake: ConnectionIntake {
    private let channel: any Channel
    private let quiesce: ServerQuiescingHelper

    var localAddress: SocketAddress? { channel.localAddress }
    var parkedCount: Int { 0 }

    init(_ setup: IntakeSetup, group: MultiThreadedEventLoopGroup) async throws {
        let quiesce = ServerQuiescingHelper(group: group)
        let counter = setup.counter
        let factory = setup.factory
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 1024)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .serverChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let operations = channel.pipeline.syncOperations
                    try operations.addHandler(ConnectionLimitHandler(counter: counter))
                    try operations.addHandler(quiesce.makeServerChannelHandler(channel: channel))
                }
            }
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelOption(.maxMessagesPerRead, value: 16)
            .childChannelOption(.recvAllocator, value: IntakeSetup.receiveBuffer)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(ConnectionStartHandler(factory: factory))
                }
            }
        channel = try await bootstrap.bind(host: setup.host, port: setup.port).get()
        self.quiesce = quiesce
    }

    func shutdown(grace: Duration) async {
        let promise = channel.eventLoop.makePromise(of: Void.self)
        quiesce.initiateShutdown(promise: promise)
        let future = promise.futureResult
        _ = await withTimeout(grace) { await future.completion() }
        try? await channel.close().get()
    }
}
