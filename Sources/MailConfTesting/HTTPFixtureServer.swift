import NIOCore
import NIOHTTP1
import NIOPosix
public import NIOSSL

/// An in-process HTTP(S) server whose handler sees the whole request — method, target, `Host` and body — for
/// fixtures shaped like real publications (an Exchange that answers a POST with settings and a GET with an error
/// document, a web server that serves autoconfig as `text/plain`).
public final class HTTPFixtureServer: Sendable {
    /// One request.
    public struct Request: Sendable {
        /// `GET`, `POST`, …
        public var method: String
        /// The target: path and query.
        public var uri: String
        /// The `Host` header.
        public var host: String?
        /// The body.
        public var body: [UInt8]
    }

    /// The port bound.
    public let port: Int
    private let channel: any Channel

    /// Starts a server on `host:port`, with TLS when `tls` is given.
    public init(
        host: String,
        port: Int,
        tls: NIOSSLContext? = nil,
        handler: @escaping @Sendable (Request) -> HTTPTestServer.Response
    ) async throws {
        channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { child in
                child.eventLoop.makeCompletedFuture {
                    if let tls { try child.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: tls)) }
                    try child.pipeline.syncOperations.configureHTTPServerPipeline()
                    try child.pipeline.syncOperations.addHandler(FixtureResponder(handler: handler))
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
}

private final class FixtureResponder: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    let handler: @Sendable (HTTPFixtureServer.Request) -> HTTPTestServer.Response
    private var request = HTTPFixtureServer.Request(method: "GET", uri: "/", host: nil, body: [])

    init(handler: @escaping @Sendable (HTTPFixtureServer.Request) -> HTTPTestServer.Response) {
        self.handler = handler
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            request = HTTPFixtureServer.Request(
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
