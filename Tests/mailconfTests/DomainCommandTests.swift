import Foundation
import MailConfTesting
import NIOSSL
import Testing

/// `mailconf domain` against domains shaped like real ones (Scripts/fixtures/dns.d/owner-domains.conf.in): dnsmasq
/// for DNS, in-process HTTPS servers for the publications, the Postfix/Dovecot fixture as the mail servers, and a
/// real `mailconf serve` behind TLS where the domain is served right.
// Serialized: a command's output pipes can leak into a `serve` or dnsmasq another case starts at the same moment,
// and each case would then wait for the other's long-lived process to end.
@Suite(
    .serialized,
    .enabled(
        if: Fixture.current != nil && DNSFixture.server != nil && DNSFixture.isRoot,
        "needs the dnsmasq and mail fixtures, and root to bind 127.0.0.21-29:443"
    )
)
struct DomainCommandTests {
    let fixture = Fixture.current ?? Fixture(values: [:])
    let certificates: TestCertificates
    let caFile: String

    init() throws {
        certificates = try TestCertificates()
        caFile = try certificates.writeCAFile()
    }

    // MARK: - Running the command

    struct Run {
        var status: Int32
        var json: [String: Any]
        var stderr: String

        func client(_ id: String) -> [String: Any] {
            (json["clients"] as? [[String: Any]])?.first { $0["id"] as? String == id } ?? [:]
        }

        func outcome(_ id: String) -> String { client(id)["outcome"] as? String ?? "absent" }

        func problems(_ id: String) -> [(code: String, message: String)] {
            ((client(id)["problems"] as? [[String: Any]]) ?? []).map {
                ($0["code"] as? String ?? "", $0["message"] as? String ?? "")
            }
        }

        var records: [[String: Any]] { json["publish"] as? [[String: Any]] ?? [] }

        func record(_ name: String) -> String {
            records.first { $0["name"] as? String == name }?["status"] as? String ?? "absent"
        }

        /// Every counted client, with its outcome and whether it configures automatically.
        var counted: [(id: String, outcome: String, good: Bool)] {
            ((json["clients"] as? [[String: Any]]) ?? []).filter { $0["counted"] as? Bool == true }.map {
                (
                    $0["id"] as? String ?? "", $0["outcome"] as? String ?? "",
                    $0["configuresAutomatically"] as? Bool == true
                )
            }
        }
    }

    func domain(_ name: String, dns: String? = nil, extra: [String] = []) async throws -> Run {
        let result = try await ProcessResult.mailconf(
            [
                "domain", name, "--json", "--dns-server", dns ?? DNSFixture.server ?? "", "--ca-file", caFile,
                "--ca-file", fixture.caFile,
                // Generous, as in the other real-server tests: two busy cores and debug TLS stacks.
                "--deadline", "90", "--timeout", "5",
            ] + extra
        )
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return Run(
            status: result.status,
            json: try #require(object, "no JSON: \(result.stderr)"),
            stderr: result.stderr
        )
    }

    // MARK: - The publications, as real servers would make them

