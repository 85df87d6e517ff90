import Foundation
import MailConfCore
import MailConfNet
import MailConfTesting
import Testing

@Suite struct FixturePresenceTests {
    @Test func realServersAreRunningWhenRequired() {
        if Fixture.current == nil {
            #expect(
                !Fixture.isRequired,
                "MAILCONF_REQUIRE_FIXTURE=1 but the Postfix/Dovecot fixture is not running (Scripts/fixtures/mailservers)"
            )
            print(
                "note: real-server tests skipped: start them with `Scripts/fixtures/mailservers start` (Scripts/test does)"
            )
        }
    }
}

/// Probes and logins against real Postfix and Dovecot from Debian, started on loopback high ports by
/// `Scripts/fixtures/mailservers`.
@Suite(
    .enabled(if: Fixture.current != nil, "real servers not running; Scripts/test starts them"),
    .timeLimit(.minutes(3))
)
struct RealServerTests {
    let fixture = Fixture.current ?? Fixture(values: [:])

    /// Deadlines that only a hang reaches: these servers always answer, and what is asserted is what they say,
    /// not how fast. With 15 s, a probe (two debug TLS stacks, a Postfix process started per connection) ran out
    /// of time while the whole suite and other builds shared the two cores, and a slow answer became a wrong
    /// verdict. The suite's time limit still ends a real hang.
    static let options: ProbeOptions = {
        var options = ProbeOptions.uniform(seconds: 60)
        options.totalTimeout = .seconds(120)
        return options
    }()

    func prober(trusting: Bool = true) throws -> ServiceProber {
        let roots =
            trusting
            ? try TrustRoots.load(extraFiles: [fixture.caFile], includeSystem: false) : TrustRoots(certificates: [])
        return ServiceProber(connector: try NIOMailConnector(roots: roots), options: Self.options)
    }

    func service(_ base: MailService, _ portName: String) -> MailService {
        var service = base
        service.port = fixture.port(portName)
        return service
    }

    @Test func submissionOffersAuthOnlyAfterTLS() async throws {
        let result = try await prober().probe(
            service(.submission, "SUBMISSION"),
            host: fixture.hostname,
            address: fixture.address
        )
        #expect(result.security == .starttls)
        #expect(result.authBeforeTLS.isEmpty)
        #expect(result.authAfterTLS.contains("PLAIN"))
        #expect(result.capabilitiesBeforeTLS.contains("STARTTLS"))
        #expect(result.tls?.certificate?.verdict == "ok")
        #expect(result.tls?.version == "TLSv1.3")
        #expect(result.tls?.chain.count == 2)
        #expect(result.greeting?.hasPrefix("220 ") == true)
        #expect(result.isHealthy, "\(result.findings)")
    }

    @Test func implicitTLSServices() async throws {
        let prober = try prober()
        for (base, name) in [(MailService.submissions, "SUBMISSIONS"), (.imaps, "IMAPS"), (.pop3s, "POP3S")] {
            let result = await prober.probe(service(base, name), host: fixture.hostname, address: fixture.address)
            #expect(result.security == .tls, "\(base.name)")
            #expect(result.isHealthy, "\(base.name): \(result.findings)")
            #expect(result.tls?.cipher?.hasPrefix("TLS_") == true)
            #expect(!result.usableAuth.isEmpty, "\(base.name)")
        }
    }

    @Test func cleartextIMAPAndPOP3UpgradeWithSTARTTLS() async throws {
        let prober = try prober()
        let imap = await prober.probe(service(.imap, "IMAP"), host: fixture.hostname, address: fixture.address2)
        #expect(imap.security == .starttls)
        #expect(imap.capabilitiesBeforeTLS.contains("LOGINDISABLED"))
        #expect(!imap.findings.contains { $0.code == ProbeFinding.Code.loginDisabledAbsent })
        #expect(imap.authAfterTLS.contains("PLAIN"))
        let pop3 = await prober.probe(service(.pop3, "POP3"), host: fixture.hostname, address: fixture.address2)
        #expect(pop3.security == .starttls)
        #expect(pop3.capabilitiesBeforeTLS.contains("STLS"))
        #expect(pop3.isHealthy, "\(pop3.findings)")
    }

