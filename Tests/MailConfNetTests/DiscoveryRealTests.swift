import Foundation
import MailConfCore
import MailConfNet
import MailConfProviders
import MailConfTesting
import NIOCore
import NIOSSL
import Testing
import X509

/// Lookups against dnsmasq (Scripts/fixtures/dns) and the Postfix/Dovecot fixture: every source, verification,
/// and the failure cases, each ending within its deadline. Nothing here reaches the internet: the DNS server
/// answers only for *.test, and database providers' real hosts are never probed (verification off there).
@Suite(
    .enabled(if: Fixture.current != nil && DNSFixture.server != nil, "dnsmasq/mail fixtures not running"),
    .timeLimit(.minutes(3))
)
struct DiscoveryRealTests {
    let fixture = Fixture.current ?? Fixture(values: [:])
    let dnsServer = DNSFixture.server ?? ""

    func discovery(
        dns: String? = nil,
        verify: Bool = true,
        // Generous: with the whole suite and its TLS handshakes (debug BoringSSL) running at once on two busy cores,
        // a lookup's probes needed more than 15 s; the tests assert what was verified, not how fast.
        deadline: Duration = .seconds(30),
        httpTimeout: Duration = .seconds(2),
        extraRoots: [Certificate] = [],
        extraCAFiles: [String] = [],
        database: (any ProviderDatabase)? = nil,
        ports: [Int: Int] = [:]
    ) throws -> (Discovery, AsyncHTTPFetcher) {
        let resolver = try SystemDNSResolver(server: dns ?? dnsServer, timeoutMilliseconds: 500, attempts: 1)
        let roots = try TrustRoots.load(extraFiles: [fixture.caFile], includeSystem: false).adding(extraRoots)
        // Room as for the deadline: a STARTTLS probe (two debug TLS stacks) ran past 4 s with a fuzzer on one core.
        var probe = ProbeOptions.uniform(seconds: 5)
        probe.totalTimeout = .seconds(15)
        // Standard ports (993, 443…) go to the ports the tests' own servers got from the system.
        let connector = PortMappingConnector(try NIOMailConnector(roots: roots, resolver: resolver), ports: ports)
        let prober = ServiceProber(connector: connector, options: probe)
        let fetcher = AsyncHTTPFetcher(caFiles: [fixture.caFile] + extraCAFiles, resolver: resolver)
        var options = DiscoveryOptions()
        options.deadline = deadline
        options.verify = verify
        let discovery = Discovery.standard(
            database: database ?? BundledProviderDatabase(),
            dns: resolver,
            http: PortMappingFetcher(fetcher, ports: ports),
            prober: verify ? prober : nil,
            registrableDomain: { PublicSuffix.registrableDomain($0) },
            httpTimeout: httpTimeout,
            options: options
        )
        return (discovery, fetcher)
    }

    func lookup(_ address: String, _ setup: (Discovery, AsyncHTTPFetcher)) async throws -> (LookupResult, Duration) {
        let clock = ContinuousClock()
        let start = clock.now
        let result = await setup.0.lookup(try EmailAddress(parsing: address))
        await setup.1.shutdown()
        return (result, start.duration(to: clock.now))
    }

    func attempt(_ result: LookupResult, _ kind: SourceKind) -> SourceAttempt? {
        result.sources.first { $0.kind == kind }
    }

    @Test func srvOnlyDomainIsFoundAndVerified() async throws {
        let (result, elapsed) = try await lookup("bob@srvonly.test", try discovery())
        let imap = try #require(result.config.incoming.first)
        #expect(imap.host == fixture.hostname && imap.port == fixture.port("IMAPS") && imap.security == .tls)
        #expect(imap.source == .srv)
        #expect(imap.verification.status == .verified, "\(imap.verification)")
        #expect(imap.verification.detail?.contains("outside the domain accepted") == true)
        let smtp = try #require(result.config.outgoing.first)
        #expect(smtp.port == fixture.port("SUBMISSION") && smtp.security == .starttls)
        #expect(smtp.verification.status == .verified, "\(smtp.verification)")
        #expect(smtp.username == "bob@srvonly.test")
        #expect(attempt(result, .srv)?.status == .hit)
        #expect(attempt(result, .srv)?.detail?.contains("_pop3s._tcp: explicitly unavailable") == true)
        #expect(attempt(result, .database)?.status == .miss)
        #expect(elapsed < DeadlineBound.of(.seconds(30)))
    }

