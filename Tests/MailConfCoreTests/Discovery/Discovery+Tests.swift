import Foundation
import MailConfTesting
import Synchronization
import Testing

@testable import MailConfCore

/// A DNS resolver answering from a table, optionally slowly.
struct TableResolver: DNSResolver {
    var answers: [String: DNSAnswer] = [:]
    var delay: Duration = .zero

    func query(_ name: String, type: DNSRecordType) async -> DNSAnswer {
        if delay > .zero { try? await Task.sleep(for: delay) }
        return answers["\(type.rawValue) \(name)"]
            ?? DNSAnswer(status: .nxdomain, detail: "\(name) does not exist (NXDOMAIN)")
    }
}

/// An HTTP fetcher answering from a table.
struct TableFetcher: HTTPFetcher {
    var documents: [String: String] = [:]

    func get(_ url: String, timeout: Duration, maximumBytes: Int) async -> HTTPFetchResult {
        guard let text = documents[url] else { return HTTPFetchResult(outcome: .status(404), finalURL: url) }
        guard text.utf8.count <= maximumBytes else { return HTTPFetchResult(outcome: .tooLarge, finalURL: url) }
        return HTTPFetchResult(outcome: .ok, body: Array(text.utf8), finalURL: url)
    }
}

/// Counts the calls in progress, to show that none is left running when a lookup returns.
final class InFlight: Sendable {
    private let count = Mutex(0)
    private let peak = Mutex(0)
    var now: Int { count.withLock { $0 } }
    var highest: Int { peak.withLock { $0 } }

    func during<T>(_ body: () async -> T) async -> T {
        let current = count.withLock { value -> Int in
            value += 1
            return value
        }
        peak.withLock { $0 = max($0, current) }
        defer { count.withLock { $0 -= 1 } }
        return await body()
    }
}

/// DNS that never answers (until cancelled, as the real resolver), counting queries in flight.
struct SilentResolver: DNSResolver {
    let inFlight: InFlight

    func query(_ name: String, type: DNSRecordType) async -> DNSAnswer {
        await inFlight.during {
            try? await Task.sleep(for: .seconds(3600))
            return DNSAnswer(status: .timeout, detail: "cancelled")
        }
    }
}

/// A prober answering from a table by host, optionally never finishing (until cancelled), counting probes.
struct TableProber: EndpointProber {
    var results: [String: ProbeResult] = [:]
    var hang = false
    let inFlight = InFlight()

    func probe(_ endpoint: Endpoint, address: String?, deadline: ContinuousClock.Instant) async -> ProbeResult {
        await inFlight.during {
            if hang { try? await Task.sleep(for: .seconds(3600)) }
            var result = results[endpoint.host] ?? ProbeResult(service: endpoint.service, host: endpoint.host)
            result.service = endpoint.service
            if hang { result.finished = false }
            return result
        }
    }

    /// A healthy TLS service offering PLAIN, for `host`.
    static func healthy(_ host: String, service: MailService = .imaps) -> ProbeResult {
        var result = ProbeResult(service: service, host: host)
        result.reachable = true
        result.security = .tls
        result.authAfterTLS = ["PLAIN"]
        result.capabilitiesAfterTLS = ["IMAP4rev1", "AUTH=PLAIN"]
        return result
    }
}

@Suite struct DiscoveryUnitTests {
    let database = InMemoryProviderDatabase(
        records: [
            ProviderRecord(
                id: "bigmail",
                domains: ["bigmail.example"],
                mxSuffixes: ["mx.bigmail.example"],
                mxUsername: "%EMAILADDRESS%",
                servers: [
                    ServerSettings(
                        protocol: .imap,
                        host: "imap.bigmail.example",
                        port: 993,
                        security: .tls,
                        username: "%EMAILLOCALPART%"
                    ),
                    ServerSettings(
                        protocol: .smtp,
                        host: "smtp.bigmail.example",
                        port: 465,
                        security: .tls,
                        username: "%EMAILLOCALPART%"
                    ),
                ]
            ),
            ProviderRecord(
                id: "hoster",
                domains: ["hoster.example"],
                servers: [
                    ServerSettings(protocol: .imap, host: "imap.hoster.example", port: 993, security: .tls)
                ]
            ),
        ],
        ignoredMXSuffixes: ["filter.example"]
    )

    func discovery(
        _ resolver: TableResolver,
        http: TableFetcher = TableFetcher(),
        deadline: Duration = .seconds(20)
    ) -> Discovery {
        var options = DiscoveryOptions()
        options.deadline = deadline
        return Discovery.standard(
            database: database,
            dns: resolver,
            http: http,
            prober: nil,
            registrableDomain: { host in host.split(separator: ".").suffix(2).joined(separator: ".") },
            options: options
        )
    }

