public import NIOCore
public import NIOPosix
public import NIOSSL
import Synchronization

/// An in-process TCP server on 127.0.0.1 whose every connection runs a script: for the hostile and broken
/// behaviours real servers will not produce (silent banners, endless lines, injected bytes, TLS garbage, resets).
public final class ScriptedServer: Sendable {
    /// The port the server listens on.
    public let port: Int
    private let channel: any Channel
    private let accepted = Mutex(0)

    /// Starts a server; `script` runs once per accepted connection.
    ///
    /// - Parameter tls: when given, every connection starts with TLS (an implicit-TLS port).
    public init(
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        host: String = "127.0.0.1",
        port: Int = 0,
        tls: NIOSSLContext? = nil,
        script: @escaping @Sendable (ServerConnection) async throws -> Void
    ) async throws {
        let counter = Mutex(0)
        let channel = try await ServerBootstrap(group: group)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { child in
                child.eventLoop.makeCompletedFuture {
                    if let tls { try child.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: tls)) }
                    try child.pipeline.syncOperations.addHandler(ConnectionHandler(script: script))
                }
            }
            .bind(host: host, port: port)
            .get()
        self.channel = channel
        self.port = channel.localAddress?.port ?? 0
        _ = counter
    }

    /// Stops listening.
    public func stop() async {
        try? await channel.close().get()
    }
}

/// One accepted connection, as seen by a script. Methods may be called from any task.
public final class ServerConnection: Sendable {
    private let channel: any Channel
    private let inbox: Mutex<Inbox>

    struct Inbox {
        var buffer: [UInt8] = []
        var waiters: [CheckedContinuation<Void, Never>] = []
        var closed = false
    }

    init(channel: any Channel) {
        self.channel = channel
        self.inbox = Mutex(Inbox())
    }

    func received(_ bytes: [UInt8]) {
        let waiters = inbox.withLock { inbox in
            inbox.buffer += bytes
            defer { inbox.waiters = [] }
            return inbox.waiters
        }
        for waiter in waiters { waiter.resume() }
    }

    func closed() {
        let waiters = inbox.withLock { inbox in
            inbox.closed = true
            defer { inbox.waiters = [] }
            return inbox.waiters
        }
        for waiter in waiters { waiter.resume() }
    }

    /// Sends text as is.
    public func send(_ text: String) async throws {
        try await channel.writeAndFlush(ByteBuffer(string: text)).get()
    }

    /// Sends raw bytes.
    public func send(bytes: [UInt8]) async throws {
        try await channel.writeAndFlush(ByteBuffer(bytes: bytes)).get()
    }

    /// Reads one line (without CRLF); `nil` once the client has closed.
    public func readLine() async -> String? {
        while true {
            let (line, closed) = inbox.withLock { inbox -> (String?, Bool) in
                guard let newline = inbox.buffer.firstIndex(of: 0x0A) else { return (nil, inbox.closed) }
                var bytes = Array(inbox.buffer[..<newline])
                inbox.buffer.removeFirst(newline + 1)
                if bytes.last == 0x0D { bytes.removeLast() }
                return (String(decoding: bytes, as: UTF8.self), false)
            }
            if let line { return line }
            if closed { return nil }
            await withCheckedContinuation { continuation in
                let resumeNow = inbox.withLock { inbox -> Bool in
                    if inbox.closed || inbox.buffer.contains(0x0A) { return true }
                    inbox.waiters.append(continuation)
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        }
    }

    /// Starts TLS as the server (after the script has answered STARTTLS).
    ///
    /// Bytes the client sent early (its ClientHello may already be here) are fed back through TLS.
    public func startTLS(_ context: NIOSSLContext) async throws {
        try await channel.eventLoop.submit {
            let early = self.inbox.withLock { inbox in
                defer { inbox.buffer = [] }
                return inbox.buffer
            }
            try self.channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: context), position: .first)
            if !early.isEmpty { self.channel.pipeline.fireChannelRead(ByteBuffer(bytes: early)) }
        }.get()
    }

    /// Waits until the client has sent at least one byte (e.g. its ClientHello); `false` if it closed first.
    public func waitForData() async -> Bool {
        while true {
            let (ready, closed) = inbox.withLock { ($0.buffer.isEmpty == false, $0.closed) }
            if ready { return true }
            if closed { return false }
            await withCheckedContinuation { continuation in
                let resumeNow = inbox.withLock { inbox -> Bool in
                    if inbox.closed || !inbox.buffer.isEmpty { return true }
                    inbox.waiters.append(continuation)
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        }
    }

    /// Closes the connection; with `reset`, abortively (RST) via SO_LINGER 0.
    public func close(reset: Bool = false) async {
        if reset {
            if let provider = channel as? any SocketOptionProvider {
                try? await provider.setSoLinger(linger(l_onoff: 1, l_linger: 0)).get()
            }
        }
        try? await channel.close().get()
    }

    /// Waits until the client closes.
    public func waitForClose() async {
        while await readLine() != nil {}
    }
}

private final class ConnectionHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer

    private let script: @Sendable (ServerConnection) async throws -> Void
    private var connection: ServerConnection?

    init(script: @escaping @Sendable (ServerConnection) async throws -> Void) {
        self.script = script
    }

    func channelActive(context: ChannelHandlerContext) {
        let connection = ServerConnection(channel: context.channel)
        self.connection = connection
        let script = self.script
        let channel = context.channel
        Task {
            try? await script(connection)
            try? await channel.close().get()
        }
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let buffer = unwrapInboundIn(data)
        connection?.received(Array(buffer.readableBytesView))
    }

    func channelInactive(context: ChannelHandlerContext) {
        connection?.closed()
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }
}
