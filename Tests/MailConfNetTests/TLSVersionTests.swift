import Foundation
import MailConfCore
import MailConfNet
import MailConfTesting
import NIOSSL
import Testing

/// Which TLS versions a service accepts, against real TLS stacks: BoringSSL (NIOSSL) serving TLS 1.0 alone in
/// process, OpenSSL's `s_server` serving 1.0, 1.1 and 1.3 but not 1.2 (NIOSSL cannot leave out a version in the
/// middle), and the fixture's Postfix and Dovecot, checked against `openssl s_client` one version at a time.
@Suite(.timeLimit(.minutes(3))) struct TLSVersionTests {
    static let options: ProbeOptions = {
        var options = ProbeOptions()
        // Room for a loaded machine: these tests grade versions, not speed. CI once resumed this test after a 12 s
        // stall of the whole run, past a 10 s deadline. The greeting wait is spent in full on `s_server`, which
        // sends none.
        options.readTimeout = .seconds(5)
        options.tlsTimeout = .seconds(20)
        options.totalTimeout = .seconds(60)
        options.checkTLSVersions = true
        return options
    }()

    static var hasOpenSSL: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl") }

    func prober(_ roots: TrustRoots = TrustRoots(certificates: [])) throws -> ServiceProber {
        ServiceProber(connector: try NIOMailConnector(roots: roots), options: Self.options)
    }

    @Test func aTLS10OnlyServerIsAHighSeverityProblem() async throws {
        let certificates = try TestCertificates()
        let (certificate, key) = try certificates.leaf(names: ["mail.test.example"])
        var configuration = TLSConfiguration.makeServerConfiguration(
            certificateChain: [.certificate(certificate)],
            privateKey: .privateKey(key)
        )
        configuration.minimumTLSVersion = .tlsv1
        configuration.maximumTLSVersion = .tlsv1
        let context = try NIOSSLContext(configuration: configuration)
        try await ScriptedServer.with(tls: context) { connection in
            try await connection.send("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] old\r\n")
            await connection.waitForClose()
        } body: { server in
            var service = MailService.imaps
            service.port = server.port
            let result = try await prober(TrustRoots(certificates: [certificates.ca])).probe(
                service,
                host: "mail.test.example",
                address: "127.0.0.1"
            )
            #expect(result.tls?.version == "TLSv1")
            #expect(result.acceptedVersions == [.tls10], "\(result.versionChecks)")
            let obsolete = result.findings.first { $0.code == ProbeFinding.Code.obsoleteTLS }
            #expect(obsolete?.severity == .high)
            #expect(obsolete?.message.contains("refuse to connect") == true)
            #expect(result.findings.filter { $0.code == ProbeFinding.Code.obsoleteTLS }.count == 1)
            #expect(!result.isHealthy)
            let report = ProbeReport(host: "mail.test.example", services: [result])
            #expect(report.hasHighFindings)
            #expect(report.plainAnswers.first { $0.question == "transit" }?.verdict == .partly)
        }
    }

    @Test(.enabled(if: hasOpenSSL, "openssl is not installed"))
    func oldVersionsBesideTLS13AreAMediumFinding() async throws {
        try await OpenSSLServer.with(["-no_tls1_2"]) { server in
            var service = MailService.submissions
            service.port = server.port
            let checks = try await prober().checkTLSVersions(service, host: "mail.test.example", address: "127.0.0.1")
            #expect(checks.map(\.version) == TLSProtocolVersion.allCases)
            #expect(
                checks.filter { $0.outcome == .accepted }.map(\.version) == [.tls10, .tls11, .tls13],
                "\(checks)"
            )
            #expect(checks.first { $0.version == .tls12 }?.outcome == .refused)

            // The whole probe: s_server sends no greeting, but the versions are reported and graded.
            let result = try await prober().probe(service, host: "mail.test.example", address: "127.0.0.1")
            #expect(result.acceptedVersions == [.tls10, .tls11, .tls13], "\(result.versionChecks)")
            let finding = result.findings.first { $0.code == ProbeFinding.Code.deprecatedTLSAccepted }
            #expect(finding?.severity == .medium && finding?.message.contains("TLSv1, TLSv1.1") == true)
            #expect(!result.findings.contains { $0.code == ProbeFinding.Code.obsoleteTLS })
            let json = try #require(
                try JSONSerialization.jsonObject(with: Data(result.json.serialized().utf8)) as? [String: Any]
            )
            #expect(json["accepted-versions"] as? [String] == ["TLSv1", "TLSv1.1", "TLSv1.3"])
        }
    }

    /// TLS 1.0 and 1.2 but not 1.1: the ClientHello offering up to TLS 1.1 is answered with TLS 1.0, which tells
    /// both without a connection for TLS 1.0 alone.
    @Test(.enabled(if: hasOpenSSL, "openssl is not installed"))
    func aGapInTheMiddleIsFound() async throws {
        try await OpenSSLServer.with(["-no_tls1_1", "-no_tls1_3"]) { server in
            var service = MailService.imaps
            service.port = server.port
            let checks = try await prober().checkTLSVersions(service, host: "mail.test.example", address: "127.0.0.1")
            #expect(checks.filter { $0.outcome == .accepted }.map(\.version) == [.tls10, .tls12], "\(checks)")
            #expect(checks.first { $0.version == .tls10 }?.detail == "offered up to TLSv1.1, the server chose TLSv1")
        }
    }

    @Test(.enabled(if: Fixture.current != nil && hasOpenSSL, "real servers or openssl missing"))
    func theFixtureIsReportedAsOpenSSLSeesIt() async throws {
        let fixture = try #require(Fixture.current)
        let cases: [(MailService, String, String, String?)] = [
            (.submissions, "SUBMISSIONS", fixture.address, nil),
            (.submission, "SUBMISSION", fixture.address, "smtp"),
            (.smtp, "SMTP", fixture.address, "smtp"),
            (.imaps, "IMAPS", fixture.address, nil),
            (.imap, "IMAP", fixture.address2, "imap"),
            (.pop3, "POP3", fixture.address2, "pop3"),
        ]
        let prober = try prober()
        for (base, name, address, starttls) in cases {
            var service = base
            service.port = fixture.port(name)
            let ours = await prober.checkTLSVersions(service, host: fixture.hostname, address: address)
                .filter { $0.outcome == .accepted }.map(\.version)
            var theirs: [TLSProtocolVersion] = []
            for version in TLSProtocolVersion.allCases
            where try await OpenSSLServer.clientAccepts(
                version,
                address: address,
                port: service.port,
                starttls: starttls
            ) {
                theirs.append(version)
            }
            #expect(ours == theirs, "\(base.name): MailConf \(ours), openssl s_client \(theirs)")
        }
        // As sslyze and testssl.sh report them: Postfix still takes TLS 1.0 and 1.1, Dovecot 1.2 and up.
        var submissions = MailService.submissions
        submissions.port = fixture.port("SUBMISSIONS")
        let postfix = await prober.checkTLSVersions(submissions, host: fixture.hostname, address: fixture.address)
        #expect(postfix.filter { $0.outcome == .accepted }.map(\.version) == TLSProtocolVersion.allCases)
        var imaps = MailService.imaps
        imaps.port = fixture.port("IMAPS")
        let dovecot = await prober.checkTLSVersions(imaps, host: fixture.hostname, address: fixture.address)
        #expect(dovecot.filter { $0.outcome == .accepted }.map(\.version) == [.tls12, .tls13])
    }
}

