import Foundation
import Logging
import MailConfCore
import NIOCore
import NIOHTTP1
import Synchronization
import Testing

@testable import MailConfServer

/// A domain whose `autoconfig.` host points at this very service: the discovery's autoconfig fetch comes back to
/// the service, asking about the domain being discovered. Answered at once, it costs no more than any other
/// source; made to wait, it would hold the discovery until its deadline.
@Suite(.timeLimit(.minutes(2))) struct OwnRequestTests {
    /// Answers autoconfig URLs by asking the service itself, as the real fetch would through DNS and a proxy,
    /// with the headers the real fetcher sends.
    final class LoopbackFetcher: HTTPFetcher {
        let service = Mutex<MailConfService?>(nil)
        let headers: [(String, String)]

        init(headers: [(String, String)]) {
            self.headers = headers
        }

        func get(_ url: String, timeout: Duration, maximumBytes: Int) async -> HTTPFetchResult {
            guard let service = service.withLock({ $0 }), let parsed = URL(string: url), let host = parsed.host else {
                return HTTPFetchResult(outcome: .invalidURL, finalURL: url)
            }
            var target = parsed.path
            if let query = parsed.query { target += "?" + query }
            var fields = HTTPHeaders([("Host", host)])
            for (name, value) in headers { fields.add(name: name, value: value) }
            let head = HTTPRequestHead(version: .http1_1, method: .GET, uri: target, headers: fields)
            let request = ServiceRequest(head: head, body: nil, client: "127.0.0.1")
            let response = await service.respond(to: request, endpoint: .autoconfig)
            let code = Int(response.status.code)
            guard code == 200 else { return HTTPFetchResult(outcome: .status(code), finalURL: url) }
            return HTTPFetchResult(outcome: .ok, body: Array(response.body.readableBytesView), finalURL: url)
        }
    }

    struct SRVOnlyDNS: DNSResolver {
        func query(_ name: String, type: DNSRecordType) async -> DNSAnswer {
            if type == .srv && name == "_imaps._tcp.self.test" {
                return DNSAnswer(
                    status: .ok,
                    records: [.srv(priority: 0, weight: 0, port: 993, target: "imap.self.test")]
                )
            }
            return DNSAnswer(status: .nxdomain, detail: "\(name) does not exist (NXDOMAIN)")
        }
    }

    /// The discovery of self.test, with `deadline` for the whole discovery. Returned found or not: the control's
    /// fetch may hold it to its deadline.
    func resolve(sendingDiscoveryHeader: Bool, deadline: Duration) async throws -> LookupResult {
        let fetcher = LoopbackFetcher(headers: sendingDiscoveryHeader ? [(ServiceRequest.discoveryHeader, "1")] : [])
        var discoveryOptions = DiscoveryOptions()
        discoveryOptions.deadline = deadline
        discoveryOptions.verify = false
        discoveryOptions.resolveUsernames = false
        let database = InMemoryProviderDatabase(records: [])
        let discovery = Discovery.standard(
            database: database,
            dns: SRVOnlyDNS(),
            http: fetcher,
            prober: nil,
            guess: false,
            options: discoveryOptions
        )
        var options = ServeOptions()
        options.mode = .resolve
        let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        let metrics = ServerMetrics()
        let resolver = ConfigResolver(
            options: options,
            database: database,
            discovery: discovery,
            metrics: metrics,
            logger: logger
        )
        let service = MailConfService(options: options, resolver: resolver, metrics: metrics, logger: logger)
        fetcher.service.withLock { $0 = service }
        switch await resolver.resolve(domain: "self.test", client: "a") {
        case .found(let answer), .notFound(let answer): return answer.result
        case .rateLimited: throw Failure()
        }
    }

    struct Failure: Error {}

    @Test func theServiceAnswersItsOwnDiscoveryAtOnce() async throws {
        // A deadline no answered fetch comes near, even on a machine the whole suite keeps busy.
        let result = try await resolve(sendingDiscoveryHeader: true, deadline: .seconds(60))
        let autoconfig = result.sources.filter { $0.kind == .autoconfig }
        #expect(autoconfig.count == 3)
        // Each fetch was answered (nothing known yet), none waited for the discovery that sent it.
        #expect(autoconfig.allSatisfy { $0.status != .timeout }, "\(autoconfig)")
        #expect(autoconfig.first?.outcome == .miss(.httpStatus(404)), "\(autoconfig)")
        #expect(result.config.incoming.first?.host == "imap.self.test")
    }

    /// The control: without the header the fetch joins the very discovery it belongs to, and can only end with the
    /// discovery's deadline.
    @Test func withoutTheHeaderTheFetchWaitsForItsOwnDiscovery() async throws {
        let result = try await resolve(sendingDiscoveryHeader: false, deadline: .seconds(3))
        let autoconfig = result.sources.filter { $0.kind == .autoconfig }
        #expect(autoconfig.first?.status == .timeout, "\(autoconfig)")
    }
}
