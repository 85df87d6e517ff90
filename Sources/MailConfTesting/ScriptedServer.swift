public import NIOCore
public import NIOPosix
public import NIOSSL
import Synchronization

/// An in-process TCP server on 127.0.0.1 whose every connection runs a script: for the hostile and broken
/// behaviours real servers will not produce (silent banners, endless lines, injected bytes, TLS garbage, resets).
public final class ScriptedServer: TestServer {
    /// The port the server listens on.
    public let port: Int
    private let channel: any Channel
    private let sessions: Sessions

    /// Starts a server; `script` runs once per accepted connection.
    ///
    /// - Parameters:
    ///   - port: 0 (the default) for a port the system chooses, which tests read from ``port``.
    ///   - tls: when given, every connection starts with TLS (an implicit-TLS port).
    public init(
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        host: String = "127.0.0.1",
        port: Int = 0,
        tls: NIOSSLContext? = nil,
        script: @escaping @Sendable (ServerConnection) async throws -> Void
    ) async throws {
        let sessions = Sessions()
        let channel = try await ServerBootstrap(group: group)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { child in
                child.eventLoop.makeCompletedFuture {
                    if let tls { try child.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: tls)) }
                    try child.pipeline.syncOperations.addHandler(ConnectionHandler(script: script, sessions: sessions))
                }
            }
            .bind(host: host, port: port)
            .get()
        self.channel = channel
        self.sessions = sessions
        self.port = channel.localAddress?.port ?? 0
    }

    /// Stops listening, closes every connection still open and waits for their scripts to end.
    public func stop() async {
        try? await channel.close().get()
        for (channel, script) in sessions.close() {
            try? await channel.close().get()
            script.cancel()
            await script.value
        }
    }

    /// What one of several servers runs (see ``with(_:body:)``).
    public struct Script: Sendable {
        /// When given, every connection starts with TLS.
        public var tls: NIOSSLContext?
        /// What each connection runs.
        public var run: @Sendable (ServerConnection) async throws -> Void

        /// Creates a script.
        public init(tls: NIOSSLContext? = nil, _ run: @escaping @Sendable (ServerConnection) async throws -> Void) {
            self.tls = tls
            self.run = run
        }
    }

    /// Runs `body` with one server per script, each on a port the system chose, then stops them all, awaited,
    /// however `body` ends.
    public static func with<T>(
        _ scripts: [Script],
        host: String = "127.0.0.1",
        body: ([ScriptedServer]) async throws -> T
    ) async throws -> T {
        var servers: [ScriptedServer] = []
        do {
            for script in scripts {
                servers.append(try await ScriptedServer(host: host, tls: script.tls, script: script.run))
            }
            let value = try await body(servers)
            for server in servers { await server.stop() }
            return value
        } catch {
            for server in servers { await server.stop() }
            throw error
        }
    }

    /// Runs `body` with a server listening on a port the system chose, then stops the server, awaited, however
    /// `body` ends: no server outlives its test.
    ///
    /// - Parameter tls: when given, every connection starts with TLS (an implicit-TLS port).
    public static func with<T>(
        host: String = "127.0.0.1",
        tls: NIOSSLContext? = nil,
        script: @escaping @Sendable (ServerConnection) async throws -> Void,
        body: (ScriptedServer) async throws -> T
    ) async throws -> T {
        try await ScriptedServer(host: host, tls: tls, script: script).serving(body)
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

/// The accepted connections and their scripts' tasks, so that ``ScriptedServer/stop()`` can end them all.
private final class Sessions: Sendable {
    private let state = Mutex<(open: [ObjectIdentifier: (any Channel, Task<Void, Never>)], stopped: Bool)>(([:], false))

    /// Records a session; `false` once the server is stopping (the caller then closes it at once).
    func add(_ channel: any Channel, _ script: Task<Void, Never>) -> Bool {
        state.withLock { state in
            guard !state.stopped else { return false }
            state.open[ObjectIdentifier(channel)] = (channel, script)
            return true
        }
    }

    func remove(_ channel: any Channel) {
        _ = state.withLock { $0.open.removeValue(forKey: ObjectIdentifier(channel)) }
    }

    /// Marks the server stopping and hands over every open session.
    func close() -> [(any Channel, Task<Void, Never>)] {
        state.withLock { state in
            state.stopped = true
            defer { state.open = [:] }
            return Array(state.open.values)
        }
    }
}

private final class ConnectionHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer

    private let script: @Sendable (ServerConnection) async throws -> Void
    private let sessions: Sessions
    private var connection: ServerConnection?

    init(script: @escaping @Sendable (ServerConnection) async throws -> Void, sessions: Sessions) {
        self.script = script
        self.sessions = sessions
    }

    func channelActive(context: ChannelHandlerContext) {
        let connection = ServerConnection(channel: context.channel)
        self.connection = connection
        let script = self.script
        let channel = context.channel
        let sessions = self.sessions
        let task = Task {
            try? await script(connection)
            try? await channel.close().get()
            sessions.remove(channel)
        }
        if !sessions.add(channel, task) {
            task.cancel()
            channel.close(promise: nil)
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