    /// Postfix refusing EHLO names that are not fully qualified or have no DNS record, at EHLO time: the probe's
    /// address literal (RFC 5321 §4.1.4) gets through where an invented name such as `mailconf.invalid` is refused.
    @Test(.enabled(if: Fixture.current?.port("HELOCHECK") != 0, "the fixture has no HELO-checking port"))
    func strictHELOChecksDoNotRefuseTheProbe() async throws {
        var relay = MailService.smtp
        relay.port = fixture.port("HELOCHECK")
        let result = try await prober().probe(relay, host: fixture.hostname, address: fixture.address)
        #expect(result.security == .starttls, "\(result.findings)")
        #expect(!result.capabilitiesAfterTLS.isEmpty)
        #expect(!result.findings.contains { $0.severity == .high }, "\(result.findings)")
        // The name this probe used to send is refused there.
        var options = Self.options
        options.clientName = "mailconf.invalid"
        let roots = try TrustRoots.load(extraFiles: [fixture.caFile], includeSystem: false)
        let invented = await ServiceProber(connector: try NIOMailConnector(roots: roots), options: options).probe(
            relay,
            host: fixture.hostname,
            address: fixture.address
        )
        #expect(invented.findings.contains { $0.code == ProbeFinding.Code.protocolError }, "\(invented.findings)")
    }

    @Test func relayPortWithoutAuthIsHealthy() async throws {
        let result = try await prober().probe(service(.smtp, "SMTP"), host: fixture.hostname, address: fixture.address)
        #expect(result.security == .starttls)
        #expect(result.isHealthy, "\(result.findings)")
    }

    @Test(arguments: [
        ("EXPIRED", CertificateReport.Problem.expired),
        ("WRONGHOST", .hostnameMismatch),
        ("SELFSIGNED", .selfSigned),
        ("NOCHAIN", .incompleteChain),
    ])
    func badCertificatesGetAPreciseVerdict(_ port: String, _ problem: CertificateReport.Problem) async throws {
        let result = try await prober().probe(
            service(.submissions, port),
            host: fixture.hostname,
            address: fixture.address
        )
        #expect(result.tls?.certificate?.problems == [problem], "\(result.findings)")
        #expect(result.findings.contains { $0.code == ProbeFinding.Code.certificate })
        #expect(!result.capabilitiesAfterTLS.isEmpty, "the probe goes on past a bad certificate")
    }

    @Test func privateCAIsUntrustedWithoutCAFile() async throws {
        let result = try await prober(trusting: false).probe(
            service(.imaps, "IMAPS"),
            host: fixture.hostname,
            address: fixture.address
        )
        #expect(result.tls?.certificate?.problems == [.untrustedRoot])
    }