    @Test func mxSuffixMatchUsesTheMXUserName() async throws {
        let resolver = TableResolver(answers: [
            "MX custom.example": DNSAnswer(status: .ok, records: [.mx(preference: 10, host: "in1.mx.bigmail.example")])
        ])
        let result = await discovery(resolver).lookup(try EmailAddress(parsing: "ann@custom.example"))
        #expect(result.config.providerID == "bigmail")
        #expect(result.config.incoming.first?.username == "ann@custom.example")
        #expect(result.config.incoming.first?.source == .mx)
        #expect(result.sources.first { $0.kind == .guess }?.status == .skipped)
    }

    @Test func thunderbirdRuleAndForwarders() async throws {
        let resolver = TableResolver(answers: [
            "MX shop.example": DNSAnswer(
                status: .ok,
                records: [
                    .mx(preference: 5, host: "gw.filter.example"), .mx(preference: 10, host: "mx3.hoster.example"),
                ]
            )
        ])
        let result = await discovery(resolver).lookup(try EmailAddress(parsing: "bo@shop.example"))
        #expect(result.config.providerID == "hoster")
        let mx = try #require(result.sources.first { $0.kind == .mx })
        #expect(mx.detail?.contains("mx3.hoster.example → hoster.example") == true)
    }

    @Test func autoconfigAndSRVAreMergedAndRanked() async throws {
        let xml = """
            <clientConfig version="1.1"><emailProvider id="own.example"><domain>own.example</domain>
            <incomingServer type="imap"><hostname>mail.own.example</hostname><port>143</port>
            <socketType>STARTTLS</socketType><username>%EMAILADDRESS%</username></incomingServer>
            <outgoingServer type="smtp"><hostname>mail.own.example</hostname><port>25</port>
            <socketType>plain</socketType><username>%EMAILADDRESS%</username></outgoingServer>
            </emailProvider></clientConfig>
            """
        let http = TableFetcher(documents: [
            "http://autoconfig.own.example/mail/config-v1.1.xml?emailaddress=cy%40own.example": xml
        ])
        let resolver = TableResolver(answers: [
            "SRV _imaps._tcp.own.example": DNSAnswer(
                status: .ok,
                records: [
                    .srv(priority: 10, weight: 0, port: 993, target: "imap.own.example")
                ]
            ),
            "SRV _submissions._tcp.own.example": DNSAnswer(
                status: .ok,
                records: [
                    .srv(priority: 0, weight: 0, port: 0, target: ".")
                ]
            ),
        ])
        let result = await discovery(resolver, http: http).lookup(try EmailAddress(parsing: "cy@own.example"))
        #expect(result.config.incoming.map(\.host) == ["imap.own.example", "mail.own.example"])
        #expect(result.config.incoming.last?.untrusted == true)
        #expect(result.config.outgoing.first?.security == .plain)
        let srv = try #require(result.sources.first { $0.kind == .srv })
        #expect(srv.status == .hit)
        #expect(srv.detail?.contains("_submissions._tcp: explicitly unavailable") == true)
        let autoconfig = result.sources.filter { $0.kind == .autoconfig }
        #expect(autoconfig.map(\.status) == [.miss, .miss, .hit])
    }

    @Test func deadlineIsHonouredWithSlowSources() async throws {
        let resolver = TableResolver(delay: .seconds(60))
        let clock = ContinuousClock()
        let start = clock.now
        let result = await discovery(resolver, deadline: .milliseconds(300)).lookup(
            try EmailAddress(parsing: "x@bigmail.example")
        )
        let elapsed = start.duration(to: clock.now)
        // The slow source would take a minute; the lookup must come back long before (the benchmark measures how
        // close to the deadline).
        #expect(elapsed < DeadlineBound.of(.milliseconds(300)))
        #expect(result.config.providerID == "bigmail")
        #expect(result.sources.first { $0.kind == .mx }?.status == .timeout)
        #expect(result.config.servers.allSatisfy { $0.verification.status == .unverified })
    }

    func hangingDiscovery(_ dns: InFlight, _ prober: TableProber, deadline: Duration) -> Discovery {
        var options = DiscoveryOptions()
        options.deadline = deadline
        return Discovery.standard(
            database: database,
            dns: SilentResolver(inFlight: dns),
            http: nil,
            prober: prober,
            options: options
        )
    }

    /// At the deadline the lookup returns, and nothing it started is still running: every DNS query and probe it
    /// began has ended (structured concurrency; each step honours cancellation).
    @Test func nothingOutlivesTheDeadline() async throws {
        let dns = InFlight()
        let prober = TableProber(hang: true)
        // bigmail.example is in the database: its servers are probed (the probes hang) while DNS hangs too.
        let result = await hangingDiscovery(dns, prober, deadline: .seconds(1))
            .lookup(try EmailAddress(parsing: "x@bigmail.example"))
        #expect(dns.highest > 0, "DNS was under way")
        #expect(dns.now == 0, "no DNS query outlives the lookup")
        #expect(prober.inFlight.now == 0, "no probe outlives the lookup")
        #expect(result.sources.first { $0.kind == .mx }?.status == .timeout)
        #expect(result.config.servers.allSatisfy { $0.verification.status == .unverified })
    }

