import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1

@testable import MailConfServer

/// A running `serve` on 127.0.0.1 (port 0) and a client to ask it.
struct ServerHarness {
    let server: MailConfHTTPServer
    let client: HTTPClient
    var base: String { "http://127.0.0.1:\(server.port)" }

    /// A server with `configure`d options, logging to `logger` (nowhere by default), whose answers expire by
    /// `clock` (real time by default: tests that wait for an expiry step a ``SteppedClock`` instead).
    static func start(
        _ configure: (inout ServeOptions) -> Void = { _ in },
        logger: Logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() },
        logWriter: LogLineWriter? = nil,
        clock: SteppedClock? = nil
    ) async throws -> ServerHarness {
        var options = ServeOptions()
        options.port = 0
        // Bundled providers' servers are on the internet, which tests never reach: verification is for the tests
        // whose provider files name the fixture's servers, and they turn it on.
        options.verify = false
        configure(&options)
        let server = try await MailConfHTTPServer(
            options: options,
            logger: logger,
            logWriter: logWriter,
            now: { clock?.now ?? .now }
        )
        // Tests send up to 1,000 requests at once; AsyncHTTPClient fails one that waits for a pooled connection
        // longer than the connect timeout (10 s by default), which a stampede on a loaded two-core machine exceeded
        // in CI: the requests queue behind one resolution and then behind each other.
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool = .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: 64)
        configuration.timeout.connect = .seconds(90)
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        return ServerHarness(server: server, client: client)
    }

    func stop() async {
        try? await client.shutdown()
        await server.shutdown(grace: .seconds(2))
    }

    /// Runs `body` with a started server whose background rediscoveries run beside it, then stops the server and
    /// waits until it has stopped, whether `body` returned or threw.
    static func with<T: Sendable>(
        _ configure: (inout ServeOptions) -> Void = { _ in },
        logger: Logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() },
        logWriter: LogLineWriter? = nil,
        clock: SteppedClock? = nil,
        body: (ServerHarness) async throws -> T
    ) async throws -> T {
        let harness = try await start(configure, logger: logger, logWriter: logWriter, clock: clock)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await harness.server.runRefreshes() }
            do {
                let value = try await body(harness)
                await harness.stop()
                group.cancelAll()
                return value
            } catch {
                await harness.stop()
                group.cancelAll()
                throw error
            }
        }
    }

    struct Reply {
        var status: Int
        var headers: HTTPHeaders
        var body: String
        var bytes: [UInt8]
    }

    func request(
        _ path: String,
        method: HTTPMethod = .GET,
        headers: [(String, String)] = [],
        body: String? = nil,
        timeout: Duration = .seconds(90)
    ) async throws -> Reply {
        var request = HTTPClientRequest(url: base + path)
        request.method = method
        for (name, value) in headers { request.headers.replaceOrAdd(name: name, value: value) }
        if let body { request.body = .bytes(ByteBuffer(string: body)) }
        let response = try await client.execute(request, timeout: TimeAmount(timeout))
        let collected = try await response.body.collect(upTo: 16 << 20)
        let bytes = Array(collected.readableBytesView)
        return Reply(
            status: Int(response.status.code),
            headers: response.headers,
            body: String(decoding: bytes, as: UTF8.self),
            bytes: bytes
        )
    }
}

/// The sum of the Prometheus samples in `text` whose line starts with `prefix` (a gauge prints as `5.0`).
func metricSum(_ text: some StringProtocol, prefix: String) -> Int {
    text.split(separator: "\n").filter { $0.hasPrefix(prefix) }
        .compactMap { Double($0.split(separator: " ").last ?? "").map { Int($0) } }.reduce(0, +)
}

extension ServerHarness {
    /// The sum of the server's `/metrics` samples whose line starts with `prefix`, asked on a connection that
    /// then closes: a pooled one would be parked or counted open beside the connections a test counts.
    func metric(_ prefix: String) async throws -> Int {
        metricSum(try await request("/metrics", headers: [("Connection", "close")]).body, prefix: prefix)
    }
}
