import NIOCore
import NIOHTTP1
import Testing

@testable import MailConfServer

/// The connection's rules as a value: events in, actions out, no socket and no clock.
@Suite struct HTTPConnectionStateMachineTests {
    typealias Machine = HTTPConnectionStateMachine
    let start = NIODeadline.uptimeNanoseconds(1_000_000_000)

    func machine(_ configure: (inout Machine.Configuration) -> Void = { _ in }) -> Machine {
        var configuration = Machine.Configuration()
        configuration.compactAfter = nil
        configure(&configuration)
        return Machine(configuration: configuration, now: start)
    }

    func head(_ uri: String, _ headers: [(String, String)] = [], version: HTTPVersion = .http1_1) -> HTTPRequestHead {
        HTTPRequestHead(version: version, method: .GET, uri: uri, headers: HTTPHeaders(headers))
    }

    func at(_ seconds: Int64) -> NIODeadline { start + .seconds(seconds) }

    @Test func pipelinedRequestsAreAnsweredOneAtATimeInOrder() {
        var machine = machine()
        let first = head("/first")
        let second = head("/second")
        #expect(machine.channelRead(.head(first), now: start) == .none)
        #expect(machine.channelRead(.end(nil), now: start) == .answer(first, body: nil))
        // While the first is answered, the second waits and nothing more is read.
        #expect(machine.channelRead(.head(second), now: start) == .none)
        #expect(machine.channelRead(.end(nil), now: start) == .none)
        #expect(machine.readRequested() == .none)
        #expect(machine.resume(now: start) == .none, "nothing moves before the first answer")
        #expect(machine.responseReady() == .keepAlive)
        #expect(machine.resume(now: start) == .answer(second, body: nil))
        #expect(machine.responseReady() == .keepAlive)
        #expect(machine.resume(now: start) == .read, "the read held back goes on once the queue is empty")
    }

    @Test func aClientPipeliningBeyondTheQueueIsCutOff() {
        var machine = machine { $0.maximumQueuedParts = 2 }
        _ = machine.channelRead(.head(head("/a")), now: start)
        _ = machine.channelRead(.end(nil), now: start)
        #expect(machine.channelRead(.head(head("/b")), now: start) == .none)
        #expect(machine.channelRead(.end(nil), now: start) == .none)
        #expect(machine.channelRead(.head(head("/c")), now: start) == .close(.pipelineOverflow))
        #expect(machine.responseReady() == .close)
    }

    @Test func expectContinueIsAnsweredBeforeTheBodyOnlyWhenABodyComes() {
        var machine = machine()
        let post = HTTPRequestHead(
            version: .http1_1,
            method: .POST,
            uri: "/autodiscover/autodiscover.xml",
            headers: ["Content-Length": "5", "Expect": "100-Continue"]
        )
        #expect(machine.channelRead(.head(post), now: start) == .sendContinue)
        #expect(machine.channelRead(.body(ByteBuffer(string: "hello")), now: start) == .none)
        #expect(machine.channelRead(.end(nil), now: start) == .answer(post, body: ByteBuffer(string: "hello")))
        _ = machine.responseReady()
        _ = machine.resume(now: start)

        var empty = post
        empty.headers.replaceOrAdd(name: "Content-Length", value: "0")
        #expect(machine.channelRead(.head(empty), now: start) == .none)
        _ = machine.channelRead(.end(nil), now: start)
        _ = machine.responseReady()
        _ = machine.resume(now: start)

        var old = post
        old.version = .http1_0
        #expect(machine.channelRead(.head(old), now: start) == .none, "HTTP/1.0 has no 100 Continue")
    }