    @Test func dotTargetsDeclareServicesUnavailable() async throws {
        let (result, _) = try await lookup("x@dotsrv.test", try discovery())
        #expect(attempt(result, .srv)?.status == .miss)
        #expect(
            attempt(result, .srv)?.outcome
                == .miss(.declaredUnavailable(services: ["_submissions._tcp", "_imaps._tcp"]))
        )
        #expect(attempt(result, .srv)?.detail?.contains("_imaps._tcp: explicitly unavailable") == true)
        #expect(!result.config.servers.contains { $0.source == .srv })
    }

    @Test func mxPointingAtAProviderUsesTheDatabaseUnverified() async throws {
        let (result, _) = try await lookup("carol@mxprovider.test", try discovery(verify: false))
        #expect(result.config.providerID == "gmail")
        #expect(attempt(result, .mx)?.status == .hit)
        #expect(result.config.incoming.first?.host == "imap.gmail.com")
        #expect(result.config.servers.allSatisfy { $0.verification.status == .unverified && $0.source == .mx })
        #expect(result.config.incoming.first?.username == "carol@mxprovider.test")
    }

    @Test func servicesDeclaredUnavailableAndUnconfirmedGuessesFindNothing() async throws {
        // dotsrv.test: SRV '.' for IMAPS and submissions, and guessable names at 127.0.0.3 where no mail server
        // (valid for dotsrv.test) listens.
        let (result, _) = try await lookup("x@dotsrv.test", try discovery())
        #expect(!result.found)
        let guess = try #require(attempt(result, .guess))
        #expect(guess.status == .miss, "\(guess)")
        #expect(guess.detail?.contains("candidates, none confirmed: ") == true, "\(guess)")
        #expect(result.hint(.en).contains("declares in DNS that it offers no mail access"), "\(result.hint(.en))")
    }

    @Test func forwardingMXIsNeverAProvider() async throws {
        let (result, _) = try await lookup("dave@mxforward.test", try discovery(verify: false))
        #expect(result.config.providerID == nil)
        #expect(attempt(result, .mx)?.status == .miss)
        #expect(attempt(result, .mx)?.detail?.contains("forwarding/filtering") == true)
    }

    @Test func brokenDNSStillAnswersFromTheDatabaseWithinTheDeadline() async throws {
        let (result, elapsed) = try await lookup(
            "alice@gmail.com",
            // A refused query ends at once; the deadline only has to outlast a loaded machine's scheduling.
            try discovery(dns: "127.0.0.1:9", deadline: .seconds(30))
        )
        #expect(result.config.providerID == "gmail")
        #expect(result.found)
        #expect(result.config.servers.allSatisfy { $0.verification.status == .unverified })
        #expect(elapsed < DeadlineBound.of(.seconds(30)))
        #expect(attempt(result, .mx)?.status == .error)
        #expect(attempt(result, .mx)?.detail?.contains("not reachable") == true)
    }

    @Test func serverFailureAndSlowDNSAreReportedAsSuch() async throws {
        try await FakeDNSServer.with(.serverFailure) { failing in
            let (failed, _) = try await lookup("x@example.test", try discovery(dns: failing.address, verify: false))
            #expect(attempt(failed, .mx)?.status == .error)
            #expect(attempt(failed, .mx)?.detail?.contains("SERVFAIL") == true)
        }
        try await FakeDNSServer.with(.slow(.seconds(300))) { slow in
            let (late, elapsed) = try await lookup(
                "alice@gmail.com",
                try discovery(dns: slow.address, verify: false, deadline: .milliseconds(1500))
            )
            #expect(elapsed < DeadlineBound.of(.milliseconds(1500)))
            #expect(late.config.providerID == "gmail")
            #expect([.timeout].contains(attempt(late, .mx)?.status))
        }
    }

    @Test func silentServerFailsVerificationWithinTheDeadline() async throws {
        try await ScriptedServer.with { connection in
            await connection.waitForClose()
        } body: { silent in
            try await silentServerFailsVerification(silent)
        }
    }

    func silentServerFailsVerification(_ silent: ScriptedServer) async throws {
        let record = ProviderRecord(
            id: "silent",
            domains: ["silent.test"],
            servers: [
                ServerSettings(protocol: .imap, host: "127.0.0.1", port: silent.port, security: .tls),
                ServerSettings(protocol: .smtp, host: "127.0.0.1", port: silent.port, security: .starttls),
            ]
        )
        let database = LayeredProviderDatabase(
            local: InMemoryProviderDatabase(records: [record]),
            base: BundledProviderDatabase()
        )
        let (result, elapsed) = try await lookup(
            "x@silent.test",
            // The default deadline leaves room for the probe after slow sources on a loaded machine (they took 3 s
            // with both cores busy): the probe's own limits must end it, not the lookup's deadline.
            try discovery(database: database)
        )
        #expect(elapsed < DeadlineBound.of(.seconds(30)))
        #expect(result.config.servers.allSatisfy { $0.verification.status == .failed }, "\(result.config.servers)")
        #expect(!result.found)
    }

    @Test func autoconfigOverHTTPSIsFetchedParsedAndVerified() async throws {
        let certificates = try TestCertificates()
        let context = try certificates.serverContext(names: ["autoconfig.autoconf.test", "autoconf.test"])
        let imaps = fixture.port("IMAPS")
        let submissions = fixture.port("SUBMISSIONS")
        let xml = """
            <?xml version="1.0"?>
            <clientConfig version="1.1"><emailProvider id="autoconf.test"><domain>autoconf.test</domain>
            <incomingServer type="imap"><hostname>\(fixture.hostname)</hostname><port>\(imaps)</port>
            <socketType>SSL</socketType><username>%EMAILADDRESS%</username>
            <authentication>password-cleartext</authentication></incomingServer>
            <outgoingServer type="smtp"><hostname>\(fixture.hostname)</hostname><port>\(submissions)</port>
            <socketType>SSL</socketType><username>%EMAILADDRESS%</username>
            <authentication>password-cleartext</authentication></outgoingServer>
            </emailProvider></clientConfig>
            """
        let huge = [UInt8](repeating: UInt8(ascii: "x"), count: 5 << 20)
        // HTTPS: the document at autoconfig.DOMAIN, a redirect loop at DOMAIN/.well-known/; plain HTTP: 5 MB. Both
        // on 127.0.0.4, where the domain's names point, on ports the system chose, standing in for 443 and 80.
        try await HTTPTestServer.with(host: "127.0.0.4", tls: context) { uri in
            if uri.hasPrefix("/mail/config-v1.1.xml") { return .text(xml) }
            return .redirect(to: "/.well-known/autoconfig/mail/config-v1.1.xml?again")
        } body: { https in
            try await HTTPTestServer.with(host: "127.0.0.4") { _ in
                HTTPTestServer.Response(body: huge)
            } body: { http in
                let caFile = try certificates.writeCAFile()
                let (result, _) = try await lookup(
                    "erin@autoconf.test",
                    // Each hop of the redirect loop is a new TLS handshake in a debug build of BoringSSL: with the
                    // whole suite running, three of them can take longer than the usual 2 s a fetch is given.
                    try discovery(
                        httpTimeout: .seconds(12),
                        extraRoots: [certificates.ca],
                        extraCAFiles: [caFile],
                        ports: [443: https.port, 80: http.port]
                    )
                )
                let autoconfig = result.sources.filter { $0.kind == .autoconfig }
                #expect(autoconfig.first?.status == .hit, "\(autoconfig)")
                #expect(
                    autoconfig.dropFirst().first?.detail?.contains("redirect") == true,
                    "redirect loop: \(autoconfig)"
                )
                #expect(autoconfig.last?.detail?.contains("size limit") == true, "5 MB: \(autoconfig)")
                let imap = try #require(result.config.incoming.first)
                #expect(imap.source == .autoconfig && imap.port == imaps && !imap.untrusted)
                #expect(imap.verification.status == .verified, "\(imap.verification)")
                #expect(imap.username == "erin@autoconf.test")
            }
        }
    }

    @Test func guessesAreReportedOnlyWhenVerified() async throws {
        let certificates = try TestCertificates()
        let context = try certificates.serverContext(names: ["mail.guessonly.test"])
        // On 127.0.0.3, where mail.guessonly.test points, on ports the system chose, standing in for 993 and 465.
        try await ScriptedServer.with(host: "127.0.0.3", tls: context) { connection in
            try await connection.send("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] guess me\r\n")
            while let line = await connection.readLine() {
                if line.uppercased().contains("LOGOUT") { break }
            }
        } body: { imap in
            try await ScriptedServer.with(host: "127.0.0.3", tls: context) { connection in
                try await connection.send("220 mail.guessonly.test ESMTP\r\n")
                while let line = await connection.readLine() {
                    if line.uppercased().hasPrefix("EHLO") {
                        try await connection.send("250-hi\r\n250 AUTH PLAIN LOGIN\r\n")
                    }
                    if line.uppercased() == "QUIT" { break }
                }
            } body: { smtp in
                let (result, _) = try await lookup(
                    "frank@guessonly.test",
                    try discovery(extraRoots: [certificates.ca], ports: [993: imap.port, 465: smtp.port])
                )
                #expect(attempt(result, .guess)?.status == .hit)
                #expect(
                    result.config.servers.allSatisfy { $0.source == .guess && $0.verification.status == .verified }
                )
                #expect(result.config.incoming.map(\.port) == [993])
                #expect(result.config.outgoing.map(\.port) == [465])
                #expect(result.config.incoming.first?.host == "mail.guessonly.test")
                #expect(
                    result.config.servers.allSatisfy { $0.username == "frank@guessonly.test" },
                    "no placeholder left"
                )
            }
        }
    }
}