    @Test(arguments: [
        (MailService.submission, "SUBMISSION", nil as String?),
        (.submissions, "SUBMISSIONS", "PLAIN"),
        (.submissions, "SUBMISSIONS", "LOGIN"),
        (.imaps, "IMAPS", "IMAP-LOGIN"),
        (.imap, "IMAP", nil),
        (.pop3s, "POP3S", "USER"),
        (.pop3, "POP3", "PLAIN"),
    ])
    func loginSucceeds(_ base: MailService, _ port: String, _ mechanism: String?) async throws {
        let plan = AuthPlan(username: fixture.user, password: Secret(fixture.password), mechanism: mechanism)
        let result = try await prober().probe(
            service(base, port),
            host: fixture.hostname,
            address: base.protocol == .smtp ? fixture.address : fixture.address2,
            authenticate: plan
        )
        #expect(
            result.authentication?.verdict == .success,
            "\(String(describing: result.authentication)) \(result.findings)"
        )
    }

    @Test(arguments: [(MailService.submissions, "SUBMISSIONS"), (.imaps, "IMAPS"), (.pop3s, "POP3S")])
    func wrongPasswordIsBadCredentials(_ base: MailService, _ port: String) async throws {
        let plan = AuthPlan(username: fixture.user, password: Secret("not the password"))
        let result = try await prober().probe(
            service(base, port),
            host: fixture.hostname,
            address: fixture.address,
            authenticate: plan
        )
        #expect(result.authentication?.verdict == .badCredentials, "\(String(describing: result.authentication))")
    }

    @Test func cliProbeJSONAndPasswordSecrecy() async throws {
        let probe = try await ProcessResult.mailconf([
            "probe", fixture.hostname, "--resolve", "\(fixture.hostname):\(fixture.address)", "--ca-file",
            fixture.caFile,
            "--service", "submission:\(fixture.port("SUBMISSION"))", "--service", "imaps:\(fixture.port("IMAPS"))",
            "--json",
        ])
        #expect(probe.status == 0, "\(probe.stdout)")
        #expect(probe.stdout.contains("\"security\": \"starttls\""))
        #expect(probe.stdout.contains("\"verdict\": \"ok\""))

        let secret = fixture.password
        let encodings = [
            secret, Data(secret.utf8).base64EncodedString(),
            Data("\0\(fixture.user)\0\(secret)".utf8).base64EncodedString(),
            secret.utf8.map { String(format: "%02x", $0) }.joined(),
        ]
        let auth = try await ProcessResult.mailconf(
            [
                "auth", fixture.user, "--host", fixture.hostname, "--resolve", "\(fixture.hostname):\(fixture.address)",
                "--ca-file", fixture.caFile, "--service", "submissions:\(fixture.port("SUBMISSIONS"))", "--mechanism",
                "PLAIN",
            ],
            environment: ["MAILCONF_PASSWORD": secret]
        )
        #expect(auth.status == 0, "\(auth.stdout) \(auth.stderr)")
        #expect(auth.stdout.contains("success"))
        let stdin = try await ProcessResult.mailconf(
            [
                "auth", fixture.user, "--host", fixture.hostname, "--resolve", "\(fixture.hostname):\(fixture.address)",
                "--ca-file", fixture.caFile, "--service", "imaps:\(fixture.port("IMAPS"))", "--password-stdin",
                "--json",
            ],
            input: "wrong password\n"
        )
        #expect(stdin.status == 1)
        #expect(stdin.stdout.contains("\"verdict\": \"bad-credentials\""))
        for output in [auth.stdout, auth.stderr, stdin.stdout, stdin.stderr] {
            for encoded in encodings { #expect(!output.contains(encoded)) }
        }
    }

    /// What a user asks, answered from a real Postfix: sending with a password on submission, DSN, and whether the
    /// password is protected, in English and in Turkish.
    @Test func cliProbeAnswersInPlainWords() async throws {
        let submission = fixture.port("SUBMISSION")
        let arguments = [
            "probe", fixture.hostname, "--resolve", "\(fixture.hostname):\(fixture.address)", "--ca-file",
            fixture.caFile, "--service", "submission:\(submission)",
        ]
        let english = try await ProcessResult.mailconf(arguments + ["--lang", "en"])
        #expect(english.status == 0, "\(english.stdout) \(english.stderr)")
        let lines = english.stdout.components(separatedBy: "\n")
        let send = try #require(
            lines.firstIndex { $0.contains("send through this server on \(submission) with my password?") }
        )
        #expect(lines[send + 1].contains("Yes.") && lines[send + 1].contains("PLAIN"), "\(english.stdout)")
        let dsn = try #require(lines.firstIndex { $0.contains("delivery status notifications (DSN)?") })
        #expect(lines[dsn + 1].contains("Yes."), "Postfix announces DSN: \(english.stdout)")
        #expect(english.stdout.contains("Is my password protected in transit?"))

        let turkish = try await ProcessResult.mailconf(arguments, environment: ["LANG": "tr_TR.UTF-8", "LC_ALL": nil])
        #expect(turkish.stdout.contains("parolamla posta gönderebilir miyim?"), "\(turkish.stdout)")
        #expect(turkish.stdout.contains("Evet."))
        #expect(turkish.stdout.contains("Kısacası"))

        let json = try await ProcessResult.mailconf(arguments + ["--json"])
        #expect(json.stdout.contains("\"question\": \"send\""))
        #expect(json.stdout.contains("\"question\": \"dsn\""))
    }

    @Test func cliAuthSpeaksTurkish() async throws {
        let result = try await ProcessResult.mailconf(
            [
                "auth", fixture.user, "--host", fixture.hostname, "--resolve", "\(fixture.hostname):\(fixture.address)",
                "--ca-file", fixture.caFile, "--service", "imaps:\(fixture.port("IMAPS"))", "--password-stdin",
                "--lang", "tr",
            ],
            input: "wrong password\n"
        )
        #expect(result.status == 1)
        #expect(result.stdout.contains("hatalı kimlik bilgileri"), "\(result.stdout)")
        #expect(result.stdout.contains("Sunucu kullanıcı adını ya da parolayı reddetti"))
    }
}
