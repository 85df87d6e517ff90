import MailConfCore
import MailConfTesting
import Testing

private typealias F = DialogueFixture

/// The shortest dialogue to a STARTTLS handshake, which the TLS version checks of a STARTTLS port use, one row per
/// way it ends: the server's ClientHello answer, a server that declines STARTTLS at each step, a failure before
/// STARTTLS, and each way the handshake itself ends.
@Suite(.timeLimit(.minutes(1))) struct STARTTLSOnlyTests {
    @Test(arguments: STARTTLSOnlyFixture.all) func check(_ fixture: STARTTLSOnlyFixture) async {
        let connector = ScriptedConnector { request in
            let transport = ScriptedTransport(fixture.script(request.tlsVersionCheck ?? .tls13))
            return Connection(transport: transport, remoteAddress: "192.0.2.1:\(request.port)", connectMilliseconds: 1)
        }
        let checks = await ServiceProber(connector: connector, options: F.options)
            .checkTLSVersions(fixture.service, host: F.host)
        #expect(checks.map(\.version) == TLSProtocolVersion.allCases)
        #expect(checks.map(\.outcome) == fixture.outcomes, "\(checks)")
        if let detail = fixture.detail {
            #expect(checks.allSatisfy { $0.detail.contains(detail) }, "\(checks.map(\.detail))")
        }
        #expect(connector.transports.count >= 3)
        for case let transport as ScriptedTransport in connector.transports {
            #expect(transport.violations == [] && transport.unplayed == [] && transport.isClosed)
        }
    }
}

struct STARTTLSOnlyFixture: Sendable, CustomTestStringConvertible {
    var name: String
    var service: MailService
    /// What the server does on the connection checking a version.
    var script: @Sendable (TLSProtocolVersion) -> [Step]
    /// The outcomes for TLS 1.0 to 1.3.
    var outcomes: [TLSVersionCheck.Outcome]
    /// What every check's detail says.
    var detail: String?

    var testDescription: String { name }

    /// The handshake of a server that takes TLS 1.2 and 1.3.
    static func handshake(_ version: TLSProtocolVersion) -> Step {
        let answer = ScriptedTLSVersions(accepting: [.tls12, .tls13]).answer(to: version)
        return .startTLS(.clean(TLSReport(versionCheck: TLSHello.check(answer, offered: version))))
    }

    static let smtpUpToSTARTTLS: [Step] = [
        .server("220 mx.test ESMTP"), .client("EHLO localhost"), .server("250-mx.test"), .server("250 STARTTLS"),
        .client("STARTTLS"), .server("220 go ahead"),
    ]

    /// Every check ends as the handshake does.
    static func smtpHandshake(
        _ name: String,
        _ end: Step,
        _ outcome: TLSVersionCheck.Outcome,
        _ detail: String
    )
        -> STARTTLSOnlyFixture
    {
        STARTTLSOnlyFixture(
            name: "SMTP: the handshake ends with \(name)",
            service: .submission,
            script: { _ in smtpUpToSTARTTLS + [end] },
            outcomes: Array(repeating: outcome, count: 4),
            detail: detail
        )
    }

    static let declined = "the server did not accept STARTTLS"

    static let all: [STARTTLSOnlyFixture] = [
        STARTTLSOnlyFixture(
            name: "SMTP: greeting, EHLO, STARTTLS, ClientHello",
            service: .submission,
            script: { smtpUpToSTARTTLS + [handshake($0)] },
            outcomes: [.refused, .refused, .accepted, .accepted]
        ),
        STARTTLSOnlyFixture(
            name: "IMAP: greeting, STARTTLS, ClientHello",
            service: .imap,
            script: { [.server("* OK ready"), .client("v1 STARTTLS"), .server("v1 OK go"), handshake($0)] },
            outcomes: [.refused, .refused, .accepted, .accepted]
        ),
        STARTTLSOnlyFixture(
            name: "POP3: greeting, STLS, ClientHello",
            service: .pop3,
            script: { [.server("+OK ready"), .client("STLS"), .server("+OK go"), handshake($0)] },
            outcomes: [.refused, .refused, .accepted, .accepted]
        ),
        STARTTLSOnlyFixture(
            name: "SMTP: a 554 greeting",
            service: .submission,
            script: { _ in [.server("554 5.7.1 go away")] },
            outcomes: Array(repeating: .undetermined, count: 4),
            detail: declined
        ),
        STARTTLSOnlyFixture(
            name: "SMTP: EHLO refused",
            service: .submission,
            script: { _ in [.server("220 mx.test"), .client("EHLO localhost"), .server("550 no")] },
            outcomes: Array(repeating: .undetermined, count: 4),
            detail: declined
        ),
        STARTTLSOnlyFixture(
            name: "SMTP: STARTTLS refused",
            service: .submission,
            script: { _ in
                [
                    .server("220 mx.test"), .client("EHLO localhost"), .server("250 STARTTLS"), .client("STARTTLS"),
                    .server("454 4.7.0 TLS not available"),
                ]
            },
            outcomes: Array(repeating: .undetermined, count: 4),
            detail: declined
        ),
        STARTTLSOnlyFixture(
            name: "IMAP: a BYE greeting",
            service: .imap,
            script: { _ in [.server("* BYE busy")] },
            outcomes: Array(repeating: .undetermined, count: 4),
            detail: declined
        ),
        STARTTLSOnlyFixture(
            name: "IMAP: STARTTLS refused",
            service: .imap,
            script: { _ in [.server("* OK ready"), .client("v1 STARTTLS"), .server("v1 NO not here")] },
            outcomes: Array(repeating: .undetermined, count: 4),
            detail: declined
        ),
        STARTTLSOnlyFixture(
            name: "POP3: an -ERR greeting",
            service: .pop3,
            script: { _ in [.server("-ERR busy")] },
            outcomes: Array(repeating: .undetermined, count: 4),
            detail: declined
        ),
        STARTTLSOnlyFixture(
            name: "POP3: STLS refused",
            service: .pop3,
            script: { _ in [.server("+OK ready"), .client("STLS"), .server("-ERR no")] },
            outcomes: Array(repeating: .undetermined, count: 4),
            detail: declined
        ),
        STARTTLSOnlyFixture(
            name: "SMTP: no greeting within the read timeout",
            service: .submission,
            script: { _ in [.fail(.timeout, "no greeting within 10 s")] },
            outcomes: Array(repeating: .undetermined, count: 4),
            detail: "no greeting within 10 s"
        ),
        smtpHandshake("a close", .fail(.closed), .refused, "the server closed the connection"),
        smtpHandshake("a reset", .fail(.reset), .refused, "the server closed the connection"),
        smtpHandshake("a timeout", .fail(.timeout, "no ServerHello within 10 s"), .undetermined, "no ServerHello"),
        smtpHandshake("no answer to the ClientHello", .startTLS(.clean(TLSReport())), .undetermined, "no answer"),
    ]
}