    static func clientConfig(imap: String, smtp: String, domain: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <clientConfig version="1.1"><emailProvider id="\(domain)"><domain>\(domain)</domain>
        <incomingServer type="imap">\(imap)</incomingServer>
        <outgoingServer type="smtp">\(smtp)</outgoingServer>
        </emailProvider></clientConfig>
        """
    }

    /// The fixture mail servers, as a clientConfig document.
    func fixtureDocument(domain: String) -> String {
        Self.clientConfig(
            imap: """
                <hostname>\(fixture.hostname)</hostname><port>\(fixture.port("IMAPS"))</port><socketType>SSL</socketType>
                <username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication>
                """,
            smtp: """
                <hostname>\(fixture.hostname)</hostname><port>\(fixture.port("SUBMISSIONS"))</port>
                <socketType>SSL</socketType><username>%EMAILADDRESS%</username>
                <authentication>password-cleartext</authentication>
                """,
            domain: domain
        )
    }

    /// Starts the HTTPS publication of one fixture domain; `nil` for domains that publish nothing over HTTP.
    func publication(for domain: String) async throws -> HTTPTestServer? {
        switch domain {
        case "owner-wrongtype.test":
            // A correct document, served as text/plain by a web server that does not know the .xml name.
            let document = fixtureDocument(domain: domain)
            return try await HTTPTestServer(
                host: "127.0.0.21",
                port: 443,
                tls: try certificates.serverContext(names: ["autoconfig.owner-wrongtype.test"])
            ) { request in
                request.uri.hasPrefix("/mail/config-v1.1.xml")
                    ? .text(document, type: "text/plain; charset=utf-8") : HTTPTestServer.Response(status: 404)
            }
        case "owner-autodiscover.test":
            // Exchange's way: a POST gets the settings, a GET gets an error document with status 200.
            let settings = """
                <?xml version="1.0" encoding="utf-8"?>
                <Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006">
                <Response xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a">
                <Account><AccountType>email</AccountType><Action>settings</Action>
                <Protocol><Type>IMAP</Type><Server>\(fixture.hostname)</Server><Port>\(fixture.port("IMAPS"))</Port>
                <SSL>on</SSL><Encryption>SSL</Encryption><LoginName>postmaster@owner-autodiscover.test</LoginName></Protocol>
                <Protocol><Type>SMTP</Type><Server>\(fixture.hostname)</Server><Port>\(fixture.port("SUBMISSIONS"))</Port>
                <SSL>on</SSL><Encryption>SSL</Encryption><LoginName>postmaster@owner-autodiscover.test</LoginName></Protocol>
                </Account></Response></Autodiscover>
                """
            let error = """
                <?xml version="1.0" encoding="utf-8"?>
                <Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006">
                <Response><Error Time="10:00:00" Id="1"><ErrorCode>600</ErrorCode><Message>Invalid Request</Message>
                <DebugData /></Error></Response></Autodiscover>
                """
            return try await HTTPTestServer(
                host: "127.0.0.22",
                port: 443,
                tls: try certificates.serverContext(names: ["autodiscover.owner-autodiscover.test"])
            ) { request in
                guard request.uri.lowercased().hasPrefix("/autodiscover/autodiscover.xml") else {
                    return HTTPTestServer.Response(status: 404)
                }
                return .text(request.method == "POST" ? settings : error)
            }
        case "owner-disagree.test":
            // STARTTLS on 143 and 587 at names where nothing listens, and an IMAP server without <username>.
            let document = Self.clientConfig(
                imap: """
                    <hostname>imap.owner-disagree.test</hostname><port>143</port><socketType>STARTTLS</socketType>
                    <authentication>password-cleartext</authentication>
                    """,
                smtp: """
                    <hostname>smtp.owner-disagree.test</hostname><port>587</port><socketType>STARTTLS</socketType>
                    <username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication>
                    """,
                domain: domain
            )
            return try await HTTPTestServer(
                host: "127.0.0.23",
                port: 443,
                tls: try certificates.serverContext(names: ["autoconfig.owner-disagree.test"])
            ) { request in
                request.uri.hasPrefix("/mail/config-v1.1.xml") ? .text(document) : HTTPTestServer.Response(status: 404)
            }
        default:
            return nil
        }
    }

    /// `mailconf serve` for `providerFile`, behind a TLS proxy on `address:443` presenting `names`.
    func serve(
        providerFile: String,
        domain: String,
        address: String,
        names: [String]
    ) async throws -> (
        BackgroundProcess, TLSProxy, URL
    ) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mailconf-domain-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data(providerFile.utf8).write(to: directory.appendingPathComponent("\(domain).conf"))
        let server = try BackgroundProcess(
            RepositoryPaths.mailconfBinary,
            ["serve", "--port", "0", "--host", "127.0.0.1", "--no-verify", "--providers", directory.path],
            environment: ["MAILCONF_LOG_FORMAT": "json"]
        )
        let line = try #require(try await server.waitForLine(containing: "listening"), "\(server.lines)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let listening = try #require(object["address"] as? String)
        let port = try #require(Int(listening.split(separator: ":").last ?? ""))
        let proxy = try await TLSProxy(
            host: address,
            port: 443,
            tls: try certificates.serverContext(names: names),
            backendHost: "127.0.0.1",
            backendPort: port
        )
        return (server, proxy, directory)
    }

    // MARK: - Before publishing

    @Test func srvOnlyReachesEvolutionAlone() async throws {
        let run = try await domain("owner-srv.test")
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.outcome("evolution") == "configured-automatically")
        for id in ["thunderbird", "thunderbird-android", "outlook", "delta-chat", "kmail"] {
            #expect(run.outcome(id) == "manual-entry", "\(id)")
        }
        #expect(run.outcome("apple-mail") == "manual-entry-or-profile")
        #expect(run.outcome("outlook-new") == "undocumented")
        #expect(run.record("_imaps._tcp.owner-srv.test") == "present")
        #expect(run.record("_submissions._tcp.owner-srv.test") == "present")
        #expect(run.record("autoconfig.owner-srv.test") == "missing")
        #expect(run.record("_autodiscover._tcp.owner-srv.test") == "missing")
    }

    @Test func aWrongContentTypeLosesThunderbirdOnly() async throws {
        let server = try #require(try await publication(for: "owner-wrongtype.test"))
        defer { Task { await server.stop() } }
        let run = try await domain("owner-wrongtype.test")
        #expect(run.status == 1)
        #expect(run.outcome("thunderbird") == "manual-entry")
        #expect(
            run.problems("thunderbird").contains {
                $0.code == "content-type-refused" && $0.message.contains("text/plain")
            },
            "\(run.problems("thunderbird"))"
        )
        for id in ["thunderbird-android", "delta-chat", "evolution", "kmail"] {
            #expect(run.outcome(id) == "configured-automatically", "\(id): \(run.problems(id))")
            #expect(run.client(id)["configuresAutomatically"] as? Bool == true, "\(id)")
        }
        #expect(run.outcome("outlook") == "manual-entry")
        #expect((run.json["disagreements"] as? [Any])?.isEmpty == true)
    }

    @Test func autodiscoverAloneReachesOutlookAndThunderbird() async throws {
        let server = try #require(try await publication(for: "owner-autodiscover.test"))
        defer { Task { await server.stop() } }
        let run = try await domain("owner-autodiscover.test")
        #expect(run.status == 1)
        #expect(run.outcome("outlook") == "configured-automatically", "\(run.problems("outlook"))")
        #expect(run.outcome("thunderbird") == "configured-automatically", "\(run.problems("thunderbird"))")
        // Delta Chat GETs the Autodiscover URL and takes the 200 error document as its answer.
        #expect(run.outcome("delta-chat") == "manual-entry")
        #expect(run.problems("delta-chat").contains { $0.code == "stopped-by-answer" }, "\(run.problems("delta-chat"))")
        for id in ["thunderbird-android", "evolution", "kmail"] { #expect(run.outcome(id) == "manual-entry", "\(id)") }
        #expect(run.record("autodiscover.owner-autodiscover.test") == "present")
        #expect(run.record("_imaps._tcp.owner-autodiscover.test") == "missing", "found by Autodiscover, verified")
    }

    @Test func disagreeingSourcesAreNamedAndTheMissingUsernameIsReported() async throws {
        let server = try #require(try await publication(for: "owner-disagree.test"))
        defer { Task { await server.stop() } }
        let run = try await domain("owner-disagree.test")
        #expect(run.status == 1)
        let messages = ((run.json["disagreements"] as? [[String: Any]]) ?? []).compactMap { $0["message"] as? String }
        #expect(
            messages.contains(
                "IMAP: SRV says SSL/TLS \(fixture.port("IMAPS")) on \(fixture.hostname), autoconfig says STARTTLS 143 on imap.owner-disagree.test"
            ),
            "\(messages)"
        )
        #expect(messages.contains { $0.hasPrefix("SMTP: SRV says") }, "\(messages)")
        // Thunderbird takes the document, logs in as 'undefined', and its server fails the live probe.
        #expect(run.outcome("thunderbird") == "configured-automatically")
        let problems = run.problems("thunderbird")
        #expect(
            problems.contains { $0.code == "document-misread" && $0.message.contains("log in as 'undefined'") },
            "\(problems)"
        )
        #expect(problems.contains { $0.code == "probe-failed" }, "\(problems)")
        #expect(run.client("thunderbird")["configuresAutomatically"] as? Bool == false)
        // Thunderbird for Android refuses the document whole; Evolution reads it (no user name) before SRV.
        #expect(run.outcome("thunderbird-android") == "manual-entry")
        #expect(run.problems("thunderbird-android").contains { $0.code == "document-rejected" })
    }

    @Test func everythingRightConfiguresEveryClient() async throws {
        let provider = """
            id = owner-good.test
            domain = owner-good.test

            [imap]
            host = \(fixture.hostname)
            port = \(fixture.port("IMAPS"))
            security = tls
            auth = password-cleartext
            username = %EMAILADDRESS%

            [imap]
            host = \(fixture.hostname)
            port = \(fixture.port("IMAP"))
            security = starttls
            auth = password-cleartext
            username = %EMAILADDRESS%

            [pop3]
            host = \(fixture.hostname)
            port = \(fixture.port("POP3S"))
            security = tls
            auth = password-cleartext
            username = %EMAILADDRESS%

            [pop3]
            host = \(fixture.hostname)
            port = \(fixture.port("POP3"))
            security = starttls
            auth = password-cleartext
            username = %EMAILADDRESS%

            [smtp]
            host = \(fixture.hostname)
            port = \(fixture.port("SUBMISSIONS"))
            security = tls
            auth = password-cleartext
            username = %EMAILADDRESS%

            [smtp]
            host = \(fixture.hostname)
            port = \(fixture.port("SUBMISSION"))
            security = starttls
            auth = password-cleartext
            username = %EMAILADDRESS%
            """
        let (server, proxy, directory) = try await serve(
            providerFile: provider,
            domain: "owner-good.test",
            address: "127.0.0.24",
            names: ["autoconfig.owner-good.test", "autodiscover.owner-good.test"]
        )
        defer {
            server.signal()
            Task { await proxy.stop() }
            try? FileManager.default.removeItem(at: directory)
        }
        let run = try await domain("owner-good.test")
        #expect(run.status == 0, "\(run.counted) \(run.json["disagreements"] ?? "")")
        for client in run.counted {
            #expect(
                client.outcome == "configured-automatically" && client.good,
                "\(client.id): \(run.problems(client.id))"
            )
        }
        #expect((run.json["disagreements"] as? [Any])?.isEmpty == true)
        for record in run.records where record["purpose"] as? String != "mail-service" || record["recommended"] != nil {
            #expect(record["status"] as? String == "present", "\(record)")
        }
        let text = try await ProcessResult.mailconf(
            [
                "domain", "owner-good.test", "--lang", "tr", "--dns-server", DNSFixture.server ?? "", "--ca-file",
                caFile, "--ca-file", fixture.caFile, "--deadline", "90",
            ]
        )
        #expect(text.status == 0)
        #expect(text.stdout.contains("Thunderbird — 153 ESR: kendiliğinden yapılandırılıyor"), "\(text.stdout)")
    }
    // MARK: - After publishing

    /// The acceptance test: what `mailconf domain --format zone` says to add, added to a DNS server of this test's
    /// own (the fixture's records of the domain, less those the zone lines replace), with `mailconf serve` behind
    /// TLS at the host the records name, serving the provider file the same run printed, turns every counted
    /// client to "configured automatically".
    @Test(
        arguments: [
            ("owner-srv.test", "127.0.0.25"), ("owner-wrongtype.test", "127.0.0.26"),
            ("owner-autodiscover.test", "127.0.0.27"), ("owner-disagree.test", "127.0.0.28"),
        ]
    )
    func publishingTheZoneLinesConfiguresEveryClient(domain name: String, serveAddress: String) async throws {
        let serveHost = "mailconf.\(name)"
        let publication = try await publication(for: name)
        let before = try await domain(name, extra: ["--serve-host", serveHost])
        let zone = try await ProcessResult.mailconf(
            [
                "domain", name, "--format", "zone", "--serve-host", serveHost, "--dns-server", DNSFixture.server ?? "",
                "--ca-file", caFile, "--ca-file", fixture.caFile, "--deadline", "90", "--timeout", "5",
            ]
        )
        await publication?.stop()
        #expect(before.status == 1, "\(before.counted)")
        #expect(zone.status == 1)
        #expect(zone.stdout == before.json["zone"] as? String, "--format zone and the JSON's zone differ")
        let providerFile = try #require((before.json["serve"] as? [String: Any])?["providerFile"] as? String)
        let added = zone.stdout.split(separator: "\n").map(String.init).filter { !$0.hasPrefix(";") && !$0.isEmpty }
        #expect(!added.isEmpty)

        // This test's own DNS: the fixture's records of the domain, less the names the zone lines replace.
        let replaced = Set(added.compactMap { $0.split(separator: " ").first.map { String($0.dropLast()) } })
        let base = try Self.ownerConf().filter { line in
            guard line.contains(name), let value = line.split(separator: "=", maxSplits: 1).last else { return false }
            return !replaced.contains(String(value.split(separator: ",")[0]))
        }
        let records =
            base + added.map(Self.dnsmasqLine) + [
                "host-record=\(fixture.hostname),\(fixture.address)", "host-record=\(serveHost),\(serveAddress)",
            ]
        let dns = try await Self.startDNS(records)
        defer { dns.stop() }
        let (server, proxy, directory) = try await serve(
            providerFile: providerFile,
            domain: name,
            address: serveAddress,
            names: ["autoconfig.\(name)", "autodiscover.\(name)", serveHost]
        )
        defer {
            server.signal()
            Task { await proxy.stop() }
            try? FileManager.default.removeItem(at: directory)
        }
        let after = try await domain(name, dns: dns.address, extra: ["--serve-host", serveHost])
        #expect(after.status == 0, "\(name): \(after.counted) \(after.json["disagreements"] ?? "")")
        for client in after.counted {
            #expect(
                client.outcome == "configured-automatically" && client.good,
                "\(name) \(client.id): \(after.problems(client.id))"
            )
        }
        for record in ["autoconfig.\(name)", "autodiscover.\(name)", "_autodiscover._tcp.\(name)"] {
            #expect(after.record(record) == "present", "\(name): \(record)")
        }
    }

    /// The fixture's owner-domain records, as dnsmasq reads them (`MAILCONF_DNS_FIXTURE_OWNER_CONF`).
    static func ownerConf() throws -> [String] {
        let environment = ProcessInfo.processInfo.environment
        var path = environment["MAILCONF_DNS_FIXTURE_OWNER_CONF"]
        if path == nil, let env = environment["MAILCONF_DNS_FIXTURE_ENV"] {
            let text = try String(contentsOfFile: env, encoding: .utf8)
            for line in text.split(separator: "\n") where line.hasPrefix("MAILCONF_DNS_FIXTURE_OWNER_CONF=") {
                path = String(line.dropFirst("MAILCONF_DNS_FIXTURE_OWNER_CONF=".count))
            }
        }
        let file = try #require(path, "the DNS fixture names no owner-domain records")
        return try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").map(String.init)
            .filter { !$0.hasPrefix("#") && $0.contains("=") }
    }

    /// A zone-file line (`NAME. TTL IN TYPE DATA`) as a dnsmasq option.
    static func dnsmasqLine(_ line: String) -> String {
        let fields = line.split(separator: " ").map { $0.hasSuffix(".") ? String($0.dropLast()) : String($0) }
        guard fields.count >= 5 else { return "# \(line)" }
        switch fields[3] {
        case "SRV" where fields.count >= 8:
            return "srv-host=\(fields[0]),\(fields[7]),\(fields[6]),\(fields[4]),\(fields[5])"
        case "CNAME":
            return "cname=\(fields[0]),\(fields[4])"
        case "A", "AAAA":
            return "host-record=\(fields[0]),\(fields[4])"
        default:
            return "# \(line)"
        }
    }

    /// This test's own dnsmasq, serving `records` on a free loopback port.
    ///
    /// Started as a daemon and stopped by the PID it writes: run in the foreground under Foundation's `Process`, it
    /// closes the descriptor Foundation watches, and Foundation then waits for it to exit, blocking the reaping
    /// of every other child of the test process.
    struct OwnDNS {
        var address: String
        var pidFile: String
        var confFile: String

        func stop() {
            // SIGKILL: started from the test process, it inherits a signal mask that blocks SIGTERM.
            if let text = try? String(contentsOfFile: pidFile, encoding: .utf8),
                let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
            {
                kill(pid, SIGKILL)
            }
            try? FileManager.default.removeItem(atPath: pidFile)
            try? FileManager.default.removeItem(atPath: confFile)
        }
    }

    static func startDNS(_ records: [String]) async throws -> OwnDNS {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("mailconf-dns-\(UUID())").path
        let dns = OwnDNS(address: "", pidFile: base + ".pid", confFile: base + ".conf")
        try Data((records.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: dns.confFile))
        let executable = try #require(
            ["/usr/sbin/dnsmasq", "/usr/bin/dnsmasq"].first { FileManager.default.isExecutableFile(atPath: $0) },
            "dnsmasq is not installed"
        )
        // A free UDP port may be taken for TCP: try a few.
        var started: (port: Int, result: ProcessResult)?
        for _ in 0..<5 where started?.result.status != 0 {
            let port = try freeUDPPort()
            let result = try await ProcessResult.run(
                URL(fileURLWithPath: executable),
                [
                    "--no-resolv", "--no-hosts", "--no-poll", "--conf-file=/dev/null", "--bind-interfaces",
                    "--listen-address=127.0.0.1", "--port=\(port)", "--user=root", "--local=/test/",
                    "--pid-file=\(dns.pidFile)", "--conf-file=\(dns.confFile)",
                ]
            )
            started = (port, result)
        }
        let (port, result) = try #require(started)
        try #require(result.status == 0, "dnsmasq: \(result.stderr)")
        return OwnDNS(address: "127.0.0.1:\(port)", pidFile: dns.pidFile, confFile: dns.confFile)
    }

    /// A UDP port nothing is bound to on 127.0.0.1 just now.
    static func freeUDPPort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_DGRAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0
            }
        }
        try #require(bound, "no free UDP port")
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
