import Foundation
import MailConfServer
import MailConfTesting
import NIOConcurrencyHelpers
import Testing

/// HTTP/1.1 as clients really speak it, over bare sockets: pipelining, HEAD, HTTP/1.0, `Expect: 100-continue`,
/// garbage, trickled requests.
@Suite(.serialized, .timeLimit(.minutes(3))) struct ProtocolTests {
    static let autoconfig = "/mail/config-v1.1.xml?emailaddress=alice%40gmail.com"

    /// The status codes of the responses in `text`, in order.
    static func statuses(_ text: String) -> [Int] {
        text.components(separatedBy: "HTTP/1.").dropFirst().compactMap { Int($0.dropFirst(2).prefix(3)) }
    }

    @Test func pipelinedRequestsAreAnsweredInOrder() async throws {
        try await ServerHarness.with { harness in
            let connection = try await RawConnection.connect(port: harness.server.port)
            // The first needs a resolution (answered later, from a task); the second is answered at once. The third
            // repeats the first, from the exact-request cache, and ends the connection.
            let requests = [
                "GET \(Self.autoconfig) HTTP/1.1\r\nHost: a\r\n\r\n",
                "GET /healthz HTTP/1.1\r\nHost: a\r\n\r\n",
                "GET /nope HTTP/1.1\r\nHost: a\r\n\r\n",
                "GET \(Self.autoconfig) HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n",
            ]
            let received = try await connection.exchange([requests.joined()])
            #expect(received.closed)
            #expect(Self.statuses(received.text) == [200, 200, 404, 200])
            let documents = received.text.components(separatedBy: "<clientConfig")
            #expect(documents.count == 3)
            let healthz = try #require(received.text.range(of: "\r\n\r\nok"))
            let second = try #require(received.text.range(of: "<clientConfig", options: .backwards))
            #expect(healthz.lowerBound < second.lowerBound)
            // The cached copy is byte for byte the document first rendered.
            let bodies = documents.dropFirst().map { $0.components(separatedBy: "</clientConfig>")[0] }
            #expect(bodies.first == bodies.last)
        }
    }

    @Test func headAndHTTP10() async throws {
        try await ServerHarness.with { harness in
            let head = try await RawConnection.connect(port: harness.server.port)
                .exchange(["HEAD \(Self.autoconfig) HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n"])
            #expect(Self.statuses(head.text) == [200])
            #expect(head.text.contains("Content-Length: "))
            #expect(!head.text.contains("Content-Length: 0\r\n"))
            #expect(head.text.hasSuffix("\r\n\r\n"))
            let old = try await RawConnection.connect(port: harness.server.port)
                .exchange(["GET /healthz HTTP/1.0\r\n\r\n"])
            #expect(old.closed)
            #expect(old.text.hasPrefix("HTTP/1.0 200 OK\r\n"))
            #expect(old.text.contains("Connection: close\r\n"))
        }
    }

    @Test func expectContinueGetsA100BeforeTheBody() async throws {
        try await ServerHarness.with { harness in
            let body = EndpointTests.autodiscoverBody
            let head =
                "POST /autodiscover/autodiscover.xml HTTP/1.1\r\nHost: a\r\nContent-Type: text/xml\r\n"
                + "Content-Length: \(body.utf8.count)\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n"
            let (early, late) = try await RawConnection.connect(port: harness.server.port)
                .converse(head, waitFor: "\r\n\r\n", then: body)
            #expect(early == "HTTP/1.1 100 Continue\r\n\r\n")
            #expect(Self.statuses(late) == [200])
            #expect(late.contains("<Server>imap.gmail.com</Server>"))
        }
    }

    @Test(arguments: ["NOT HTTP AT ALL\r\n\r\n", "GET / HTTP/1.1\r\nHost a\r\n\r\n", "\u{1}\u{2}\u{3}\r\n\r\n"])
    func garbageGetsA400AndTheConnectionEnds(_ garbage: String) async throws {
        try await ServerHarness.with { harness in
            let received = try await RawConnection.connect(port: harness.server.port).exchange([garbage])
            #expect(received.closed)
            #expect(Self.statuses(received.text) == [400])
        }
    }

    @Test func trickledRequestsAreCutOffAtTheRequestDeadline() async throws {
        try await ServerHarness.with {
            $0.requestTimeout = .milliseconds(600)
        } body: { harness in
            // One header line every 200 ms would keep an idle timer happy forever; the request deadline does not.
            let lines = ["GET /healthz HTTP/1.1\r\n"] + (0..<20).map { "X-Slow-\($0): yes\r\n" }
            let received = try await RawConnection.connect(port: harness.server.port)
                .exchange(lines, pause: .milliseconds(200), timeout: DeadlineBound.of(.milliseconds(600)))
            #expect(received.closed)
            #expect(received.text.isEmpty)
        }
    }

    @Test func slowClientsDoNotKeepOthersWaiting() async throws {
        try await ServerHarness.with {
            $0.requestTimeout = .seconds(60)
        } body: { harness in
            // 300 connections hold the server with heads and bodies that never finish (slowloris, a trickled POST) for
            // 20 s: long enough that a loaded CI machine's stalls cannot make the ordinary requests look late.
            let slowDone = NIOLockedValueBox(false)
            let slow = Task {
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for index in 0..<300 {
                        group.addTask {
                            let parts =
                                index.isMultiple(of: 2)
                                ? ["GET /healthz HTTP/1.1\r\n"] + (0..<80).map { "X-Slow-\($0): yes\r\n" }
                                : [
                                    "POST /autodiscover/autodiscover.xml HTTP/1.1\r\nHost: a\r\n"
                                        + "Content-Length: 5000\r\n\r\n"
                                ] + (0..<80).map { _ in "<" }
                            _ = try await RawConnection.connect(port: harness.server.port)
                                .exchange(parts, pause: .milliseconds(250), timeout: .seconds(30))
                        }
                    }
                    try await group.waitForAll()
                }
                slowDone.withLockedValue { $0 = true }
            }
            try await Task.sleep(for: .milliseconds(500))
            // While they hang on, ordinary requests are answered, every one of them.
            for index in 0..<20 {
                let response = try await harness.request("/mail/config-v1.1.xml?emailaddress=u\(index)%40gmail.com")
                #expect(response.status == 200)
            }
            #expect(
                !slowDone.withLockedValue { $0 },
                "the ordinary requests were answered only after the slow ones ended"
            )
            try await slow.value
        }
    }

    @Test func tooManyPipelinedRequestsWhileBusyEndTheConnection() async throws {
        try await ServerHarness.with { harness in
            // The first request needs a resolution; the flood behind it must not be buffered without bound.
            let flood =
                "GET /mail/config-v1.1.xml?emailaddress=x%40example.org HTTP/1.1\r\nHost: a\r\n\r\n"
                + String(repeating: "GET /healthz HTTP/1.1\r\nHost: a\r\n\r\n", count: 2000)
            let received = try await RawConnection.connect(port: harness.server.port).exchange([flood])
            #expect(received.closed)
            #expect(Self.statuses(received.text).count < 2001)
        }
    }
}
