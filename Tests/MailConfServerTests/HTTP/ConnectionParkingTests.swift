import Foundation
import MailConfTesting
import NIOCore
import NIOEmbedded
import NIOHTTP1
import Synchronization
import Testing

@testable import MailConfServer

/// The parking lot's rules as a value: which sockets are due, in what order, and what closing it returns.
@Suite struct ParkingLotTests {
    let start = NIODeadline.uptimeNanoseconds(1_000_000_000)
    func at(_ seconds: Int64) -> NIODeadline { start + .seconds(seconds) }

    @Test func socketsExpireAtTheirDeadlineAndNotBefore() {
        var lot = ParkingLot()
        let parked = lot.park(7, until: at(15)) && lot.park(8, until: at(16))
        #expect(parked)
        let next = lot.nextDeadline()
        #expect(next == at(15))
        let early = lot.expire(now: at(14))
        let due = lot.expire(now: at(15))
        #expect(early.isEmpty && due == [7])
        #expect(lot.count == 1)
        let late = lot.expire(now: at(20))
        #expect(late == [8])
        let none = lot.nextDeadline()
        #expect(lot.count == 0 && none == nil)
    }

    @Test func aTakenSocketNeverExpiresAndItsDeadlineComesBack() {
        var lot = ParkingLot()
        _ = lot.park(7, until: at(15))
        _ = lot.park(8, until: at(16))
        let first = lot.take(7)
        let second = lot.take(7)
        #expect(first == at(15))
        #expect(second == nil, "taken once")
        let next = lot.nextDeadline()
        #expect(next == at(16), "the taken socket's entry is skipped")
        let expired = lot.expire(now: at(30))
        #expect(expired == [8])
    }

    @Test func aDescriptorParkedAgainKeepsOnlyItsNewDeadline() {
        var lot = ParkingLot()
        _ = lot.park(7, until: at(15))
        _ = lot.take(7)
        _ = lot.park(7, until: at(40))  // the same number, a later connection or the same one after a request
        let early = lot.expire(now: at(20))
        let due = lot.expire(now: at(40))
        #expect(early.isEmpty && due == [7])
    }

    @Test func closingReturnsEveryParkedSocketAndRefusesMore() {
        var lot = ParkingLot()
        _ = lot.park(7, until: at(15))
        _ = lot.park(8, until: at(16))
        _ = lot.take(8)
        let closed = lot.close()
        let refused = !lot.park(9, until: at(20))
        let expired = lot.expire(now: at(100))
        #expect(closed == [7] && refused)
        #expect(lot.count == 0 && expired.isEmpty)
    }
}

/// What a channel's connection asked of its parking, recorded.
final class RecordingParking: SocketParking {
    struct Record: Sendable {
        var duplicated: [CInt] = []
        var parked: [(CInt, NIODeadline)] = []
        var closed: [CInt] = []
        var ended = 0
    }
    let record = Mutex(Record())
    let canDuplicate: Bool
    let canPark: Bool

    init(canDuplicate: Bool = true, canPark: Bool = true) {
        self.canDuplicate = canDuplicate
        self.canPark = canPark
    }

    func duplicate(_ descriptor: CInt) -> CInt? {
        guard canDuplicate else { return nil }
        record.withLock { $0.duplicated.append(descriptor) }
        return descriptor + 100
    }

    func repark(_ descriptor: CInt, until deadline: NIODeadline) -> Bool {
        guard canPark else { return false }
        record.withLock { $0.parked.append((descriptor, deadline)) }
        return true
    }

    func closeSocket(_ descriptor: CInt, reason: HTTPConnectionStateMachine.CloseReason?) {
        record.withLock { $0.closed.append(descriptor) }
    }

    func connectionEnded() { record.withLock { $0.ended += 1 } }
}

