import AsyncHTTPClient
import Foundation
import MailConfCore
import MailConfServer
import MailConfTesting
import NIOHTTP1
import Synchronization
import Testing

/// Counts the connections a listener accepts (and says nothing).
final class AcceptCounter: Sendable {
    let count = Mutex(0)
    var value: Int { count.withLock { $0 } }
}

/// `serve --mode resolve` against dnsmasq and the mail fixture: one resolution for a stampede, no connection to
/// private addresses without the flag, rate limits, graceful shutdown.
@Suite(
    .serialized,
    .timeLimit(.minutes(5)),
    .enabled(if: Fixture.current != nil && DNSFixture.server != nil, "dnsmasq/mail fixtures not running")
)
struct ResolveModeTests {
    let fixture = Fixture.current ?? Fixture(values: [:])

    func with<T: Sendable>(
        allowPrivate: Bool,
        clock: SteppedClock? = nil,
        _ configure: (inout ServeOptions) -> Void = { _ in },
        body: (ServerHarness) async throws -> T
    ) async throws -> T {
        try await ServerHarness.with(
            { options in self.options(&options, allowPrivate: allowPrivate, configure) },
            clock: clock,
            body: body
        )
    }

    func start(allowPrivate: Bool, _ configure: (inout ServeOptions) -> Void = { _ in }) async throws -> ServerHarness {
        try await ServerHarness.start { options in self.options(&options, allowPrivate: allowPrivate, configure) }
    }

    func options(_ options: inout ServeOptions, allowPrivate: Bool, _ configure: (inout ServeOptions) -> Void) {
        options.mode = .resolve
        // Only *.test domains are asked for here, whose servers are the fixture's.
        options.verify = true
        options.allowPrivateTargets = allowPrivate
        options.dnsServer = DNSFixture.server
        options.caFiles = [fixture.caFile]
        options.resolutionDeadline = .seconds(6)
        options.resolutionBurst = 1000
        configure(&options)
    }

    func resolutions(_ harness: ServerHarness) async throws -> Int {
        try await harness.metric("mailconf_resolutions_total{")
    }

