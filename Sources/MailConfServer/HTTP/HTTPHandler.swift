import Logging
import NIOCore
import NIOExtras
import NIOHTTP1

/// One connection's requests: collects head and body (capped), answers from the service — synchronously when the
/// document is cached, from a task otherwise — and enforces the per-request deadline and idle timeout, so slow
/// clients cannot hold the server.
///
/// Responses are encoded here, each as one buffer, and pipelined requests are answered strictly in order: while a
/// response is being resolved, further request parts wait in a bounded queue and no more bytes are read.
final class HTTPHandler: ChannelDuplexHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    /// The most request parts held while a response is being resolved; a client pipelining more is cut off.
    private static let maximumQueuedParts = 256

    private let service: MailConfService
    private let requestDeadline: TimeAmount
    private var head: HTTPRequestHead?
    private var body: ByteBuffer?
    private var rejected = false
    private var busy = false
    private var closing = false
    private var quiescing = false
    private var readPending = false
    private var needsFlush = false
    private var completedInThisRead = false
    private var queued = CircularBuffer<HTTPServerRequestPart>()
    private var requestTimer: Scheduled<Void>?
    private var started = ContinuousClock.now

    init(service: MailConfService, requestDeadline: TimeAmount = .seconds(10)) {
        self.service = service
        self.requestDeadline = requestDeadline
    }

    // MARK: - Reading

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let part = unwrapInboundIn(data)
        guard !closing else { return }
        if busy {
            guard queued.count < Self.maximumQueuedParts else {
                close(context: context)
                return
            }
            queued.append(part)
            completedInThisRead = true
            return
        }
        process(part, context: context)
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        flushIfNeeded(context: context)
        // The whole request must arrive in time, however it is trickled. A read that brought no complete request
        // (a partial head is invisible here until the decoder has all of it) starts the clock; requests that
        // arrive whole, nearly all of them, never need the timer.
        let midRequest = head != nil || !completedInThisRead
        completedInThisRead = false
        if midRequest, requestTimer == nil, !busy, !closing {
            requestTimer = context.eventLoop.assumeIsolated().scheduleTask(in: requestDeadline) { [weak self] in
                guard let self else { return }
                self.requestTimer = nil
                guard !self.busy else { return }
                self.head = nil
                self.close(context: context)
            }
        }
        context.fireChannelReadComplete()
    }

    /// No more bytes are read while a response is pending, so a pipelining client is held back by TCP.
    func read(context: ChannelHandlerContext) {
        if busy {
            readPending = true
        } else {
            context.read()
        }
    }

    private func process(_ part: HTTPServerRequestPart, context: ChannelHandlerContext) {
        switch part {
        case .head(let head):
            self.head = head
            body = nil
            rejected = false
            started = .now
            let limit = service.options.maximumBodyBytes
            let length = head.headers.first(name: "Content-Length").flatMap(Int.init)
            if let length, length > limit {
                reject(context: context, status: .payloadTooLarge, message: "request body over \(limit) bytes")
                return
            }
            if head.version.minor >= 1, (length ?? 0) > 0 || head.headers.contains(name: "Transfer-Encoding"),
                head.headers.first(name: "Expect")?.lowercased() == "100-continue"
            {
                context.writeAndFlush(wrapOutboundOut(ResponseEncoder.continueBytes), promise: nil)
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
            cancelTimer()
            completedInThisRead = true
            guard !rejected, let head else { return }
            self.head = nil
            if head.method == .GET, head.version.minor == 1, head.isKeepAlive, !quiescing,
                !head.headers.contains(name: "If-None-Match"),
                let document = service.preparedDocument(uri: head.uri, host: head.headers.first(name: "Host"))
            {
                // The hot path: a document already rendered for exactly this request.
                context.write(wrapOutboundOut(document.response(allocator: context.channel.allocator)), promise: nil)
                needsFlush = true
                body = nil
                let duration = started.duration(to: .now)
                document.counters.record(duration)
                if service.logger.logLevel <= .info {
                    logFast(head: head, domain: document.domain, duration: duration, context: context)
                }
                return
            }
            handle(head, context: context)
        }
    }

    // MARK: - Answering

    private func handle(_ head: HTTPRequestHead, context: ChannelHandlerContext) {
        let client = service.options.trustedProxies.client(
            peer: context.remoteAddress?.ipAddress ?? "unknown",
            forwardedFor: head.headers["X-Forwarded-For"]
        )
        let request = ServiceRequest(head: head, body: body, client: client)
        body = nil
        let endpoint = MailConfService.Endpoint(path: request.path)
        let isHead = head.method == .HEAD
        if let response = service.immediateResponse(to: request, endpoint: endpoint) {
            finish(response, endpoint: endpoint, request: request, head: head, isHead: isHead, context: context)
            return
        }
        busy = true
        let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        let service = self.service
        Task {
            let response = await service.respond(to: request, endpoint: endpoint)
            loopBound.eventLoop.execute {
                let (handler, context) = loopBound.value
                handler.busy = false
                guard !handler.closing else { return }
                handler.finish(
                    response,
                    endpoint: endpoint,
                    request: request,
                    head: head,
                    isHead: isHead,
                    context: context
                )
                handler.resume(context: context)
            }
        }
    }

    /// After an asynchronous answer: handles what was queued meanwhile, then reads again.
    private func resume(context: ChannelHandlerContext) {
        while !busy, !closing, let part = queued.popFirst() {
            process(part, context: context)
        }
        flushIfNeeded(context: context)
        if !busy, !closing, readPending {
            readPending = false
            context.read()
        }
    }

    private func finish(
        _ response: ServiceResponse,
        endpoint: MailConfService.Endpoint,
        request: ServiceRequest,
        head: HTTPRequestHead,
        isHead: Bool,
        context: ChannelHandlerContext
    ) {
        let keepAlive = head.isKeepAlive && !quiescing
        write(response, version: head.version, keepAlive: keepAlive, isHead: isHead, context: context)
        let duration = started.duration(to: .now)
        service.metrics.request(endpoint: endpoint.rawValue, status: Int(response.status.code), duration: duration)
        if service.logger.logLevel <= .info {
            var metadata: Logger.Metadata = [
                "method": .string(request.method.rawValue), "path": .string(Self.loggedPath(request.path, endpoint)),
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

    private func logFast(head: HTTPRequestHead, domain: String, duration: Duration, context: ChannelHandlerContext) {
        let path = head.uri.split(separator: "?", maxSplits: 1).first.map { String($0).lowercased() } ?? "/"
        service.logger.info(
            "request",
            metadata: [
                "method": .string(head.method.rawValue), "path": .string(path), "status": "200",
                "client": .string(context.remoteAddress?.ipAddress ?? "unknown"),
                "ms": .stringConvertible(Self.milliseconds(duration)), "domain": .string(domain),
            ]
        )
    }

    /// The path as logged: that of the endpoint, never what else a client put there — an address in
    /// `autodiscover.json/v1.0/EMAIL`, or anything at all in a path that is not ours.
    static func loggedPath(_ path: String, _ endpoint: MailConfService.Endpoint) -> String {
        switch endpoint {
        case .notFound: "(unknown)"
        case .autodiscoverJSON: "/autodiscover/autodiscover.json"
        default: path
        }
    }

    private static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return ((Double(seconds) * 1000 + Double(attoseconds) / 1e15) * 1000).rounded() / 1000
    }

    private func reject(context: ChannelHandlerContext, status: HTTPResponseStatus, message: String) {
        rejected = true
        cancelTimer()
        let version = head?.version ?? .http1_1
        head = nil
        let response = ServiceResponse(status: status, contentType: "text/plain; charset=utf-8", text: message + "\n")
        write(response, version: version, keepAlive: false, isHead: false, context: context)
    }

    private func write(
        _ response: ServiceResponse,
        version: HTTPVersion,
        keepAlive: Bool,
        isHead: Bool,
        context: ChannelHandlerContext
    ) {
        let bytes = ResponseEncoder.encode(
            response,
            version: version,
            keepAlive: keepAlive,
            includeBody: !isHead,
            allocator: context.channel.allocator
        )
        if keepAlive {
            context.write(wrapOutboundOut(bytes), promise: nil)
            needsFlush = true
        } else {
            closing = true
            queued.removeAll()
            let channel = context.channel
            context.writeAndFlush(wrapOutboundOut(bytes)).whenComplete { _ in channel.close(promise: nil) }
        }
    }

    private func flushIfNeeded(context: ChannelHandlerContext) {
        guard needsFlush else { return }
        needsFlush = false
        context.flush()
    }

    private func cancelTimer() {
        requestTimer?.cancel()
        requestTimer = nil
    }

    private func close(context: ChannelHandlerContext) {
        closing = true
        queued.removeAll()
        context.close(promise: nil)
    }

    // MARK: - Events

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is ChannelShouldQuiesceEvent {
            quiescing = true
            if !busy && head == nil { close(context: context) }
            return
        }
        if let idle = event as? IdleStateHandler.IdleStateEvent, idle == .read, !busy {
            close(context: context)
            return
        }
        context.fireUserInboundEventTriggered(event)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        // Bytes that are not HTTP: answer 400 unless a response is already under way, then end the connection.
        if error is HTTPParserError, !busy, !closing {
            closing = true
            let channel = context.channel
            context.writeAndFlush(wrapOutboundOut(ResponseEncoder.badRequestBytes)).whenComplete { _ in
                channel.close(promise: nil)
            }
            return
        }
        close(context: context)
    }

    func channelInactive(context: ChannelHandlerContext) {
        closing = true
        cancelTimer()
        queued.removeAll()
        context.fireChannelInactive()
    }
}

@available(*, unavailable)
extension HTTPHandler: Sendable {}
