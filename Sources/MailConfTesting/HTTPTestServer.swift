import NIOCore
import NIOHTTP1
import NIOPosix
public import NIOSSL

/// An in-process HTTP(S) server for tests: each request goes to a handler that returns the status, headers and body
/// to send. The handler sees the path and query, or the whole request (method, `Host`, body) for fixtures shaped
/// like real publications (an Exchange that answers a POST with settings and a GET with an error document).
public final class HTTPTestServer: TestServer {
    /// One request, whole.
    public struct Request: Sendable {
        /// `GET`, `POST`, …
        public var method: String
        /// The target: path and query.
        public var uri: String
        /// The `Host` header.
        public var host: String?
        /// The body (its first MiB).
        public var body: [UInt8]
    }

    /// What to answer.
    public struct Response: Sendable {
        /// The status code.
        public var status: Int
        /// Extra headers.
        public var headers: [(String, String)]
        /// The body.
        public var body: [UInt8]

        /// Creates a response.
        public init(status: Int = 200, headers: [(String, String)] = [], body: [UInt8] = []) {
            self.status = status
            self.headers = headers
            self.body = body
        }

        /// A text body with a content type.
        public static func text(_ text: String, type: String = "text/xml; charset=utf-8", status: Int = 200) -> Response
        {
            Response(status: status, headers: [("Content-Type", type)], body: Array(text.utf8))
        }

        /// A redirect.
        public static func redirect(to location: String) -> Response {
            Response(status: 302, headers: [("Location", location)])
        }
    }

    /// The port bound.
    public let port: Int
    private let channel: any Channel

    /// Starts a server on `host:port` (0 for any free port), with TLS when `tls` is given; `handler` sees each
    /// request's path and query.
    public convenience init(
        host: String = "127.0.0.1",
        port: Int = 0,
        tls: NIOSSLContext? = nil,
        handler: @escaping @Sendable (String) -> Response
    ) async throws {
        try await self.init(host: host, port: port, tls: tls, requestHandler: { handler($0.uri) })
    }

    /// Starts a server on `host:port` (0 for any free port), with TLS when `tls` is given; `requestHandler` sees
    /// each request whole.
    public init(
        host: String = "127.0.0.1",
        port: Int = 0,
        tls: NIOSSLContext? = nil,
        requestHandler handler: @escaping @Sendable (Request) -> Response
    ) async throws {
        channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { child in
                child.eventLoop.makeCompletedFuture {
                    if let tls { try child.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: tls)) }
                    try child.pipeline.syncOperations.configureHTTPServerPipeline()
                    try child.pipeline.syncOperations.addHandler(Responder(handler: handler))
                }
            }
            .bind(host: host, port: port)
            .get()
        self.port = channel.localAddress?.port ?? port
    }

    /// Stops the server.
    public func stop() async {
        try? await channel.close().get()
    }

    /// Runs `body` with a server listening on a port the system chose (with TLS when `tls` is given), then stops
    /// the server, awaited, however `body` ends.
    public static func with<T>(
        host: String = "127.0.0.1",
        tls: NIOSSLContext? = nil,
        handler: @escaping @Sendable (String) -> Response,
        body: (HTTPTestServer) async throws -> T
    ) async throws -> T {
        try await HTTPTestServer(host: host, tls: tls, handler: handler).serving(body)
    }
}

private final class Responder: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    let handler: @Sendable (HTTPTestServer.Request) -> HTTPTestServer.Response
    private var request = HTTPTestServer.Request(method: "GET", uri: "/", host: nil, body: [])

    init(handler: @escaping @Sendable (HTTPTestServer.Request) -> HTTPTestServer.Response) {
        self.handler = handler
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            request = HTTPTestServer.Request(
                method: head.method.rawValue,
                uri: head.uri,
                host: head.headers.first(name: "Host"),
                body: []
            )
        case .body(let buffer):
            if request.body.count < 1 << 20 { request.body += buffer.readableBytesView }
        case .end:
            let response = handler(request)
            var headers = HTTPHeaders(response.headers)
            headers.replaceOrAdd(name: "Content-Length", value: String(response.body.count))
            headers.replaceOrAdd(name: "Connection", value: "close")
            let head = HTTPResponseHead(
                version: .http1_1,
                status: HTTPResponseStatus(statusCode: response.status),
                headers: headers
            )
            context.write(wrapOutboundOut(.head(head)), promise: nil)
            context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: response.body)))), promise: nil)
            let channel = context.channel
            context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in channel.close(promise: nil) }
        }
    }
}