    @Test func aStampedeForOneUncachedDomainCausesOneResolution() async throws {
        // The thousand requests share the two cores with the whole suite: the verification gets time to finish.
        try await with(allowPrivate: true) { options in
            options.resolutionDeadline = .seconds(30)
        } body: { harness in
            try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 0..<1000 {
                    group.addTask {
                        try await harness.request("/mail/config-v1.1.xml?emailaddress=user\(index)%40srvonly.test")
                            .status
                    }
                }
                var statuses: [Int: Int] = [:]
                for try await status in group { statuses[status, default: 0] += 1 }
                #expect(statuses == [200: 1000])
            }
            #expect(try await resolutions(harness) == 1)
            let document = try await harness.request("/mail/config-v1.1.xml?emailaddress=bob%40srvonly.test")
            #expect(document.body.contains("<hostname>\(fixture.hostname)</hostname>"))
            #expect(document.body.contains("<username>bob@srvonly.test</username>"))
            for (language, text) in [("en", "Checked live on "), ("tr", "Canlı denetim zamanı: ")] {
                let page = try await harness.request("/?email=bob%40srvonly.test&lang=\(language)").body
                let stamp = #/<p class="checked"><small>[^<]*\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\.</small></p>/#
                #expect(page.contains(text) && page.contains(stamp), "\(page)")
            }
        }
    }

    @Test func anExpiredAnswerIsServedAtOnceWhileItsDomainIsRediscovered() async throws {
        let clock = SteppedClock()
        try await with(allowPrivate: true, clock: clock) { options in
            options.cacheTTL = .seconds(2)
            options.negativeTTL = .seconds(2)
        } body: { harness in
            let path = "/mail/config-v1.1.xml?emailaddress=bob%40srvonly.test"
            let first = try await harness.request(path)
            #expect(first.status == 200)
            #expect(try await resolutions(harness) == 1)
            clock.advance(.seconds(3))

            // Expired: the same answer comes back to everyone, and one rediscovery starts behind it.
            let bodies = try await withThrowingTaskGroup(of: String.self) { group in
                for _ in 0..<20 { group.addTask { try await harness.request(path).body } }
                return try await group.reduce(into: [String]()) { $0.append($1) }
            }
            #expect(bodies.allSatisfy { $0 == first.body })
            let staleHits = try await harness.metric("mailconf_cache_hits_total{cache=\"domain_stale\"}")
            #expect(staleHits >= 1, "stale hits: \(staleHits)")
            // (That the twenty share one rediscovery is ConfigResolverTests' to show.)
            var finished = try await resolutions(harness)
            for _ in 0..<300 where finished < 2 {
                try await Task.sleep(for: .milliseconds(100))
                finished = try await resolutions(harness)
            }
            #expect(finished >= 2, "the domain was rediscovered")
        }
    }

    @Test func withoutServeStaleAnExpiredAnswerIsRediscoveredFirst() async throws {
        let clock = SteppedClock()
        try await with(allowPrivate: true, clock: clock) { options in
            options.cacheTTL = .milliseconds(500)
            options.negativeTTL = .milliseconds(500)
            options.serveStale = .zero
        } body: { harness throws in
            let path = "/mail/config-v1.1.xml?emailaddress=bob%40srvonly.test"
            #expect(try await harness.request(path).status == 200)
            clock.advance(.seconds(1))
            #expect(try await harness.request(path).status == 200)
            #expect(try await resolutions(harness) == 2, "the request waited for the rediscovery")
            #expect(try await harness.metric("mailconf_cache_hits_total{cache=\"domain_stale\"}") == 0)
        }
    }

    @Test func privateTargetsAreNeverConnectedToWithoutTheFlag() async throws {
        let counter = AcceptCounter()
        // The port ssrf.test's SRV records name; the DNS fixture chose it free when it started.
        let port = try #require(DNSFixture.port("SSRF"), "the DNS fixture publishes MAILCONF_DNS_FIXTURE_SSRF_PORT")
        let v4 = try await ScriptedServer(host: "127.0.0.1", port: port) { _ in counter.count.withLock { $0 += 1 } }
        let v6 = try? await ScriptedServer(host: "::1", port: port) { _ in counter.count.withLock { $0 += 1 } }
        defer {
            Task {
                await v4.stop()
                await v6?.stop()
            }
        }
        try await with(allowPrivate: false) { harness in
            let lookup = try await harness.request("/v1/lookup?email=eve%40ssrf.test")
            #expect(lookup.status == 404, "\(lookup.body)")
            #expect(lookup.body.contains("private or reserved"), "\(lookup.body)")
            for literal in ["127.0.0.1", "10.0.0.1", "169.254.169.254", "::1", "::ffff:127.0.0.1"] {
                #expect(
                    lookup.body.contains(literal) || literal == "::1" || literal == "127.0.0.1",
                    "\(literal) not reported"
                )
            }
            #expect(!lookup.body.contains("\"status\": \"verified\""))
            #expect(counter.value == 0, "the service connected to a private address")

            // The same domain with the flag: now the loopback listener is reached.
            try await with(allowPrivate: true) { permissive in
                _ = try await permissive.request("/v1/lookup?email=eve%40ssrf.test")
                #expect(counter.value > 0)
            }
        }
    }

    @Test func uncachedLookupsAreRateLimitedPerClient() async throws {
        try await with(allowPrivate: true) { options in
            options.resolutionBurst = 1
            options.resolutionsPerSecond = 0.01
        } body: { harness in
            let first = try await harness.request("/v1/lookup?email=a%40dotsrv.test")
            #expect(first.status != 429)
            let second = try await harness.request("/v1/lookup?email=a%40nothing-else.test")
            #expect(second.status == 429)
            #expect(second.headers.first(name: "Retry-After").flatMap(Int.init) ?? 0 > 0)
            let cached = try await harness.request("/v1/lookup?email=b%40dotsrv.test")
            #expect(cached.status != 429, "cached domains are never rate-limited")
            let database = try await harness.request("/v1/lookup?email=b%40gmail.com")
            #expect(database.status == 200, "provider-file domains need no resolution")
        }
    }

    @Test func behindATrustedProxyEachForwardedClientHasItsOwnLimit() async throws {
        let proxies = try TrustedProxies(parsing: ["127.0.0.0/8"])
        try await with(allowPrivate: true) { options in
            options.resolutionBurst = 1
            options.resolutionsPerSecond = 0.01
            options.trustedProxies = proxies
        } body: { harness in
            func lookup(_ domain: String, as client: String) async throws -> Int {
                try await harness.request(
                    "/v1/lookup?email=a%40\(domain)",
                    headers: [("X-Forwarded-For", "198.51.100.77, \(client)")]
                ).status
            }
            #expect(try await lookup("dotsrv.test", as: "203.0.113.1") != 429)
            #expect(try await lookup("nothing-else.test", as: "203.0.113.1") == 429)
            #expect(try await lookup("nothing-else.test", as: "203.0.113.2") != 429, "another client, its own bucket")

            // Not trusted: X-Forwarded-For is ignored and every request is the loopback peer's.
            try await with(allowPrivate: true) { options in
                options.resolutionBurst = 1
                options.resolutionsPerSecond = 0.01
            } body: { direct in
                for (domain, client, expected) in [
                    ("dotsrv.test", "203.0.113.1", false), ("srvonly.test", "203.0.113.2", true),
                ] {
                    let status = try await direct.request(
                        "/v1/lookup?email=a%40\(domain)",
                        headers: [("X-Forwarded-For", client)]
                    ).status
                    #expect((status == 429) == expected)
                }
            }
        }
    }

    @Test func shutdownLetsRequestsInFlightFinish() async throws {
        // A server that never speaks, on a port the OS chose, named by a provider file: the probe of it holds the
        // request in flight.
        let silent = try await ScriptedServer(host: "127.0.0.1", port: 0) { connection in
            await connection.waitForClose()
        }
        defer { Task { await silent.stop() } }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("serve-slow-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = """
            id = slow
            domain = slow.example
            [imap]
            host = localhost
            port = \(silent.port)
            security = tls
            username = %EMAILADDRESS%
            """
        try Data(file.utf8).write(to: directory.appendingPathComponent("slow.conf"))
        let harness = try await ServerHarness.start {
            $0.verify = true
            $0.providersDirectory = directory.path
            $0.resolutionDeadline = .seconds(2)
        }
        let inFlight = Task { try await harness.request("/v1/lookup?email=a%40slow.example") }
        try await Task.sleep(for: .milliseconds(400))
        await harness.server.shutdown(grace: .seconds(5))
        let reply = try await inFlight.value
        #expect(reply.status == 404 || reply.status == 200, "the request in flight got its answer")
        // (AsyncHTTPClient retries a refused connection until the request's deadline.)
        await #expect(throws: (any Error).self) { _ = try await harness.request("/healthz", timeout: .seconds(3)) }
        try? await harness.client.shutdown()
    }
}
