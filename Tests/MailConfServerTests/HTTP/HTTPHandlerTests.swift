import Foundation
import Logging
import NIOCore
import NIOEmbedded
import NIOHTTP1
import Synchronization
import Testing

@testable import MailConfServer

/// A responder whose slow answers (`/slow…`) wait until the test gives them; every other path is answered at once
/// with its own path, so that order can be read off the wire.
final class TestResponder: HTTPResponder {
    let options = ServeOptions()
    let metrics = ServerMetrics()
    let logger: Logger
    let pending = Mutex<[(ServiceRequest, @Sendable (ServiceResponse) -> Void)]>([])

    init(logger: Logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }) {
        self.logger = logger
    }

    func preparedDocument(uri: String, host: String?) -> PreparedDocument? { nil }

    func immediateResponse(to request: ServiceRequest, endpoint: MailConfService.Endpoint) -> ServiceResponse? {
        guard !request.path.hasPrefix("/slow") else { return nil }
        return ServiceResponse(contentType: "text/plain", text: "answer \(request.path)\n")
    }

    func respond(
        to request: ServiceRequest,
        endpoint: MailConfService.Endpoint,
        completion: @escaping @Sendable (ServiceResponse) -> Void
    ) {
        pending.withLock { $0.append((request, completion)) }
    }

    /// Answers the oldest slow request with its path.
    func answerSlow() {
        let next = pending.withLock { $0.isEmpty ? nil : $0.removeFirst() }
        guard let (request, completion) = next else { return }
        completion(ServiceResponse(contentType: "text/plain", text: "answer \(request.path)\n"))
    }

    func metric(_ prefix: String) -> Int {
        metricSum(String(decoding: metrics.render(), as: UTF8.self), prefix: prefix)
    }
}

