import MailConfCore
import MailConfTesting
import Testing

private typealias Code = ProbeFinding.Code
private typealias F = DialogueFixture

/// What `ServiceProber` adds around the dialogues, through ``ScriptedConnector``: each connection failure, the
/// check of a silent port for implicit TLS, the probe's deadline, and the TLS version checks with the findings
/// they make.
///
/// Not reachable through the seam: `speaksTLS` finding the server heard from after its check connected (the check
/// starts only while the server is silent, and a scripted server is either silent or not).
@Suite(.timeLimit(.minutes(1))) struct ServiceProberTests {
    @Test(arguments: ConnectFailureFixture.all) func connectFailures(_ fixture: ConnectFailureFixture) async {
        let connector = ScriptedConnector { _ in throw fixture.error }
        let prober = ServiceProber(connector: connector, options: F.options)
        let result = await prober.probe(fixture.service, host: F.host, address: "192.0.2.1", authenticate: fixture.plan)
        #expect(result.findings.map(\.code) == [fixture.code], "\(result.findings)")
        #expect(result.findings.first?.severity == fixture.severity)
        #expect(result.reachable == fixture.reachable)
        if let error = fixture.error as? TransportError { #expect(result.connectFailure == error) }
        #expect(connector.requests.count == 1)
        if fixture.plan != nil {
            #expect(result.authentication?.verdict == .notAttempted)
            #expect(result.authentication?.message == result.findings.first?.message)
        }
        fixture.also(result)
    }

    @Test(arguments: [MailService.submission, .imap, .pop3])
    func aSilentPortThatAnswersTLSIsNamed(_ service: MailService) async {
        let transport = ScriptedTransport([.silence])
        let connector = ScriptedConnector(
            session: transport,
            versions: ScriptedTLSVersions(accepting: [.tls12, .tls13])
        )
        var options = F.options
        options.implicitTLSCheckDelay = .zero
        let result = await ServiceProber(connector: connector, options: options).probe(service, host: F.host)
        #expect(result.findings.map(\.code) == [Code.implicitTLSOnPlainPort], "\(result.findings)")
        let other = service.otherTLSStart
        #expect(result.findings.first?.message.contains("use `--service \(other.name):\(service.port)`") == true)
        #expect(result.reachable && result.security == nil)
        #expect(transport.isClosed && transport.violations == [])
        let check = connector.requests.last
        #expect(connector.requests.count == 2 && check?.implicitTLS == true && check?.tlsVersionCheck == .tls12)
    }

    @Test func aSilentPortThatDoesNotAnswerTLSIsLeftToItsDialogue() async {
        let transport = ScriptedTransport([.silence])
        let versions = ScriptedTLSVersions(accepting: [], speaksTLS: false)
        // The server answers the check's ClientHello in plaintext, then closes the silent session.
        let connector = ScriptedConnector { request in
            guard request.tlsVersionCheck != nil else {
                return Connection(transport: transport, remoteAddress: "192.0.2.1:587", connectMilliseconds: 1)
            }
            let check = try versions.connection(for: request)
            await transport.close()
            return check
        }
        var options = F.options
        options.implicitTLSCheckDelay = .zero
        let result = await ServiceProber(connector: connector, options: options).probe(.submission, host: F.host)
        #expect(result.findings.map(\.code) == [Code.connectionClosed], "no implicit-TLS finding: \(result.findings)")
        #expect(result.finished && result.reachable && result.security == nil)
        #expect(connector.requests.count == 2, "the session, and the check whether the port speaks TLS")
        #expect(connector.requests.last?.tlsVersionCheck == .tls12 && connector.requests.last?.implicitTLS == true)
    }

    @Test func theProbeDeadlineGivesATimeoutAlone() async {
        let transport = ScriptedTransport([.server("220-slow"), .silence])
        var options = F.options
        options.totalTimeout = .milliseconds(300)
        let plan = F.plan()
        let result = await ServiceProber(connector: ScriptedConnector(session: transport), options: options)
            .probe(.submission, host: F.host, authenticate: plan)
        #expect(result.findings.map(\.code) == [Code.timeout], "\(result.findings)")
        #expect(result.findings.first?.message == "the probe did not finish within 0.3 s; stopped")
        // Whether the greeting was read before the deadline depends on the machine's speed; the outcome does not.
        #expect(!result.finished)
        #expect(result.authentication?.verdict == .notAttempted)
        #expect(transport.isClosed && transport.violations == [])
    }

    @Test(arguments: VersionFixture.all) func tlsVersions(_ fixture: VersionFixture) async {
        let transport = ScriptedTransport(fixture.script)
        let connector = ScriptedConnector(session: transport, tls: fixture.tls, versions: fixture.versions)
        var options = F.options
        options.checkTLSVersions = true
        let result = await ServiceProber(connector: connector, options: options).probe(fixture.service, host: F.host)
        #expect(transport.violations == [] && transport.unplayed == [])
        #expect(result.versionChecks.map(\.outcome) == fixture.outcomes, "\(result.versionChecks)")
        #expect(result.findings.map(\.code) == fixture.findings, "\(result.findings)")
        let checks = connector.requests.compactMap(\.tlsVersionCheck)
        #expect(checks.sorted() == fixture.connections.sorted(), "connections made to check versions")
        #expect(result.finished)
        fixture.also(result)
    }

    @Test func aLoginChecksNoVersions() async {
        let transport = ScriptedTransport(
            F.smtpOpen(["AUTH PLAIN"]) + [.client("AUTH PLAIN \(F.plainResponse)"), .server("235 ok"), F.quit]
        )
        let connector = ScriptedConnector(
            session: transport,
            tls: F.tls(),
            versions: ScriptedTLSVersions(accepting: [.tls12, .tls13])
        )
        var options = F.options
        options.checkTLSVersions = true
        let result = await ServiceProber(connector: connector, options: options)
            .probe(.submissions, host: F.host, authenticate: F.plan("PLAIN"))
        #expect(result.authentication?.verdict == .success)
        #expect(result.versionChecks.isEmpty && connector.requests.count == 1)
    }
}

// MARK: - Connection failures

struct ConnectFailureFixture: Sendable, CustomTestStringConvertible {
    var name: String
    var service: MailService = .imaps
    var error: any Error & Sendable
    var code: String
    var severity: ProbeFinding.Severity = .high
    var reachable: Bool
    var plan: AuthPlan?
    var also: @Sendable (ProbeResult) -> Void = { _ in }

    var testDescription: String { name }

    struct Unknown: Error {}

    static let all: [ConnectFailureFixture] = [
        ConnectFailureFixture(
            name: "the name does not resolve",
            error: TransportError(.resolveFailed, "NXDOMAIN", dnsStatus: .nxdomain),
            code: Code.resolveFailed,
            reachable: false
        ),
        ConnectFailureFixture(
            name: "refused: nothing listens",
            error: TransportError(.refused, "connection refused"),
            code: Code.portClosed,
            severity: .info,
            reachable: false
        ),
        ConnectFailureFixture(
            name: "refused, with a login planned: why there was none",
            error: TransportError(.refused, "connection refused"),
            code: Code.portClosed,
            severity: .info,
            reachable: false,
            plan: F.plan(),
            also: { #expect($0.authentication?.message.contains("refused the connection") == true) }
        ),
        ConnectFailureFixture(
            name: "no answer: filtered",
            error: TransportError(.connectTimeout, "no answer within 5 s"),
            code: Code.portFiltered,
            severity: .medium,
            reachable: false
        ),
        ConnectFailureFixture(
            name: "no route",
            error: TransportError(.unreachable, "no route to host"),
            code: Code.unreachable,
            reachable: false
        ),
        ConnectFailureFixture(
            name: "an address the policy forbids",
            error: TransportError(.forbiddenAddress, "10.0.0.1 is a private address"),
            code: Code.forbiddenTarget,
            reachable: false
        ),
        ConnectFailureFixture(
            name: "a plaintext greeting on an implicit-TLS port",
            service: .submissions,
            error: {
                var error = TransportError(.plaintextOnTLSPort, "plaintext", serverText: "220 plain.example ESMTP")
                error.remoteAddress = "192.0.2.1:465"
                error.connectMilliseconds = 3
                error.answerMilliseconds = 4
                return error
            }(),
            code: Code.plaintextOnTLSPort,
            reachable: true,
            also: { result in
                #expect(result.greeting == "220 plain.example ESMTP" && result.security == .plain)
                #expect(result.address == "192.0.2.1:465" && result.timings.greetingMs == 4)
                #expect(result.findings.first?.message.contains("use `--service submission:465`") == true)
            }
        ),
        ConnectFailureFixture(
            name: "the implicit-TLS handshake fails, its certificate kept",
            error: TransportError(.tlsFailed, "alert handshake_failure", tls: F.tls([.expired])),
            code: Code.tlsHandshakeFailed,
            reachable: true,
            also: { #expect($0.tls?.certificate?.problems == [.expired] && $0.security == nil) }
        ),
        ConnectFailureFixture(
            name: "the implicit-TLS handshake fails, with a login planned",
            error: TransportError(.tlsFailed, "alert handshake_failure"),
            code: Code.tlsHandshakeFailed,
            reachable: true,
            plan: F.plan()
        ),
        ConnectFailureFixture(
            name: "reset during the handshake",
            error: TransportError(.reset, "the server reset the connection"),
            code: Code.connectionClosed,
            reachable: true
        ),
        ConnectFailureFixture(
            name: "the handshake times out",
            error: TransportError(.timeout, "no ServerHello within 10 s"),
            code: Code.connectionClosed,
            reachable: true
        ),
        ConnectFailureFixture(
            name: "any other transport failure",
            error: TransportError(.other, "something else"),
            code: Code.connectionClosed,
            reachable: false
        ),
        ConnectFailureFixture(
            name: "an error that is not a TransportError",
            error: Unknown(),
            code: Code.connectionClosed,
            reachable: false,
            also: { #expect($0.connectFailure?.kind == .other) }
        ),
    ]
}

// MARK: - TLS versions

struct VersionFixture: Sendable, CustomTestStringConvertible {
    var name: String
    var service: MailService = .imaps
    /// The implicit-TLS session's handshake.
    var tls: TLSReport?
    var script: [Step]
    var versions: ScriptedTLSVersions
    /// The outcomes for TLS 1.0, 1.1, 1.2 and 1.3 (none when the versions are not reported).
    var outcomes: [TLSVersionCheck.Outcome]
    var findings: [String] = []
    /// The versions checked on connections of their own.
    var connections: [TLSProtocolVersion]
    var also: @Sendable (ProbeResult) -> Void = { _ in }

    var testDescription: String { name }

    static let imapSession: [Step] = F.imapOpen("AUTH=PLAIN") + [F.logout]

    static let all: [VersionFixture] = [
        VersionFixture(
            name: "TLS 1.2 and 1.3: two connections, for up to 1.2 and up to 1.1",
            tls: F.tls(),
            script: imapSession,
            versions: ScriptedTLSVersions(accepting: [.tls12, .tls13]),
            outcomes: [.refused, .refused, .accepted, .accepted],
            connections: [.tls11, .tls12],
            also: { #expect($0.versionChecks.last?.detail == "the probe's handshake chose TLSv1.3") }
        ),
        VersionFixture(
            name: "1.0 to 1.3: TLS 1.1 chosen, so TLS 1.0 is checked alone; deprecated versions beside modern ones",
            tls: F.tls(),
            script: imapSession,
            versions: ScriptedTLSVersions(accepting: [.tls10, .tls11, .tls12, .tls13]),
            outcomes: [.accepted, .accepted, .accepted, .accepted],
            findings: [Code.deprecatedTLSAccepted],
            connections: [.tls10, .tls11, .tls12],
            also: { #expect(severity($0, Code.deprecatedTLSAccepted) == .medium) }
        ),
        VersionFixture(
            name: "TLS 1.0 and 1.2: TLS 1.0 told by the answer to up-to-1.1",
            tls: F.tls(version: "TLSv1.2"),
            script: imapSession,
            versions: ScriptedTLSVersions(accepting: [.tls10, .tls12]),
            outcomes: [.accepted, .refused, .accepted, .refused],
            findings: [Code.deprecatedTLSAccepted],
            connections: [.tls11]
        ),
        VersionFixture(
            name: "TLS 1.0 alone: obsolete, said once",
            tls: F.tls(version: "TLSv1"),
            script: imapSession,
            versions: ScriptedTLSVersions(accepting: [.tls10]),
            outcomes: [.accepted, .refused, .refused, .refused],
            findings: [Code.obsoleteTLS],
            connections: []
        ),
        VersionFixture(
            name: "TLS 1.0 and 1.1: TLS 1.0 checked alone",
            tls: F.tls(version: "TLSv1.1"),
            script: imapSession,
            versions: ScriptedTLSVersions(accepting: [.tls10, .tls11]),
            outcomes: [.accepted, .accepted, .refused, .refused],
            findings: [Code.obsoleteTLS],
            connections: [.tls10]
        ),
        VersionFixture(
            name: "a check that times out is undetermined",
            tls: F.tls(),
            script: imapSession,
            versions: ScriptedTLSVersions(
                accepting: [.tls12, .tls13],
                failures: [.tls11: TransportError(.timeout, "no answer within 10 s")]
            ),
            outcomes: [.refused, .undetermined, .accepted, .accepted],
            findings: [Code.tlsVersionsUndetermined],
            connections: [.tls10, .tls11, .tls12],
            also: { #expect(message($0, Code.tlsVersionsUndetermined).contains("TLSv1.1: no answer within 10 s")) }
        ),
        VersionFixture(
            name: "a close at the ClientHello of an implicit-TLS port is a no",
            tls: F.tls(),
            script: imapSession,
            versions: ScriptedTLSVersions(
                accepting: [.tls12, .tls13],
                failures: [.tls11: TransportError(.closed, "closed")]
            ),
            outcomes: [.refused, .refused, .accepted, .accepted],
            connections: [.tls11, .tls12]
        ),
        VersionFixture(
            name: "STARTTLS on SMTP: the checks go through EHLO and STARTTLS",
            service: .submission,
            script: F.smtpOpen(["STARTTLS"]) + F.smtpSTARTTLS(["AUTH PLAIN"]) + [F.quit],
            versions: ScriptedTLSVersions(accepting: [.tls12, .tls13], protocol: .smtp),
            outcomes: [.refused, .refused, .accepted, .accepted],
            connections: [.tls11, .tls12]
        ),
        VersionFixture(
            name: "STARTTLS on IMAP",
            service: .imap,
            script: F.imapOpen("STARTTLS LOGINDISABLED") + F.imapSTARTTLS("AUTH=PLAIN") + [F.logout],
            versions: ScriptedTLSVersions(accepting: [.tls11, .tls12, .tls13], protocol: .imap),
            outcomes: [.refused, .accepted, .accepted, .accepted],
            findings: [Code.deprecatedTLSAccepted],
            connections: [.tls10, .tls11, .tls12]
        ),
        VersionFixture(
            name: "STLS on POP3",
            service: .pop3,
            script: F.pop3Open(["STLS", "USER"]) + F.pop3STLS(["USER"]) + [F.quit],
            versions: ScriptedTLSVersions(accepting: [.tls12, .tls13], protocol: .pop3),
            outcomes: [.refused, .refused, .accepted, .accepted],
            findings: [Code.plaintextAuthBeforeTLS],
            connections: [.tls11, .tls12]
        ),
        VersionFixture(
            name: "no TLS at all: no versions to speak of",
            service: .submission,
            script: F.smtpOpen(["PIPELINING"]) + [F.quit],
            versions: ScriptedTLSVersions(accepting: [.tls12, .tls13]),
            outcomes: [],
            findings: [Code.starttlsNotOffered],
            connections: []
        ),
        VersionFixture(
            name: "the session's handshake failed: every version checked on its own",
            service: .submission,
            script: F.smtpOpen(["STARTTLS"]) + [
                .client("STARTTLS"), .server("220 go ahead"), .fail(.tlsFailed, "alert handshake_failure"),
            ],
            versions: ScriptedTLSVersions(accepting: [.tls12], protocol: .smtp),
            outcomes: [.refused, .refused, .accepted, .refused],
            findings: [Code.starttlsFailed],
            connections: [.tls11, .tls12, .tls13]
        ),
        VersionFixture(
            name: "the session's handshake failed and no check got an answer: no versions to speak of",
            service: .submission,
            script: F.smtpOpen(["STARTTLS"]) + [
                .client("STARTTLS"), .server("220 go ahead"), .fail(.tlsFailed, "alert handshake_failure"),
            ],
            versions: ScriptedTLSVersions(accepting: [], protocol: .smtp, speaksTLS: false),
            outcomes: [],
            findings: [Code.starttlsFailed],
            connections: [.tls10, .tls11, .tls12, .tls13]
        ),
    ]
}