    @Test func bodiesAreCappedByContentLengthBeforeTheyArriveAndByWhatArrives() {
        var byLength = machine { $0.maximumBodyBytes = 10 }
        let big = HTTPRequestHead(version: .http1_1, method: .POST, uri: "/x", headers: ["Content-Length": "11"])
        #expect(byLength.channelRead(.head(big), now: start) == .reject(.payloadTooLarge, head: big))
        #expect(byLength.channelRead(.body(ByteBuffer(string: "x")), now: start) == .none, "nothing after a reject")

        var byChunks = machine { $0.maximumBodyBytes = 10 }
        let chunked = HTTPRequestHead(
            version: .http1_1,
            method: .POST,
            uri: "/x",
            headers: ["Transfer-Encoding": "chunked"]
        )
        #expect(byChunks.channelRead(.head(chunked), now: start) == .none)
        #expect(byChunks.channelRead(.body(ByteBuffer(string: "123456")), now: start) == .none)
        #expect(
            byChunks.channelRead(.body(ByteBuffer(string: "12345")), now: start)
                == .reject(.payloadTooLarge, head: chunked)
        )
    }

    @Test func aTrickledRequestIsCutAtTheRequestDeadlineWhateverItsPace() {
        var machine = machine()
        #expect(machine.channelActive(now: start) == .scheduleTimer(at(15)))
        // A read that brings part of a head (the decoder shows nothing yet) starts the request's clock.
        #expect(machine.readComplete(now: at(1)) == .scheduleTimer(at(11)))
        // More bytes keep coming, but never a whole request: the deadline does not move.
        #expect(machine.readComplete(now: at(5)) == .none)
        #expect(machine.readComplete(now: at(9)) == .none)
        #expect(machine.timerFired(now: at(11)) == .close(.requestTimeout))
    }

    @Test func aSilentConnectionIsClosedAfterTheIdleTimeoutAndKeepAliveRequestsArmNoTimer() {
        var machine = machine()
        #expect(machine.channelActive(now: start) == .scheduleTimer(at(15)))
        // Whole requests, as nearly all arrive: no timer is re-armed for them.
        for second in [2, 4, 6] {
            _ = machine.channelRead(.head(head("/healthz")), now: at(Int64(second)))
            _ = machine.channelRead(.end(nil), now: at(Int64(second)))
            #expect(machine.responseReady() == .keepAlive)
            #expect(machine.resume(now: at(Int64(second))) == .none)
            #expect(machine.readComplete(now: at(Int64(second))) == .none)
        }
        // The timer fires when first armed, sees the recent request, and waits the rest of the idle time.
        #expect(machine.timerFired(now: at(15)) == .scheduleTimer(at(21)))
        #expect(machine.timerFired(now: at(21)) == .close(.idleTimeout))
    }

    @Test func noClockRunsWhileAnAnswerIsBeingMade() {
        var machine = machine()
        _ = machine.channelActive(now: start)
        _ = machine.channelRead(.head(head("/slow")), now: at(1))
        _ = machine.channelRead(.end(nil), now: at(1))
        // An answer has its own deadline (the resolver's); the connection's timer only waits.
        #expect(machine.timerFired(now: at(15)) == .scheduleTimer(at(30)))
        #expect(machine.responseReady() == .keepAlive)
    }

    @Test func quiescingClosesAnIdleConnectionAtOnceAndABusyOneAfterItsResponse() {
        var idle = machine()
        #expect(idle.quiesce() == .close(.quiesced))

        var busy = machine()
        _ = busy.channelRead(.head(head("/slow")), now: start)
        _ = busy.channelRead(.end(nil), now: start)
        _ = busy.channelRead(.head(head("/next")), now: start)
        #expect(busy.quiesce() == .none)
        #expect(busy.responseReady() == .close, "the response says Connection: close")
        #expect(busy.resume(now: start) == .none, "the pipelined request behind it is not answered")

        var arriving = machine()
        #expect(arriving.readComplete(now: start) == .scheduleTimer(at(10)))
        #expect(arriving.quiesce() == .none, "a request already arriving is answered")
        _ = arriving.channelRead(.head(head("/a")), now: start)
        _ = arriving.channelRead(.end(nil), now: start)
        #expect(arriving.responseReady() == .close)
    }

    @Test func garbageGets400AfterTheResponseAlreadyDueAndAnOversizedHead431() {
        var machine = machine()
        #expect(machine.parseFailed(.malformed) == .reject(.badRequest, head: nil))
        #expect(machine.channelRead(.head(head("/a")), now: start) == .none, "closed")

        var pipelined = self.machine()
        let first = head("/first")
        _ = pipelined.channelRead(.head(first), now: start)
        _ = pipelined.channelRead(.end(nil), now: start)
        #expect(pipelined.parseFailed(.malformed) == .none)
        #expect(pipelined.responseReady() == .keepAlive)
        #expect(pipelined.resume(now: start) == .reject(.badRequest, head: nil))

        var oversized = self.machine()
        #expect(oversized.parseFailed(.headerTooLarge) == .reject(.requestHeaderFieldsTooLarge, head: nil))
    }

    @Test func connectionCloseAndHTTP10WithoutKeepAliveEndTheConnection() {
        var machine = machine()
        _ = machine.channelRead(.head(head("/a", [("Connection", "close")])), now: start)
        _ = machine.channelRead(.end(nil), now: start)
        #expect(machine.responseReady() == .close)

        var old = self.machine()
        _ = old.channelRead(.head(head("/a", version: .http1_0)), now: start)
        _ = old.channelRead(.end(nil), now: start)
        #expect(old.responseReady() == .close)
    }
}