/// A connection whose channel owns its socket: once idle, a duplicate is made, the channel closes and the
/// duplicate is parked with the connection's idle deadline.
@Suite struct ParkedCompactionTests {
    /// A connection as the parking hands it to NIO: the server's handlers with `socket`, connected.
    func handedOver(_ responder: TestResponder, _ socket: ParkedSocket) throws -> EmbeddedChannel {
        let channel = EmbeddedChannel()
        try channel.pipeline.syncOperations.addHandlers(responder.connectionFactory().makeHandlers(parked: socket))
        channel.closeFuture.whenComplete { _ in socket.channelClosed() }
        try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 1)).wait()
        return channel
    }

    func written(_ channel: EmbeddedChannel) throws -> String {
        var text = ""
        while let buffer = try channel.readOutbound(as: ByteBuffer.self) { text += String(buffer: buffer) }
        return text
    }

    @Test func anIdleConnectionClosesItsChannelAndParksADuplicate() throws {
        let responder = TestResponder()
        let parking = RecordingParking()
        let channel = try handedOver(responder, ParkedSocket(descriptor: 7, parking: parking))
        let asked = channel.embeddedEventLoop.now
        try channel.writeInbound(ByteBuffer(string: "GET /a HTTP/1.1\r\nHost: a\r\n\r\n"))
        #expect(try written(channel).contains("answer /a"))
        #expect(channel.isActive)

        channel.embeddedEventLoop.advanceTime(by: .seconds(2))
        #expect(!channel.isActive, "the channel went")
        let record = parking.record.withLock { $0 }
        #expect(record.duplicated == [7], "the channel's descriptor, duplicated before it closed")
        #expect(record.parked.map(\.0) == [107] && record.parked.map(\.1) == [asked + .seconds(15)])
        #expect(record.closed.isEmpty && record.ended == 0, "the connection goes on")
        #expect(
            responder.metric("mailconf_http_connections_closed_total{reason=\"idle_timeout\"}") == 0,
            "parking is not a close"
        )
    }

    @Test func partOfAPipelinedRequestIsNeverParkedAway() throws {
        let responder = TestResponder()
        let parking = RecordingParking()
        let channel = try handedOver(responder, ParkedSocket(descriptor: 7, parking: parking))
        // One read: a whole request and the start of the next.
        try channel.writeInbound(ByteBuffer(string: "GET /a HTTP/1.1\r\nHost: a\r\n\r\nGET /b HTTP/1.1\r\nHo"))
        #expect(try written(channel).contains("answer /a"))

        channel.embeddedEventLoop.advanceTime(by: .seconds(2))
        #expect(channel.isActive, "the held bytes keep the channel")
        #expect(parking.record.withLock { $0.parked.isEmpty })

        try channel.writeInbound(ByteBuffer(string: "st: a\r\n\r\n"))
        let text = try written(channel)
        #expect(text.contains("answer /b"), "the second request whole: \(text)")

        // Between requests again: parked after the delay.
        channel.embeddedEventLoop.advanceTime(by: .seconds(2))
        #expect(!channel.isActive)
        #expect(parking.record.withLock { $0.parked.count } == 1)
    }

    @Test func aHeldPartialRequestStillMeetsTheRequestTimeout() throws {
        let responder = TestResponder()
        let channel = try handedOver(responder, ParkedSocket(descriptor: 7, parking: RecordingParking()))
        try channel.writeInbound(ByteBuffer(string: "GET /a HTTP/1.1\r\nHost: a\r\n\r\nGET /b HTTP/1.1\r\nHo"))
        _ = try written(channel)
        channel.embeddedEventLoop.advanceTime(by: .seconds(11))  // the request timeout is 10 s
        #expect(!channel.isActive)
        #expect(responder.metric("mailconf_http_connections_closed_total{reason=\"request_timeout\"}") == 1)
    }

    @Test func aDuplicateThatCannotBeParkedIsClosedAndTheConnectionEnds() throws {
        let parking = RecordingParking(canPark: false)
        let socket = ParkedSocket(descriptor: 7, parking: parking)
        #expect(socket.parkWhenClosed(until: .now()))
        socket.channelClosed()
        socket.channelClosed()
        let record = parking.record.withLock { $0 }
        #expect(record.closed == [107], "closed once, however often the channel reports")
        #expect(record.ended == 0, "closing the duplicate ends the connection")
    }

    @Test func aChannelThatClosesWithoutParkingEndsItsConnection() throws {
        let parking = RecordingParking()
        let socket = ParkedSocket(descriptor: 7, parking: parking)
        socket.channelClosed()
        let record = parking.record.withLock { $0 }
        #expect(record.ended == 1 && record.closed.isEmpty && record.parked.isEmpty)
    }

    @Test func withNoDescriptorLeftTheChannelStays() throws {
        let responder = TestResponder()
        let channel = try handedOver(
            responder,
            ParkedSocket(descriptor: 7, parking: RecordingParking(canDuplicate: false))
        )
        try channel.writeInbound(ByteBuffer(string: "GET /a HTTP/1.1\r\nHost: a\r\n\r\n"))
        _ = try written(channel)
        channel.embeddedEventLoop.advanceTime(by: .seconds(2))
        #expect(channel.isActive, "compacted in place instead")
        #expect((try? channel.pipeline.syncOperations.context(handlerType: ConnectionStartHandler.self)) != nil)
        try channel.writeInbound(ByteBuffer(string: "GET /b HTTP/1.1\r\nHost: a\r\n\r\n"))
        #expect(try written(channel).contains("answer /b"))
    }
}

