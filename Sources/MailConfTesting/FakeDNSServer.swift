public import NIOCore
import NIOPosix

/// A UDP DNS server for the failure cases dnsmasq will not produce: SERVFAIL for everything, or answers that
/// come too late.
public final class FakeDNSServer: TestServer {
    /// How the server answers.
    public enum Behaviour: Sendable {
        /// SERVFAIL to every query.
        case serverFailure
        /// No answer at all.
        case silent
        /// A SERVFAIL after a delay (a slow server).
        case slow(TimeAmount)
    }

    /// The port bound on 127.0.0.1.
    public let port: Int
    private let channel: any Channel

    /// Starts the server.
    public init(_ behaviour: Behaviour) async throws {
        channel = try await DatagramBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(Answerer(behaviour: behaviour))
                }
            }
            .bind(host: "127.0.0.1", port: 0)
            .get()
        port = channel.localAddress?.port ?? 0
    }

    /// `127.0.0.1:PORT`, for `--dns-server`.
    public var address: String { "127.0.0.1:\(port)" }

    /// Stops the server.
    public func stop() async {
        try? await channel.close().get()
    }

    /// Runs `body` with a server on a port the system chose, then stops the server, awaited, however `body` ends.
    public static func with<T>(_ behaviour: Behaviour, body: (FakeDNSServer) async throws -> T) async throws -> T {
        try await FakeDNSServer(behaviour).serving(body)
    }
}

private final class Answerer: ChannelInboundHandler {
    typealias InboundIn = AddressedEnvelope<ByteBuffer>
    typealias OutboundOut = AddressedEnvelope<ByteBuffer>

    let behaviour: FakeDNSServer.Behaviour

    init(behaviour: FakeDNSServer.Behaviour) {
        self.behaviour = behaviour
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let envelope = unwrapInboundIn(data)
        var query = envelope.data
        guard query.readableBytes >= 12, var bytes = query.readBytes(length: query.readableBytes) else { return }
        // Keep the ID and question; set QR, copy RD, RA, rcode 2 (SERVFAIL), no answers.
        bytes[2] = 0x80 | (bytes[2] & 0x01)
        bytes[3] = 0x80 | 0x02
        let reply = AddressedEnvelope(remoteAddress: envelope.remoteAddress, data: ByteBuffer(bytes: bytes))
        switch behaviour {
        case .serverFailure:
            context.writeAndFlush(wrapOutboundOut(reply), promise: nil)
        case .silent:
            break
        case .slow(let delay):
            let channel = context.channel
            context.eventLoop.scheduleTask(in: delay) {
                channel.writeAndFlush(reply, promise: nil)
            }
        }
    }
}
