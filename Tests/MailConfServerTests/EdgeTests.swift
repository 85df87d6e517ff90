import Foundation
import Logging
import MailConfCore
import MailConfTesting
import NIOCore
import NIOHTTP1
import Synchronization
import Testing

@testable import MailConfServer

/// What a hostile client finds at the edges of a running `serve` (issue 18): forged log lines, echoed input,
/// oversized heads, POX error codes, what `/metrics` and the log count, raw UTF-8, the connection limit.
@Suite(.serialized, .timeLimit(.minutes(3))) struct EdgeTests {
    /// A server whose log goes to `sink` at `level`, through the production handler and writer.
    func withLoggingServer(
        level: Logger.Level = .info,
        format: LogLineFormat = .text,
        _ configure: (inout ServeOptions) -> Void = { _ in },
        body: (ServerHarness, CollectingSink) async throws -> Void
    ) async throws {
        let sink = CollectingSink()
        let writer = LogLineWriter(format: format, sink: sink.sink)
        let logger = Logger(label: "mailconf.serve") { label in
            LineLogHandler(label: label, level: level, writer: writer)
        }
        try await ServerHarness.with(configure, logger: logger, logWriter: writer) { harness in
            try await body(harness, sink)
        }
        writer.shutdown()
    }

    @Test func theIssuesForgedLogLineIsOneEscapedLine() async throws {
        try await withLoggingServer(level: .debug) { harness, sink in
            let path =
                "/mail/config-v1.1.xml?emailaddress=alice%40x.test%0A2026-01-01T00:00:00Z%20info%20mailconf.serve:%20FAKE%1B%5B31m"
            _ = try await harness.request(path)
            _ = try await harness.request("/healthz")
            try await sink.waitFor(2, containing: ": request ")
            let requests = sink.lines.filter { $0.contains(": request ") }
            #expect(requests.count == 2, "\(sink.lines)")
            #expect(!sink.lines.contains { $0.contains("FAKE") && !$0.contains(#"\n2026-01-01"#) })
            #expect(sink.batches.withLock { $0 }.joined().allSatisfy { $0 >= 0x20 && $0 != 0x7F || $0 == 0x0A })
            #expect(requests.first?.contains(#"\x1b[31m"#) == true)
        }
    }

    @Test func everyControlByteInTheAddressStaysEscapedInTheLog() async throws {
        try await withLoggingServer(level: .debug) { harness, sink in
            let bytes = Array(0x00...0x1F) + [0x7F]
            for byte in bytes {
                let encoded = String(format: "%%%02X", byte)
                _ = try await harness.request("/v1/lookup?email=a\(encoded)b%40gmail.com")
            }
            try await sink.waitFor(bytes.count, containing: ": request ")
            #expect(sink.lines.filter { $0.contains(": request ") }.count == bytes.count)
            #expect(sink.batches.withLock { $0 }.joined().allSatisfy { $0 >= 0x20 && $0 != 0x7F || $0 == 0x0A })
        }
    }

    @Test func echoedInputIsCutInBodiesPOXMessagesAndLogs() async throws {
        try await withLoggingServer(level: .debug) { harness, sink in
            let long = String(repeating: "x", count: 10_000)
            let json = try await harness.request("/mail/config-v1.1.xml?emailaddress=\(long)")
            #expect(json.status == 400)
            #expect(json.body.count < 800, "\(json.body.count) bytes")
            #expect(json.body.contains(EchoedInput.cutMark))
            let pox = try await harness.request(
                "/autodiscover/autodiscover.xml",
                method: .POST,
                body: "<Autodiscover><Request><EMailAddress>\(long)</EMailAddress></Request></Autodiscover>"
            )
            #expect(pox.body.contains("<ErrorCode>600</ErrorCode>"))
            #expect(pox.body.count < 1200, "\(pox.body.count) bytes")
            let page = try await harness.request("/?email=\(long)")
            #expect(page.body.count < 10_000, "\(page.body.count) bytes")
            try await sink.waitFor(3, containing: ": request ")
            #expect(sink.lines.allSatisfy { $0.utf8.count < 800 }, "\(sink.lines.map(\.count))")
        }
    }

    @Test func theDomainIsLoggedWhateverCarriedIt() async throws {
        try await withLoggingServer { harness, sink in
            _ = try await harness.request(
                "/autodiscover/autodiscover.xml",
                method: .POST,
                body: EndpointTests.autodiscoverBody
            )
            _ = try await harness.request(
                "/.well-known/autoconfig/mail/config-v1.1.xml",
                headers: [("Host", "googlemail.com")]
            )
            _ = try await harness.request("/mail/config-v1.1.xml", headers: [("Host", "autoconfig.gmail.com")])
            // And again, from the exact-request cache.
            _ = try await harness.request("/mail/config-v1.1.xml", headers: [("Host", "autoconfig.gmail.com")])
            try await sink.waitFor(4, containing: ": request ")
            let lines = sink.lines.filter { $0.contains(": request ") }
            #expect(lines.count == 4)
            #expect(lines[0].contains("domain=gmail.com") && lines[0].contains("method=POST"), "\(lines[0])")
            #expect(lines[1].contains("domain=googlemail.com"), "\(lines[1])")
            #expect(lines[2].contains("domain=gmail.com") && lines[3].contains("domain=gmail.com"), "\(lines)")
        }
    }

    @Test func anOversizedHeadGets431AndEveryEdgeResponseIsCounted() async throws {
        try await ServerHarness.with { harness in
            let port = harness.server.port
            let big = try await RawConnection.connect(port: port).exchange([
                "GET /healthz HTTP/1.1\r\nHost: a\r\nCookie: " + String(repeating: "c", count: 20_000) + "\r\n\r\n"
            ])
            #expect(big.text.hasPrefix("HTTP/1.1 431 Request Header Fields Too Large\r\n"), "\(big.text.prefix(80))")
            #expect(big.closed)
            let garbage = try await RawConnection.connect(port: port).exchange(["NOT HTTP\r\n\r\n"])
            #expect(garbage.text.hasPrefix("HTTP/1.1 400"))
            let tooLarge = try await RawConnection.connect(port: port).exchange([
                "POST /autodiscover/autodiscover.xml HTTP/1.1\r\nHost: a\r\nContent-Length: 999999\r\n\r\n"
            ])
            #expect(tooLarge.text.hasPrefix("HTTP/1.1 413"))
            #expect(try await harness.metric("mailconf_http_requests_total{endpoint=\"none\",status=\"431\"}") == 1)
            #expect(try await harness.metric("mailconf_http_requests_total{endpoint=\"none\",status=\"400\"}") == 1)
            #expect(
                try await harness.metric("mailconf_http_requests_total{endpoint=\"autodiscover_xml\",status=\"413\"}")
                    == 1
            )
            #expect(try await harness.metric("mailconf_log_lines_dropped_total") == 0)
        }
    }

    @Test func connectionsCutForSlownessAreCounted() async throws {
        try await ServerHarness.with {
            $0.requestTimeout = .milliseconds(300)
            // Room for a loaded machine to send the trickled request's first bytes before the idle timeout.
            $0.idleTimeout = .seconds(2)
        } body: { harness in
            let port = harness.server.port
            let trickled = try await RawConnection.connect(port: port)
                .exchange(
                    ["GET /healthz HTTP/1.1\r\n", "X-A: 1\r\n"],
                    pause: .milliseconds(100),
                    timeout: .seconds(20)
                )
            #expect(trickled.closed && trickled.text.isEmpty)
            let idle = try await RawConnection.connect(port: port).exchange([], timeout: .seconds(20))
            #expect(idle.closed)
            let closed = "mailconf_http_connections_closed_total{reason="
            #expect(try await harness.metric(closed + "\"request_timeout\"}") == 1)
            #expect(try await harness.metric(closed + "\"idle_timeout\"}") == 1)
        }
    }

    @Test func rawUTF8InTheTargetIsServed() async throws {
        let directory = try EndpointTests().localProviders()
        try await ServerHarness.with {
            $0.providersDirectory = directory
        } body: { harness in
            let received = try await RawConnection.connect(port: harness.server.port).exchange([
                "GET /mail/config-v1.1.xml?emailaddress=ay\u{15F}e@\u{F6}rnek.com.tr HTTP/1.1\r\nHost: a\r\n"
                    + "Connection: close\r\n\r\n"
            ])
            #expect(received.text.hasPrefix("HTTP/1.1 200"), "\(received.text.prefix(200))")
            #expect(received.text.contains("<username>ayşe</username>"))
        }
    }

    static let poxCases: [(String, String, Int)] = [
        ("unknown domain", "bob@unknown-domain.example", 500),
        ("bridge only", "bob@proton.me", 501),
        ("no IMAP access", "bob@tuta.com", 501),
    ]

    @Test(arguments: poxCases)
    func poxErrorCodesFollowMSOXDSCLI(_ name: String, _ address: String, _ code: Int) async throws {
        try await ServerHarness.with { harness in
            let reply = try await harness.request(
                "/autodiscover/autodiscover.xml",
                method: .POST,
                body: EndpointTests.autodiscoverBody.replacing("bob@gmail.com", with: address)
            )
            #expect(reply.body.contains("<ErrorCode>\(code)</ErrorCode>"), "\(name): \(reply.body)")
        }
    }

    @Test func poxSchemaAndDisplayName() async throws {
        try await ServerHarness.with { harness in
            let other = try await harness.request(
                "/autodiscover/autodiscover.xml",
                method: .POST,
                body: EndpointTests.autodiscoverBody.replacing("responseschema/2006a", with: "responseschema/2006")
            )
            #expect(other.body.contains("<ErrorCode>601</ErrorCode>"))
            let found = try await harness.request(
                "/autodiscover/autodiscover.xml",
                method: .POST,
                body: EndpointTests.autodiscoverBody
            )
            #expect(found.body.contains("<Server>imap.gmail.com</Server>"))
            #expect(!found.body.contains("DisplayName"), "no display name is known")
        }
    }

    @Test func aGetWithoutAnAddressIsNotA200() async throws {
        try await ServerHarness.with { harness in
            // Delta Chat's request: a 200 would end its search.
            let reply = try await harness.request("/autodiscover/autodiscover.xml", headers: [("Host", "gmail.com")])
            #expect(reply.status == 400)
            #expect(reply.body.contains("<ErrorCode>600</ErrorCode>"))
        }
    }

    @Test func connectionsBeyondTheLimitAreRefusedAndCounted() async throws {
        try await ServerHarness.with {
            $0.maximumConnections = 3
            $0.idleTimeout = .seconds(10)
        } body: { harness in
            let port = harness.server.port
            // Three connections that say nothing, held until the server's idle timeout closes them.
            let held = (0..<3).map { _ in
                Task { try await RawConnection.connect(port: port).exchange([], timeout: .seconds(60)) }
            }
            for _ in 0..<600 where harness.server.openConnections < 3 { try await Task.sleep(for: .milliseconds(50)) }
            var refused = false
            for _ in 0..<20 where !refused {
                let extra = try await RawConnection.connect(port: port).exchange(
                    ["GET /healthz HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n"],
                    timeout: .seconds(10)
                )
                refused = extra.closed && extra.text.isEmpty
            }
            #expect(refused, "a connection beyond the limit was closed unanswered")
            for task in held { _ = try await task.value }
            #expect(try await harness.metric("mailconf_http_connections_refused_total") >= 1)
        }
    }
}