#if os(Linux)
/// The running server: connections with nothing to say hold no channel, kept-alive ones go back to the lot when
/// idle and still answer, and the lot keeps the idle timeout, the limit and shutdown.
@Suite(.serialized, .timeLimit(.minutes(2))) struct ConnectionParkingServerTests {
    func waitFor(_ condition: () -> Bool) async throws {
        for _ in 0..<200 where !condition() { try await Task.sleep(for: .milliseconds(25)) }
    }

    @Test func silentConnectionsAreParkedAndAnswerWhenTheySpeak() async throws {
        try await ServerHarness.with { harness in
            let port = harness.server.port
            let silent = try await (0..<5).asyncMap { _ in try await RawConnection.connect(port: port) }
            try await waitFor { harness.server.parkedConnections == 5 }
            #expect(harness.server.parkedConnections == 5)
            #expect(harness.server.openConnections == 5)
            #expect(try await harness.metric("mailconf_http_connections_parked") == 5)

            let reply = try await silent[0].exchange(["GET /healthz HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n"])
            #expect(reply.text.hasPrefix("HTTP/1.1 200 OK"))
            #expect(reply.closed)
            try await waitFor { harness.server.parkedConnections == 4 }
            #expect(harness.server.parkedConnections == 4)
            for connection in silent.dropFirst() { _ = try await connection.exchange([], timeout: .milliseconds(1)) }
        }
    }

    @Test func aKeptAliveConnectionIsParkedBetweenRequestsAndStillAnswers() async throws {
        try await ServerHarness.with { harness in
            let connection = try await RawConnection.connect(port: harness.server.port)
            let requests = [
                "GET /healthz HTTP/1.1\r\nHost: a\r\n\r\n",
                "GET /healthz HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n",
            ]
            async let reply = connection.exchange(requests, pause: .milliseconds(2500), timeout: .seconds(20))
            // Between the two requests, past the compaction delay: no channel, the socket parked.
            try await Task.sleep(for: .milliseconds(1800))
            let parkedBetween = harness.server.parkedConnections
            let text = try await reply.text
            #expect(parkedBetween == 1)
            #expect(text.components(separatedBy: "HTTP/1.1 200 OK").count == 3, "both answered: \(text)")
        }
    }

    @Test func parkedConnectionsCloseAtTheIdleTimeoutAndAreCounted() async throws {
        try await ServerHarness.with {
            $0.idleTimeout = .seconds(1)
        } body: { harness in
            // Timed from before the connect: the server's clock starts at its accept, which a busy test process can
            // resume from well after.
            let started = ContinuousClock.now
            let connection = try await RawConnection.connect(port: harness.server.port)
            let reply = try await connection.exchange([], timeout: .seconds(20))
            #expect(reply.closed && reply.text.isEmpty)
            #expect(ContinuousClock.now - started >= .milliseconds(900))
            #expect(ContinuousClock.now - started < .seconds(10))
            try await waitFor { harness.server.openConnections == 0 }
            #expect(harness.server.openConnections == 0)
            #expect(
                try await harness.metric("mailconf_http_connections_closed_total{reason=\"idle_timeout\"}") >= 1
            )
        }
    }

    @Test func parkedConnectionsTheClientEndsAreReleased() async throws {
        try await ServerHarness.with { harness in
            let port = harness.server.port
            // One closed politely (FIN), one reset (RST), both while parked.
            let polite = try await RawConnection.connect(port: port)
            let reset = try connectedSocket(port: port)
            try await waitFor { harness.server.parkedConnections == 2 }
            #expect(harness.server.parkedConnections == 2)
            _ = try await polite.exchange([], timeout: .milliseconds(1))
            var linger = linger(l_onoff: 1, l_linger: 0)
            _ = setsockopt(reset, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<linger>.size))
            close(reset)
            try await waitFor { harness.server.openConnections == 0 }
            #expect(harness.server.openConnections == 0, "both places given back")
            #expect(harness.server.parkedConnections == 0)
        }
    }

    /// A plain blocking socket connected to the server on loopback.
    func connectedSocket(port: Int) throws -> CInt {
        let descriptor = socket(AF_INET, CInt(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else { throw IOError(errnoCode: errno, reason: "connect") }
        return descriptor
    }

    @Test func shutdownClosesParkedConnections() async throws {
        let harness = try await ServerHarness.start()
        let connection = try await RawConnection.connect(port: harness.server.port)
        try await waitFor { harness.server.parkedConnections == 1 }
        async let reply = connection.exchange([], timeout: .seconds(20))
        await harness.stop()
        let received = try await reply
        #expect(received.closed, "the client sees the close at shutdown, not a timeout")
        #expect(harness.server.openConnections == 0)
    }
}

extension Range where Bound == Int {
    fileprivate func asyncMap<T>(_ transform: (Int) async throws -> T) async rethrows -> [T] {
        var results: [T] = []
        for index in self { results.append(try await transform(index)) }
        return results
    }
}
#endif
