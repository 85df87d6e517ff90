import Logging
import NIOCore
import NIOExtras
import NIOHTTP1

/// One connection's requests: collects head and body (capped), answers from the service — synchronously when the
/// document is cached, from a task otherwise — and enforces the per-request deadline and idle timeout, so slow
/// clients cannot hold the server.
final class HTTPHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let service: MailConfService
    private var head: HTTPRequestHead?
    private var body: ByteBuffer?
    private var rejected = false
    private var busy = false
    private var quiescing = false
    private var requestTimer: Scheduled<Void>?
    private var started = ContinuousClock.now

    init(service: MailConfService) {
        self.service = service
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            self.head = head
            body = nil
            rejected = false
            started = .now
            let limit = service.options.maximumBodyBytes
            if let length = head.headers.first(name: "Content-Length").flatMap(Int.init), length > limit {
                reject(context: context, status: .payloadTooLarge, message: "request body over \(limit) bytes")
                return
            }
            // The whole request must arrive in time, however it is trickled.
            let channel = context.channel
            requestTimer = context.eventLoop.assumeIsolated().scheduleTask(in: .seconds(10)) { [weak self] in
                guard let self, self.head != nil, !self.busy else { return }
                self.head = nil
                channel.close(promise: nil)
            }
        case .body(var chunk):
            guard !rejected, head != nil else { return }
            let limit = service.options.maximumBodyBytes
            if (body?.readableBytes ?? 0) + chunk.readableBytes > limit {
                reject(context: context, status: .payloadTooLarge, message: "request body over \(limit) bytes")
                return
            }
            if body == nil { body = context.channel.allocator.buffer(capacity: chunk.readableBytes) }
            body?.writeBuffer(&chunk)
        case .end:
            requestTimer?.cancel()
            guard !rejected, let head else { return }
            self.head = nil
            handle(head, context: context)
        }
    }

    private func reject(context: ChannelHandlerContext, status: HTTPResponseStatus, message: String) {
        rejected = true
        requestTimer?.cancel()
        let version = head?.version ?? .http1_1
        head = nil
        let response = ServiceResponse(status: status, contentType: "text/plain; charset=utf-8", text: message + "\n")
        write(response, version: version, keepAlive: false, isHead: false, context: context)
    }

    private func handle(_ head: HTTPRequestHead, context: ChannelHandlerContext) {
        let client = context.remoteAddress?.ipAddress ?? "unknown"
        let request = ServiceRequest(head: head, body: body, client: client)
        body = nil
        let endpoint = MailConfService.Endpoint(path: request.path)
        let keepAlive = head.isKeepAlive && !quiescing
        let isHead = head.method == .HEAD
        if let response = service.immediateResponse(to: request, endpoint: endpoint) {
            finish(
                response,
                endpoint: endpoint,
                request: request,
                version: head.version,
                keepAlive: keepAlive,
                isHead: isHead,
                context: context
            )
            return
        }
        busy = true
        let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        let service = self.service
        let version = head.version
        Task {
            let response = await service.respond(to: request, endpoint: endpoint)
            loopBound.eventLoop.execute {
                let (handler, context) = loopBound.value
                handler.busy = false
                handler.finish(
                    response,
                    endpoint: endpoint,
                    request: request,
                    version: version,
                    keepAlive: keepAlive && !handler.quiescing,
                    isHead: isHead,
                    context: context
                )
            }
        }
    }

    private func finish(
        _ response: ServiceResponse,
        endpoint: MailConfService.Endpoint,
        request: ServiceRequest,
        version: HTTPVersion,
        keepAlive: Bool,
        isHead: Bool,
        context: ChannelHandlerContext
    ) {
        write(response, version: version, keepAlive: keepAlive, isHead: isHead, context: context)
        let duration = started.duration(to: .now)
        service.metrics.request(endpoint: endpoint.rawValue, status: Int(response.status.code), duration: duration)
        if service.logger.logLevel <= .info {
            var metadata: Logger.Metadata = [
                "method": .string(request.method.rawValue), "path": .string(request.path),
                "status": .stringConvertible(response.status.code), "client": .string(request.client),
                "ms": .stringConvertible(Self.milliseconds(duration)),
            ]
            let email = request.query["emailaddress"] ?? request.query["email"]
            if let domain = email?.split(separator: "@").last {
                metadata["domain"] = .string(String(domain).lowercased())
            }
            if service.logger.logLevel <= .debug, let email { metadata["address"] = .string(email) }
            service.logger.info("request", metadata: metadata)
        }
    }

    private static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return ((Double(seconds) * 1000 + Double(attoseconds) / 1e15) * 1000).rounded() / 1000
    }

    private func write(
        _ response: ServiceResponse,
        version: HTTPVersion,
        keepAlive: Bool,
        isHead: Bool,
        context: ChannelHandlerContext
    ) {
        var headers = HTTPHeaders(response.headers)
        headers.replaceOrAdd(name: "Content-Length", value: String(response.body.readableBytes))
        headers.replaceOrAdd(name: "Connection", value: keepAlive ? "keep-alive" : "close")
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        let head = HTTPResponseHead(version: version, status: response.status, headers: headers)
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        if !isHead && response.body.readableBytes > 0 {
            context.write(wrapOutboundOut(.body(.byteBuffer(response.body))), promise: nil)
        }
        let done = context.writeAndFlush(wrapOutboundOut(.end(nil)))
        if !keepAlive {
            let channel = context.channel
            done.whenComplete { _ in channel.close(promise: nil) }
        }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is ChannelShouldQuiesceEvent {
            quiescing = true
            if !busy && head == nil { context.close(promise: nil) }
            return
        }
        if let idle = event as? IdleStateHandler.IdleStateEvent, idle == .read, !busy {
            context.close(promise: nil)
            return
        }
        context.fireUserInboundEventTriggered(event)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        // Malformed HTTP was already answered with 400 by NIO's protocol error handler; end the connection.
        context.close(promise: nil)
    }
}

@available(*, unavailable)
extension HTTPHandler: Sendable {}