/// ``HTTPHandler`` behind NIO's request decoder on an `EmbeddedChannel`: the wire as clients write it, time moved
/// by hand.
@Suite(.timeLimit(.minutes(1))) struct HTTPHandlerTests {
    let responder = TestResponder()
    let channel: EmbeddedChannel

    init() throws {
        var limits = NIOHTTPDecoderLimitConfiguration()
        limits.maxHeaderListSize = 1024
        limits.maxHeaderFieldSize = 1024
        var configuration = HTTPConnectionStateMachine.Configuration()
        configuration.maximumBodyBytes = 100
        channel = EmbeddedChannel()
        try channel.pipeline.syncOperations.addHandler(RequestTargetEncoderHandler())
        try channel.pipeline.syncOperations.addHandler(
            ByteToMessageHandler(HTTPRequestDecoder(limitConfiguration: limits), maximumBufferSize: 2048)
        )
        try channel.pipeline.syncOperations.addHandler(
            HTTPHandler(responder: responder, configuration: configuration)
        )
        try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 1)).wait()
    }

    /// Everything written so far, as text.
    func written() throws -> String {
        var text = ""
        while let buffer = try channel.readOutbound(as: ByteBuffer.self) { text += String(buffer: buffer) }
        return text
    }

    func send(_ text: String) throws {
        try channel.writeInbound(ByteBuffer(string: text))
    }

    @Test func pipelinedRequestsAreAnsweredInOrderBehindASlowOne() throws {
        try send("GET /slow HTTP/1.1\r\nHost: a\r\n\r\nGET /fast HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(try written().isEmpty, "the fast answer waits for the slow one before it")
        responder.answerSlow()
        channel.embeddedEventLoop.run()
        let text = try written()
        let slow = try #require(text.range(of: "answer /slow"))
        let fast = try #require(text.range(of: "answer /fast"))
        #expect(slow.lowerBound < fast.lowerBound)
        #expect(channel.isActive)
    }

    @Test func expectContinueGetsA100ThenTheAnswer() throws {
        try send(
            "POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n"
        )
        #expect(try written() == "HTTP/1.1 100 Continue\r\n\r\n")
        try send("hello")
        #expect(try written().hasPrefix("HTTP/1.1 200 OK\r\n"))
    }

    @Test func garbageGets400AndTheConnectionCloses() throws {
        try? send("NOT HTTP\r\n\r\n")
        channel.embeddedEventLoop.run()
        #expect(try written().hasPrefix("HTTP/1.1 400 Bad Request\r\n"))
        #expect(!channel.isActive)
        #expect(responder.metric("mailconf_http_requests_total{endpoint=\"none\",status=\"400\"}") == 1)
    }

    @Test func anOversizedHeadGets431() throws {
        try? send("GET /fast HTTP/1.1\r\nHost: a\r\nX-Big: " + String(repeating: "x", count: 2000) + "\r\n\r\n")
        channel.embeddedEventLoop.run()
        #expect(try written().hasPrefix("HTTP/1.1 431 Request Header Fields Too Large\r\n"))
        #expect(!channel.isActive)
        #expect(responder.metric("mailconf_http_requests_total{endpoint=\"none\",status=\"431\"}") == 1)
    }

    @Test func aBodyOverTheCapGets413AndIsCounted() throws {
        try send("POST /fast HTTP/1.1\r\nHost: a\r\nContent-Length: 500\r\n\r\n")
        channel.embeddedEventLoop.run()
        #expect(try written().hasPrefix("HTTP/1.1 413 Payload Too Large\r\n"))
        #expect(!channel.isActive)
        #expect(responder.metric("mailconf_http_requests_total{endpoint=\"not_found\",status=\"413\"}") == 1)
    }

    @Test func aTrickledHeadIsCutAtTheRequestDeadline() throws {
        try send("GET /fast HTTP/1.1\r\n")
        channel.embeddedEventLoop.advanceTime(by: .seconds(4))
        try send("X-Slow-1: yes\r\n")
        channel.embeddedEventLoop.advanceTime(by: .seconds(4))
        try send("X-Slow-2: yes\r\n")
        #expect(channel.isActive)
        channel.embeddedEventLoop.advanceTime(by: .seconds(2))
        #expect(!channel.isActive)
        #expect(try written().isEmpty)
        #expect(responder.metric("mailconf_http_connections_closed_total{reason=\"request_timeout\"}") == 1)
    }

    @Test func anIdleConnectionIsClosedAndCounted() throws {
        try send("GET /fast HTTP/1.1\r\nHost: a\r\n\r\n")
        channel.embeddedEventLoop.advanceTime(by: .seconds(14))
        #expect(channel.isActive)
        channel.embeddedEventLoop.advanceTime(by: .seconds(2))
        #expect(!channel.isActive)
        #expect(responder.metric("mailconf_http_connections_closed_total{reason=\"idle_timeout\"}") == 1)
    }

    @Test func quiescingClosesAnIdleConnection() throws {
        channel.pipeline.fireUserInboundEventTriggered(ChannelShouldQuiesceEvent())
        channel.embeddedEventLoop.run()
        #expect(!channel.isActive)
    }

    @Test func quiescingLetsTheResponseUnderWayFinishWithConnectionClose() throws {
        try send("GET /slow HTTP/1.1\r\nHost: a\r\n\r\n")
        channel.pipeline.fireUserInboundEventTriggered(ChannelShouldQuiesceEvent())
        #expect(channel.isActive)
        responder.answerSlow()
        channel.embeddedEventLoop.run()
        let text = try written()
        #expect(text.contains("Connection: close\r\n") && text.contains("answer /slow"))
        #expect(!channel.isActive)
    }

    @Test func rawUTF8InTheTargetIsAcceptedAndInvalidBytesRefused() throws {
        try send("GET /fast?emailaddress=ay\u{15F}e@\u{F6}rnek.com.tr HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(try written().hasPrefix("HTTP/1.1 200 OK\r\n"))
        var invalid = ByteBuffer(string: "GET /fast?emailaddress=a")
        invalid.writeBytes([0xC3, 0x28])
        invalid.writeString("@x.test HTTP/1.1\r\nHost: a\r\n\r\n")
        _ = try? channel.writeInbound(invalid)
        channel.embeddedEventLoop.run()
        #expect(try written().hasPrefix("HTTP/1.1 400 Bad Request\r\n"))
    }
}

extension TestResponder {
    /// The handlers a connection gets in the server, over this responder: compacting (or parking, given a parked
    /// socket) after a second of silence, closing after 15.
    func connectionFactory() -> ConnectionStartHandler.Factory {
        var configuration = HTTPConnectionStateMachine.Configuration()
        configuration.compactAfter = .seconds(1)
        let connection = configuration
        return ConnectionStartHandler.Factory(idleTimeout: .seconds(15), metrics: metrics) { factory, parked in
            [
                RequestTargetEncoderHandler(),
                ByteToMessageHandler(HTTPRequestDecoder()),
                HTTPHandler(responder: self, configuration: connection, restart: factory, parked: parked),
            ]
        }
    }
}

/// A connection built as the server builds it: a start handler that installs the HTTP handlers on the first bytes
/// and is put back when a kept-alive connection falls silent.
@Suite(.timeLimit(.minutes(1))) struct ConnectionCompactionTests {
    @Test func anIdleConnectionGivesItsDecoderUpAndStillAnswersItsNextRequest() throws {
        let responder = TestResponder()
        let factory = responder.connectionFactory()
        let channel = EmbeddedChannel()
        try channel.pipeline.syncOperations.addHandler(ConnectionStartHandler(factory: factory))
        try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 1)).wait()
        func has<Handler: ChannelHandler>(_ type: Handler.Type) -> Bool {
            (try? channel.pipeline.syncOperations.context(handlerType: type)) != nil
        }
        #expect(!has(HTTPHandler.self), "nothing but the start handler before any bytes")

        try channel.writeInbound(ByteBuffer(string: "GET /a HTTP/1.1\r\nHost: a\r\n\r\n"))
        #expect(has(HTTPHandler.self))
        var text = ""
        while let buffer = try channel.readOutbound(as: ByteBuffer.self) { text += String(buffer: buffer) }
        #expect(text.contains("answer /a"))

        channel.embeddedEventLoop.advanceTime(by: .seconds(2))
        #expect(!has(HTTPHandler.self) && has(ConnectionStartHandler.self), "compacted")
        #expect(channel.isActive)

        try channel.writeInbound(ByteBuffer(string: "GET /b HTTP/1.1\r\nHost: a\r\n\r\n"))
        text = ""
        while let buffer = try channel.readOutbound(as: ByteBuffer.self) { text += String(buffer: buffer) }
        #expect(text.contains("answer /b"))

        // Silent again: compacted, then closed at the idle deadline counted from the last request.
        channel.embeddedEventLoop.advanceTime(by: .seconds(16))
        #expect(!channel.isActive)
        #expect(responder.metric("mailconf_http_connections_closed_total{reason=\"idle_timeout\"}") == 1)
    }
}