    /// The same cut, made once DNS queries and probes are certainly under way (on a busy machine a one-second
    /// deadline may come before the probes start): every one of them ends with the lookup.
    @Test func cancellingALookupEndsEverythingItStarted() async throws {
        let dns = InFlight()
        let prober = TableProber(hang: true)
        let discovery = hangingDiscovery(dns, prober, deadline: .seconds(600))
        let address = try EmailAddress(parsing: "x@bigmail.example")
        let lookup = Task { await discovery.lookup(address) }
        for _ in 0..<600 where dns.now == 0 || prober.inFlight.now == 0 {
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(dns.now > 0 && prober.inFlight.now > 0, "DNS and probes were under way")
        lookup.cancel()
        let result = await lookup.value
        #expect(dns.now == 0, "no DNS query outlives the lookup")
        #expect(prober.inFlight.now == 0, "no probe outlives the lookup")
        #expect(result.config.providerID == "bigmail")
    }

    /// Whether an SRV target lies outside the domain is a typed fact of the server's origin: a host whose name
    /// merely contains "outside" is inside its domain like any other.
    @Test func srvTargetsInsideAndOutsideTheDomain() async throws {
        let resolver = TableResolver(answers: [
            "SRV _imaps._tcp.outsidemail.example": DNSAnswer(
                status: .ok,
                records: [.srv(priority: 0, weight: 0, port: 993, target: "imap.outsidemail.example.")]
            ),
            "SRV _submissions._tcp.outsidemail.example": DNSAnswer(
                status: .ok,
                records: [.srv(priority: 0, weight: 0, port: 465, target: "smtp.provider.example.")]
            ),
        ])
        var submission = TableProber.healthy("smtp.provider.example", service: .submissions)
        submission.capabilitiesAfterTLS = ["AUTH PLAIN"]
        let prober = TableProber(results: [
            "imap.outsidemail.example": TableProber.healthy("imap.outsidemail.example"),
            "smtp.provider.example": submission,
        ])
        var options = DiscoveryOptions()
        options.deadline = .seconds(20)
        let verified = await Discovery.standard(
            database: database,
            dns: resolver,
            http: nil,
            prober: prober,
            options: options
        )
        .lookup(try EmailAddress(parsing: "ok@outsidemail.example"))
        let imap = try #require(verified.config.incoming.first)
        guard case .srv(let imapRecord) = imap.origin else {
            Issue.record("expected an SRV origin, got \(imap.origin)")
            return
        }
        #expect(imapRecord.insideDomain)
        #expect(imap.verification.status == .verified)
        #expect(imap.verification.detail?.contains("outside") == false, "\(imap.verification)")
        let smtp = try #require(verified.config.outgoing.first)
        guard case .srv(let smtpRecord) = smtp.origin else {
            Issue.record("expected an SRV origin, got \(smtp.origin)")
            return
        }
        #expect(!smtpRecord.insideDomain)
        #expect(smtp.verification.status == .verified)
        #expect(smtp.verification.detail?.contains("SRV target outside the domain accepted") == true)

        // Without verification an outside target cannot be accepted, and is left out.
        let unverified = await Discovery.standard(
            database: database,
            dns: resolver,
            http: nil,
            prober: nil,
            options: options
        )
        .lookup(try EmailAddress(parsing: "ok@outsidemail.example"))
        #expect(unverified.config.incoming.map(\.host) == ["imap.outsidemail.example"])
        #expect(unverified.config.outgoing.isEmpty)
    }

    /// "No such name" for a server's host fails it only when the same lookup saw DNS know other names; a resolver
    /// that says it of every name (a walled network) leaves the servers unverified.
    @Test func noSuchNameFailsAServerOnlyWhereDNSKnowsOtherNames() async throws {
        func missing(_ host: String, _ service: MailService) -> ProbeResult {
            var result = ProbeResult(service: service, host: host)
            result.connectFailure = TransportError(.resolveFailed, "no such name", dnsStatus: .nxdomain)
            result.add(.high, ProbeFinding.Code.resolveFailed, "\(host) does not exist")
            return result
        }
        let bothMissing = TableProber(results: [
            "imap.bigmail.example": missing("imap.bigmail.example", .imaps),
            "smtp.bigmail.example": missing("smtp.bigmail.example", .submissions),
        ])
        func lookup(_ resolver: TableResolver, _ prober: TableProber) async throws -> LookupResult {
            var options = DiscoveryOptions()
            options.deadline = .seconds(20)
            return await Discovery.standard(
                database: database,
                dns: resolver,
                http: nil,
                prober: prober,
                options: options
            )
            .lookup(try EmailAddress(parsing: "dee@bigmail.example"))
        }
        // Every name NXDOMAIN, the domain's own included: nothing is concluded about the servers.
        let walled = try await lookup(TableResolver(), bothMissing)
        #expect(walled.found)
        for server in walled.config.servers {
            #expect(server.verification.status == .unverified, "\(server.verification)")
            #expect(server.verification.detail?.contains("not taken as the truth") == true)
        }
        // The domain exists (its MX query has an answer without records): the missing names are news.
        let known = TableResolver(answers: ["MX bigmail.example": DNSAnswer(status: .nodata, detail: "no MX")])
        let contradicted = try await lookup(known, bothMissing)
        #expect(contradicted.config.servers.allSatisfy { $0.verification.status == .failed })
        // One server's name resolves: the other's "no such name" is news too.
        var oneResolves = bothMissing
        oneResolves.results["imap.bigmail.example"] = TableProber.healthy("imap.bigmail.example")
        let mixed = try await lookup(TableResolver(), oneResolves)
        #expect(mixed.config.incoming.first?.verification.status == .verified)
        #expect(mixed.config.outgoing.first?.verification.status == .failed)
    }

    @Test func offlineLookupSkipsTheNetwork() async throws {
        let offline = Discovery.offline(database: database)
        let result = await offline.lookup(try EmailAddress(parsing: "dee@bigmail.example"))
        #expect(result.config.incoming.first?.username == "dee")
        #expect(result.sources.map(\.status) == [.hit, .skipped, .skipped, .skipped])
    }

    @Test func srvOrderingFollowsPriorityThenWeight() {
        let records = [
            (priority: 20, weight: 0, port: 1, target: "c"), (priority: 10, weight: 0, port: 1, target: "a"),
            (priority: 10, weight: 100, port: 1, target: "b"), (priority: 5, weight: 0, port: 0, target: "."),
        ]
        let ordered = SRVOrdering.order(records) { _ in 1 }.map(\.target)
        #expect(ordered.last == "c")
        #expect(Set(ordered.prefix(2)) == ["a", "b"])
        #expect(!ordered.contains("."))
    }

    @Test func verificationJudgesSecurityCertificateAndAuth() {
        let server = ServerSettings(protocol: .smtp, host: "smtp.x.example", port: 587, security: .starttls)
        var probe = ProbeResult(service: .submission, host: "smtp.x.example")
        probe.reachable = true
        probe.security = .starttls
        probe.authAfterTLS = ["PLAIN"]
        #expect(CandidateVerdict.verification(for: server, result: probe).status == .verified)
        var noAuth = probe
        noAuth.authAfterTLS = []
        #expect(CandidateVerdict.verification(for: server, result: noAuth).status == .failed)
        var downgraded = probe
        downgraded.security = .plain
        #expect(CandidateVerdict.verification(for: server, result: downgraded).status == .failed)
        var oauthOnly = server
        oauthOnly.auth = [.oauth2]
        #expect(CandidateVerdict.verification(for: oauthOnly, result: probe).status == .failed)
        var imap = ProbeResult(service: .imaps, host: "i.x.example")
        imap.reachable = true
        imap.security = .tls
        imap.capabilitiesAfterTLS = ["IMAP4rev1"]
        let imapServer = ServerSettings(protocol: .imap, host: "i.x.example", port: 993, security: .tls)
        #expect(CandidateVerdict.verification(for: imapServer, result: imap).status == .verified, "IMAP LOGIN suffices")
        // Whether a failed name resolution says something about the server is a typed fact, whatever the words.
        var unresolved = ProbeResult(service: .imaps, host: "i.x.example")
        unresolved.connectFailure = TransportError(.resolveFailed, "NXDOMAIN-ish words", dnsStatus: .servfail)
        unresolved.add(.high, ProbeFinding.Code.resolveFailed, "i.x.example does not resolve (NXDOMAIN-ish words)")
        #expect(CandidateVerdict.verification(for: imapServer, result: unresolved).status == .unverified)
        var missing = ProbeResult(service: .imaps, host: "i.x.example")
        missing.connectFailure = TransportError(.resolveFailed, "no such name", dnsStatus: .nxdomain)
        missing.add(.high, ProbeFinding.Code.resolveFailed, "i.x.example does not exist")
        #expect(CandidateVerdict.verification(for: imapServer, result: missing).status == .failed)
        var cutShort = probe
        cutShort.finished = false
        #expect(CandidateVerdict.verification(for: server, result: cutShort).status == .unverified)
    }
}
