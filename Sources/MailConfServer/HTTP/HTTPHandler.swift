import Logging
import NIOCore
import NIOHTTP1

/// One connection's I/O: feeds request parts, reads, timers and parser errors to an ``HTTPConnectionStateMachine``
/// and carries out what it says. Answers come from an ``HTTPResponder`` — at once when the document is cached,
/// through a callback otherwise — and are encoded here, each as one buffer, flushed once per read.
///
/// Between requests it holds no buffer, no decoder output and no timer of its own beyond the connection's one.
final class HTTPHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private let responder: any HTTPResponder
    private var machine: HTTPConnectionStateMachine
    private let configuration: HTTPConnectionStateMachine.Configuration
    private var timer: Scheduled<Void>?
    private var needsFlush = false
    /// When the request being answered started arriving, for its duration.
    private var started: NIODeadline?
    /// The peer's address, formatted once per connection.
    private var peer: String?

    /// Builds the handlers again after a compaction; without it the handler never compacts.
    private let restart: ConnectionStartHandler.Factory?
    /// The connection as the parking handed it over, when it did: compacting then parks a duplicate of the socket
    /// and closes the channel.
    private let parked: ParkedSocket?
    /// The raw bytes' framing ahead of the decoder, which tells whether part of a request is held.
    private var framing: RequestTargetEncoderHandler?

    init(
        responder: any HTTPResponder,
        configuration: HTTPConnectionStateMachine.Configuration,
        restart: ConnectionStartHandler.Factory? = nil,
        parked: ParkedSocket? = nil
    ) {
        var configuration = configuration
        if restart == nil, parked == nil { configuration.compactAfter = nil }
        self.restart = restart
        self.parked = parked
        self.responder = responder
        self.configuration = configuration
        self.machine = HTTPConnectionStateMachine(configuration: configuration, now: .now())
    }

    // MARK: - Events in

    func handlerAdded(context: ChannelHandlerContext) {
        framing = try? context.pipeline.syncOperations.handler(type: RequestTargetEncoderHandler.self)
        machine = HTTPConnectionStateMachine(configuration: configuration, now: context.eventLoop.now)
        if context.channel.isActive { perform(machine.channelActive(now: context.eventLoop.now), context: context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        perform(machine.channelActive(now: context.eventLoop.now), context: context)
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let part = unwrapInboundIn(data)
        if case .head = part, !machine.isAnswering { started = context.eventLoop.now }
        perform(machine.channelRead(part, now: context.eventLoop.now), context: context)
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        flushIfNeeded(context: context)
        let partial = framing.map { !$0.isBetweenRequests } ?? false
        perform(machine.readComplete(now: context.eventLoop.now, partialRequest: partial), context: context)
        context.fireChannelReadComplete()
    }

    func read(context: ChannelHandlerContext) {
        perform(machine.readRequested(), context: context)
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is ChannelShouldQuiesceEvent {
            perform(machine.quiesce(), context: context)
            return
        }
        context.fireUserInboundEventTriggered(event)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        let failure: HTTPConnectionStateMachine.ParseFailure
        switch error {
        case HTTPParserError.headerOverflow, is ByteToMessageDecoderError.PayloadTooLargeError:
            failure = .headerTooLarge
        case is HTTPParserError:
            failure = .malformed
        default:
            // A socket error: nothing more can be said on this connection.
            context.close(promise: nil)
            return
        }
        perform(machine.parseFailed(failure), context: context)
    }

    func channelInactive(context: ChannelHandlerContext) {
        machine.channelInactive()
        timer?.cancel()
        timer = nil
        context.fireChannelInactive()
    }

    // MARK: - Actions out

    private func perform(_ action: HTTPConnectionStateMachine.Action, context: ChannelHandlerContext) {
        switch action {
        case .none:
            break
        case .read:
            context.read()
        case .sendContinue:
            context.writeAndFlush(wrapOutboundOut(ResponseEncoder.continueBytes), promise: nil)
        case .answer(let head, let body):
            answer(head, body: body, context: context)
        case .reject(let status, let head):
            reject(status, head: head, context: context)
        case .close(let reason):
            responder.metrics.connectionClosed(reason.rawValue)
            timer?.cancel()
            timer = nil
            context.close(promise: nil)
        case .compact(let idleDeadline):
            compact(idleDeadline: idleDeadline, context: context)
        case .scheduleTimer(let deadline):
            timer?.cancel()
            timer = context.eventLoop.assumeIsolated().scheduleTask(deadline: deadline) { [weak self] in
                guard let self else { return }
                self.timer = nil
                self.perform(self.machine.timerFired(now: context.eventLoop.now), context: context)
            }
        }
    }

    /// Puts a start handler in place of the HTTP handlers (this one, the decoder, the target encoder), so that an
    /// idle kept-alive connection holds no decoder, buffer or request state until its next bytes.
    private func compact(idleDeadline: NIODeadline, context: ChannelHandlerContext) {
        timer?.cancel()
        timer = nil
        // With every response byte handed to the kernel, the channel itself can go: a duplicate of the socket is
        // parked.
        if let parked, (try? context.channel.syncOptions?.getOption(.bufferedWritableBytes)) == 0,
            parked.parkWhenClosed(until: idleDeadline)
        {
            context.close(promise: nil)
            return
        }
        guard let restart else {
            context.close(promise: nil)  // nothing to compact into
            return
        }
        let operations = context.pipeline.syncOperations
        do {
            let encoder = try operations.context(handlerType: RequestTargetEncoderHandler.self)
            try operations.addHandler(
                ConnectionStartHandler(factory: restart, idleDeadline: idleDeadline, parked: parked),
                position: .before(encoder.handler)
            )
            operations.removeHandler(context: encoder, promise: nil)
            let decoder = try operations.context(handlerType: ByteToMessageHandler<HTTPRequestDecoder>.self)
            operations.removeHandler(context: decoder, promise: nil)
            operations.removeHandler(context: context, promise: nil)
        } catch {
            context.close(promise: nil)
        }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        timer?.cancel()
        timer = nil
    }

    /// Runs the actions the machine has waiting (queued pipelined requests, a held-back read).
    private func drain(context: ChannelHandlerContext) {
        while true {
            let action = machine.resume(now: context.eventLoop.now)
            if action == .none { break }
            if case .answer = action { started = context.eventLoop.now }
            perform(action, context: context)
        }
        flushIfNeeded(context: context)
    }

    private func clientAddress(context: ChannelHandlerContext) -> String {
        if let peer { return peer }
        let address = context.remoteAddress?.ipAddress ?? "unknown"
        peer = address
        return address
    }

    private func answer(_ head: HTTPRequestHead, body: ByteBuffer?, context: ChannelHandlerContext) {
        let peer = clientAddress(context: context)
        if head.method == .GET, head.version.minor == 1, head.isKeepAlive,
            !head.headers.contains(name: "If-None-Match"),
            let document = responder.preparedDocument(uri: head.uri, host: head.headers.first(name: "Host"))
        {
            // The hot path: a document already rendered for exactly this request.
            let keepAlive = machine.responseReady() == .keepAlive
            if keepAlive {
                context.write(wrapOutboundOut(document.response(allocator: context.channel.allocator)), promise: nil)
                needsFlush = true
            } else {
                // Quiescing: the same document, saying that the connection closes.
                write(document.document.response(for: head.headers), head: head, keepAlive: false, context: context)
            }
            let duration = elapsed(context: context)
            document.counters.record(duration)
            if responder.logger.logLevel <= .info {
                responder.logger.info(
                    "request",
                    metadata: [
                        "method": "GET", "path": .string(document.loggedPath), "status": "200",
                        "client": .string(client(peer: peer, head: head)),
                        "ms": .stringConvertible(Milliseconds(duration)), "domain": .string(document.domain),
                    ]
                )
            }
            return
        }
        let request = ServiceRequest(head: head, body: body, client: client(peer: peer, head: head))
        let endpoint = MailConfService.Endpoint(path: request.path)
        if let response = responder.immediateResponse(to: request, endpoint: endpoint) {
            finish(response, request: request, endpoint: endpoint, context: context)
            return
        }
        let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        responder.respond(to: request, endpoint: endpoint) { response in
            loopBound.eventLoop.execute {
                let (handler, context) = loopBound.value
                guard !handler.machine.isClosing else { return }
                handler.finish(response, request: request, endpoint: endpoint, context: context)
                handler.drain(context: context)
            }
        }
    }

    /// The client a request is from: the peer, or whom a trusted proxy names.
    private func client(peer: String, head: HTTPRequestHead) -> String {
        let proxies = responder.options.trustedProxies
        guard !proxies.isEmpty else { return peer }
        return proxies.client(peer: peer, forwardedFor: head.headers["X-Forwarded-For"])
    }

    private func finish(
        _ response: ServiceResponse,
        request: ServiceRequest,
        endpoint: MailConfService.Endpoint,
        context: ChannelHandlerContext
    ) {
        let keepAlive = machine.responseReady() == .keepAlive
        write(response, head: request.head, keepAlive: keepAlive, context: context)
        let duration = elapsed(context: context)
        responder.metrics.request(endpoint: endpoint.rawValue, status: Int(response.status.code), duration: duration)
        guard responder.logger.logLevel <= .info else { return }
        var metadata: Logger.Metadata = [
            "method": .string(request.method.rawValue), "path": .string(Self.loggedPath(request.path, endpoint)),
            "status": .stringConvertible(response.status.code), "client": .string(request.client),
            "ms": .stringConvertible(Milliseconds(duration)),
        ]
        if let domain = response.domain { metadata["domain"] = .string(domain) }
        if responder.logger.logLevel <= .debug, let email = request.addressParameter(preferring: "emailaddress") {
            metadata["address"] = .string(EchoedInput.cut(email))
        }
        responder.logger.info("request", metadata: metadata)
    }

    /// The path as logged: that of the endpoint, never what else a client put there — an address in
    /// `autodiscover.json/v1.0/EMAIL`, or anything at all in a path that is not ours.
    static func loggedPath(_ path: String, _ endpoint: MailConfService.Endpoint) -> String {
        switch endpoint {
        case .notFound: "(unknown)"
        case .autodiscoverJSON: "/autodiscover/autodiscover.json"
        case .centralLookup: "/v1.1/DOMAIN"
        default: path
        }
    }

    private func elapsed(context: ChannelHandlerContext) -> Duration {
        let start = started ?? context.eventLoop.now
        started = nil
        return .nanoseconds((context.eventLoop.now - start).nanoseconds)
    }

    /// An error of the request itself (413, 431, 400): written, counted, logged, and the connection closed.
    private func reject(_ status: HTTPResponseStatus, head: HTTPRequestHead?, context: ChannelHandlerContext) {
        let message: String
        switch status {
        case .payloadTooLarge: message = "request body over \(configuration.maximumBodyBytes) bytes"
        case .requestHeaderFieldsTooLarge: message = "request header fields too large"
        default: message = "malformed request"
        }
        let response = ServiceResponse(status: status, contentType: "text/plain; charset=utf-8", text: message + "\n")
        write(response, head: head, keepAlive: false, context: context)
        let endpoint = head.map { MailConfService.Endpoint(path: ServiceRequest.path(of: $0.uri)).rawValue } ?? "none"
        let duration = elapsed(context: context)
        responder.metrics.request(endpoint: endpoint, status: Int(status.code), duration: duration)
        if responder.logger.logLevel <= .info {
            var metadata: Logger.Metadata = [
                "status": .stringConvertible(status.code), "client": .string(clientAddress(context: context)),
                "ms": .stringConvertible(Milliseconds(duration)),
            ]
            if let head {
                metadata["method"] = .string(head.method.rawValue)
                let path = ServiceRequest.path(of: head.uri)
                metadata["path"] = .string(Self.loggedPath(path, MailConfService.Endpoint(path: path)))
            }
            responder.logger.info("request", metadata: metadata)
        }
    }

    private func write(
        _ response: ServiceResponse,
        head: HTTPRequestHead?,
        keepAlive: Bool,
        context: ChannelHandlerContext
    ) {
        let bytes = ResponseEncoder.encode(
            response,
            version: head?.version ?? .http1_1,
            keepAlive: keepAlive,
            includeBody: head?.method != .HEAD,
            allocator: context.channel.allocator
        )
        if keepAlive {
            context.write(wrapOutboundOut(bytes), promise: nil)
            needsFlush = true
        } else {
            needsFlush = false
            timer?.cancel()
            timer = nil
            let channel = context.channel
            context.writeAndFlush(wrapOutboundOut(bytes)).whenComplete { _ in channel.close(promise: nil) }
        }
    }

    private func flushIfNeeded(context: ChannelHandlerContext) {
        guard needsFlush else { return }
        needsFlush = false
        context.flush()
    }
}

@available(*, unavailable)
extension HTTPHandler: Sendable {}

/// A duration in milliseconds, formatted only when a log line is written (off the event loop).
struct Milliseconds: CustomStringConvertible, Sendable {
    var duration: Duration

    init(_ duration: Duration) { self.duration = duration }

    var description: String {
        let (seconds, attoseconds) = duration.components
        let value = ((Double(seconds) * 1000 + Double(attoseconds) / 1e15) * 1000).rounded() / 1000
        return "\(value)"
    }
}