extension HTTPConnectionStateMachineTests {
    @Test func aTargetWithRawUTF8IsAnsweredAndOneWithInvalidBytesRefused() {
        var machine = machine()
        let raw = head("/mail/config-v1.1.xml?emailaddress=ay\u{15F}e@\u{F6}rnek.com.tr")
        _ = machine.channelRead(.head(raw), now: start)
        #expect(machine.channelRead(.end(nil), now: start) == .answer(raw, body: nil))
        _ = machine.responseReady()
        _ = machine.resume(now: start)
        // What the decoder makes of bytes that are not UTF-8.
        let invalid = head("/mail/config-v1.1.xml?emailaddress=a\u{FFFD}(@x.test")
        #expect(machine.channelRead(.head(invalid), now: start) == .reject(.badRequest, head: invalid))
    }
}

extension HTTPConnectionStateMachineTests {
    @Test func anIdleKeptAliveConnectionCompactsAndOneWithARequestArrivingDoesNot() {
        var machine = machine { $0.compactAfter = .seconds(1) }
        #expect(machine.channelActive(now: start) == .scheduleTimer(at(1)))
        _ = machine.channelRead(.head(head("/a")), now: start)
        _ = machine.channelRead(.end(nil), now: start)
        _ = machine.responseReady()
        _ = machine.resume(now: start)
        _ = machine.readComplete(now: start)
        #expect(machine.timerFired(now: at(1)) == .compact(idleDeadline: at(15)))

        var arriving = self.machine { $0.compactAfter = .seconds(1) }
        _ = arriving.channelActive(now: start)
        _ = arriving.readComplete(now: start)  // part of a head
        #expect(arriving.timerFired(now: at(1)) == .scheduleTimer(at(10)))
    }

    @Test func theStartOfAnotherRequestAfterAWholeOneIsNeverCompactedAway() {
        var machine = machine { $0.compactAfter = .seconds(1) }
        let first = head("/first")
        _ = machine.channelRead(.head(first), now: start)
        #expect(machine.channelRead(.end(nil), now: start) == .answer(first, body: nil))
        #expect(machine.responseReady() == .keepAlive)
        _ = machine.resume(now: start)
        // The read also brought part of the next head, which the decoder holds.
        _ = machine.readComplete(now: start, partialRequest: true)
        #expect(machine.timerFired(now: at(2)) != .compact(idleDeadline: at(15)))
        #expect(machine.timerFired(now: at(10)) == .close(.requestTimeout), "the partial request's own clock")
    }
}