/// `openssl s_server` on a loopback port the system picks, with a throwaway certificate, for TLS version mixes
/// NIOSSL cannot serve; and `openssl s_client` as the reference for which versions a server accepts.
struct OpenSSLServer {
    let process: BackgroundProcess
    let port: Int
    let directory: URL

    static func start(_ flags: [String]) async throws -> OpenSSLServer {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mailconf-ossl-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let key = directory.appendingPathComponent("key.pem").path
        let certificate = directory.appendingPathComponent("cert.pem").path
        let made = try await ProcessResult.run(
            URL(fileURLWithPath: "/usr/bin/openssl"),
            [
                "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1",
                "-subj", "/CN=mail.test.example", "-keyout", key, "-out", certificate,
            ]
        )
        #expect(made.status == 0, "\(made.stderr)")
        // s_server prints "ACCEPT host:port" on standard output; BackgroundProcess reads standard error.
        let process = try BackgroundProcess(
            URL(fileURLWithPath: "/bin/sh"),
            [
                "-c", #"exec openssl s_server "$@" 1>&2"#, "sh", "-accept", "127.0.0.1:0", "-cert", certificate,
                "-key", key, "-cipher", "DEFAULT:@SECLEVEL=0", "-www",
            ] + flags
        )
        let line = try await process.waitForLine(containing: "ACCEPT")
        let port = line.flatMap { $0.split(separator: ":").last }.flatMap { Int($0) }
        guard let port else {
            process.signal(SIGKILL)
            throw OpenSSLServerError(output: process.lines.joined(separator: "\n"))
        }
        return OpenSSLServer(process: process, port: port, directory: directory)
    }

    /// Kills the server, waits for it to exit and removes its files.
    func stop() async {
        process.signal(SIGKILL)
        _ = try? await process.waitForExit(timeout: .seconds(10))
        try? FileManager.default.removeItem(at: directory)
    }

    /// Runs `body` with a server started with `flags`, then stops it, awaited, however `body` ends.
    static func with(_ flags: [String], body: (OpenSSLServer) async throws -> Void) async throws {
        let server = try await start(flags)
        do {
            try await body(server)
            await server.stop()
        } catch {
            await server.stop()
            throw error
        }
    }

    /// Whether `openssl s_client`, limited to `version` and at security level 0, completes a handshake.
    static func clientAccepts(
        _ version: TLSProtocolVersion,
        address: String,
        port: Int,
        starttls: String?
    ) async throws -> Bool {
        let flag = ["TLSv1": "-tls1", "TLSv1.1": "-tls1_1", "TLSv1.2": "-tls1_2", "TLSv1.3": "-tls1_3"][
            version.rawValue
        ]
        let result = try await ProcessResult.run(
            URL(fileURLWithPath: "/usr/bin/timeout"),
            [
                "10", "openssl", "s_client", "-connect", "\(address):\(port)", flag ?? "", "-cipher",
                "DEFAULT:@SECLEVEL=0",
            ]
                + (starttls.map { ["-starttls", $0] } ?? []),
            input: ""
        )
        let summary = result.stdout.split(separator: "\n").first { $0.hasPrefix("New, ") } ?? ""
        return !summary.isEmpty && !summary.contains("Cipher is (NONE)")
    }
}

struct OpenSSLServerError: Error {
    var output: String
}
