import Foundation
import MailConfCore
import MailConfNet
import MailConfProviders
import MailConfTesting
import Testing

/// The HTTPS reachability and certificate check for Exchange web services, against a real TLS server on
/// loopback; and the domain labels through libpsl.
@Suite(.timeLimit(.minutes(2))) struct HTTPSProbeTests {
    func probe(_ certificates: TestCertificates) throws -> HTTPSProbe {
        let roots = TrustRoots(certificates: [certificates.ca])
        return HTTPSProbe(
            connector: try NIOMailConnector(roots: roots),
            connectTimeout: .seconds(10),
            tlsTimeout: .seconds(10),
            readTimeout: .seconds(10)
        )
    }

    @Test func aWebServiceAnswersAndItsCertificateIsChecked() async throws {
        let certificates = try TestCertificates()
        try await HTTPTestServer.with(tls: try certificates.serverContext(names: ["ews.corp.test"])) { uri in
            uri.hasPrefix("/EWS/") ? HTTPTestServer.Response(status: 401) : HTTPTestServer.Response(status: 404)
        } body: { good in
            try await HTTPTestServer.with(
                tls: try certificates.serverContext(names: ["ews.corp.test"], selfSigned: true)
            ) { _ in
                HTTPTestServer.Response(status: 401)
            } body: { selfSigned in
                try await aWebService(good: good, selfSigned: selfSigned, certificates)
            }
        }
    }

    func aWebService(good: HTTPTestServer, selfSigned: HTTPTestServer, _ certificates: TestCertificates) async throws {
        let check = try probe(certificates)
        let service = ExchangeServer(kind: .ews, url: "https://ews.corp.test:\(good.port)/EWS/Exchange.asmx")
        let answered = await HTTPSReachability.check(
            service,
            connector: try NIOMailConnector(roots: TrustRoots(certificates: [certificates.ca])),
            address: "127.0.0.1"
        )
        #expect(answered.outcome == .http(status: 401))
        #expect(ClaimJudge.judge(service, result: answered).0 == .confirmed)

        let missing = await check.check(url: "https://ews.corp.test:\(good.port)/nothing", address: "127.0.0.1")
        #expect(ClaimJudge.judge(service, result: missing).0 == .drifted([.httpNotFound(404)]))

        let untrusted = await check.check(url: "https://ews.corp.test:\(selfSigned.port)/EWS/", address: "127.0.0.1")
        if case .drifted(let drifts) = ClaimJudge.judge(service, result: untrusted).0 {
            #expect(drifts.contains { if case .certificate = $0 { true } else { false } })
        } else {
            Issue.record("a self-signed certificate was accepted: \(untrusted)")
        }
    }

    /// A lookup checks a provider's Exchange web services over HTTPS (never as mail servers) and reports each
    /// verdict on the service.
    @Test func lookupVerifiesExchangeServicesOverHTTPS() async throws {
        let certificates = try TestCertificates()
        let server = try await HTTPTestServer(tls: try certificates.serverContext(names: ["ews.corp.test"])) { uri in
            uri.hasPrefix("/EWS/") ? HTTPTestServer.Response(status: 401) : HTTPTestServer.Response(status: 404)
        }
        let dns = LoopbackDNS(names: ["ews.corp.test"])
        let connector = try NIOMailConnector(roots: TrustRoots(certificates: [certificates.ca]), resolver: dns)
        let working = ExchangeServer(kind: .ews, url: "https://ews.corp.test:\(server.port)/EWS/Exchange.asmx")
        let gone = ExchangeServer(kind: .owa, url: "https://ews.corp.test:\(server.port)/owa/")
        let database = InMemoryProviderDatabase(records: [
            ProviderRecord(id: "corp", domains: ["corp.test"], exchange: [working, gone])
        ])
        let discovery = Discovery(
            sources: [DatabaseSource(database: database)],
            prober: nil,
            web: HTTPSProbe(
                connector: connector,
                connectTimeout: .seconds(10),
                tlsTimeout: .seconds(10),
                readTimeout: .seconds(10)
            )
        )
        var options = DiscoveryOptions()
        options.deadline = .seconds(60)
        let result = await Discovery(
            sources: discovery.sources,
            prober: ServiceProber(connector: connector),
            web: discovery.web,
            options: options
        )
        .lookup(try EmailAddress(parsing: "ann@corp.test"))
        await server.stop()
        let services = Dictionary(uniqueKeysWithValues: result.config.exchange.map { ($0.kind, $0.verification) })
        #expect(services[.ews]?.status == .verified, "\(services)")
        #expect(services[.owa]?.status == .failed, "\(services)")
    }

    @Test(arguments: ["yahoo.com.tr", "yahoo.in", "caramail.com", "aol.co.uk"])
    func patternDomainsOfTheDataSetsAreFound(_ domain: String) throws {
        let database = BundledProviderDatabase(isPublicSuffix: PublicSuffix.isICANNSuffix)
        let record = try #require(database.provider(forDomain: domain))
        #expect(!record.servers.isEmpty)
    }

    @Test(arguments: ["yahoo.blogspot.com", "mail.yahoo.com.tr", "yahoo.nosuchtld"])
    func labelsNeverMatchPrivateSuffixesSubdomainsOrUnknownTLDs(_ domain: String) {
        let database = BundledProviderDatabase(isPublicSuffix: PublicSuffix.isICANNSuffix)
        #expect(database.provider(forDomain: domain) == nil, "\(domain)")
    }

    @Test func icannSuffixes() {
        #expect(PublicSuffix.isICANNSuffix("com.tr"))
        #expect(PublicSuffix.isICANNSuffix("co.uk"))
        #expect(!PublicSuffix.isICANNSuffix("blogspot.com"))
        #expect(!PublicSuffix.isICANNSuffix("nosuchtld"))
        #expect(!PublicSuffix.isICANNSuffix("yahoo.com"))
    }
}

/// DNS that answers 127.0.0.1 for the names it is given, and NXDOMAIN for the rest.
struct LoopbackDNS: DNSResolver {
    var names: Set<String>

    func query(_ name: String, type: DNSRecordType) async -> DNSAnswer {
        guard names.contains(name) else { return DNSAnswer(status: .nxdomain, detail: "\(name) does not exist") }
        return type == .a ? DNSAnswer(status: .ok, records: [.a("127.0.0.1")]) : DNSAnswer(status: .nodata)
    }
}
