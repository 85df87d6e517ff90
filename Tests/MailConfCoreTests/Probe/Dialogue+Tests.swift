import MailConfCore
import MailConfTesting
import Testing

private typealias Code = ProbeFinding.Code
private typealias F = DialogueFixture

/// The SMTP, IMAP and POP3 conversations of a probe, one row per branch of `Dialogue.swift`: STARTTLS (offered,
/// not offered, refused, handshake failed, bytes injected), greetings, capabilities, and the transport failures
/// each stage can meet. Logins are in `Dialogue+Authentication+Tests.swift`; connection failures, the deadline and
/// TLS versions in `ServiceProber+Tests.swift`.
///
/// One branch is not reachable through the transport: a `tlsFailed` session failure on a connection that started
/// with TLS (`ServiceProber.record(sessionFailure:)` keeps `.tls` then), since only STARTTLS handshakes during a
/// session, and the dialogues never send STARTTLS on a TLS connection.
@Suite(.timeLimit(.minutes(1))) struct DialogueSMTPTests {
    @Test(arguments: F.smtpSTARTTLS) func starttls(_ fixture: DialogueFixture) async { await fixture.verify() }
    @Test(arguments: F.smtpFindings) func findings(_ fixture: DialogueFixture) async { await fixture.verify() }
    @Test(arguments: F.smtpFailures) func failures(_ fixture: DialogueFixture) async { await fixture.verify() }
}

@Suite(.timeLimit(.minutes(1))) struct DialogueIMAPTests {
    @Test(arguments: F.imapSTARTTLS) func starttls(_ fixture: DialogueFixture) async { await fixture.verify() }
    @Test(arguments: F.imapFindings) func findings(_ fixture: DialogueFixture) async { await fixture.verify() }
    @Test(arguments: F.imapFailures) func failures(_ fixture: DialogueFixture) async { await fixture.verify() }
}

@Suite(.timeLimit(.minutes(1))) struct DialoguePOP3Tests {
    @Test(arguments: F.pop3STARTTLS) func starttls(_ fixture: DialogueFixture) async { await fixture.verify() }
    @Test(arguments: F.pop3Findings) func findings(_ fixture: DialogueFixture) async { await fixture.verify() }
}

/// The message of the one finding with `code`.
func message(_ result: ProbeResult, _ code: String) -> String {
    result.findings.first { $0.code == code }?.message ?? ""
}

/// The severity of the one finding with `code`.
func severity(_ result: ProbeResult, _ code: String) -> ProbeFinding.Severity? {
    result.findings.first { $0.code == code }?.severity
}

// MARK: - SMTP

extension DialogueFixture {
    /// A handshake that fails in `kind` after the server accepted STARTTLS.
    fileprivate static func smtpHandshakeFails(_ kind: TransportError.Kind, _ detail: String) -> DialogueFixture {
        DialogueFixture(
            name: "SMTP: the STARTTLS handshake fails (\(kind))",
            service: .submission,
            script: smtpOpen(["STARTTLS"]) + [
                .client("STARTTLS"), .server("220 2.0.0 Ready to start TLS"), .fail(TransportError(kind, detail)),
            ],
            findings: [Code.starttlsFailed],
            security: nil,
            also: { result in
                #expect(message(result, Code.starttlsFailed).contains("offered STARTTLS but the handshake failed"))
                #expect(message(result, Code.starttlsFailed).contains(detail))
            }
        )
    }

    fileprivate static let smtpSTARTTLS: [DialogueFixture] = [
        DialogueFixture(
            name: "SMTP: STARTTLS offered and taken",
            service: .submission,
            script: smtpOpen(["PIPELINING", "STARTTLS"]) + smtpSTARTTLS(["PIPELINING", "AUTH PLAIN LOGIN"]) + [quit],
            findings: [],
            security: .starttls,
            also: { result in
                #expect(result.capabilitiesBeforeTLS == ["PIPELINING", "STARTTLS"])
                #expect(result.capabilitiesAfterTLS == ["PIPELINING", "AUTH PLAIN LOGIN"])
                #expect(result.authAfterTLS == ["PLAIN", "LOGIN"])
                #expect(result.tls?.version == "TLSv1.3" && result.isHealthy)
                #expect(result.greeting == "220 mx.test ESMTP")
            }
        ),
        DialogueFixture(
            name: "SMTP: STARTTLS not offered on submission (high)",
            service: .submission,
            script: smtpOpen(["PIPELINING"]) + [quit],
            findings: [Code.starttlsNotOffered],
            security: .plain,
            also: { #expect(severity($0, Code.starttlsNotOffered) == .high) }
        ),
        DialogueFixture(
            name: "SMTP: STARTTLS not offered on the relay port 25 (medium)",
            service: .smtp,
            script: smtpOpen(["PIPELINING"]) + [quit],
            findings: [Code.starttlsNotOffered],
            security: .plain,
            also: { #expect(severity($0, Code.starttlsNotOffered) == .medium) }
        ),
        DialogueFixture(
            name: "SMTP: STARTTLS offered but refused with 454",
            service: .submission,
            script: smtpOpen(["STARTTLS"]) + [.client("STARTTLS"), .server("454 4.7.0 TLS not available"), quit],
            findings: [Code.starttlsFailed],
            security: .plain,
            also: { #expect(message($0, Code.starttlsFailed).contains("answered it with 454 4.7.0 TLS not available")) }
        ),
        smtpHandshakeFails(.tlsFailed, "alert handshake_failure"),
        smtpHandshakeFails(.plaintextOnTLSPort, "not a TLS record: 32 35 30"),
        smtpHandshakeFails(.timeout, "no ServerHello within 10 s"),
        smtpHandshakeFails(.closed, "the server closed the connection"),
        smtpHandshakeFails(.reset, "the server reset the connection"),
        DialogueFixture(
            name: "SMTP: a failed handshake keeps the certificate it saw",
            service: .submission,
            script: smtpOpen(["STARTTLS"]) + [
                .client("STARTTLS"), .server("220 go ahead"),
                .fail(TransportError(.tlsFailed, "certificate verify failed", tls: tls([.selfSigned]))),
            ],
            findings: [Code.starttlsFailed],
            security: nil,
            also: { #expect($0.tls?.certificate?.problems == [.selfSigned]) }
        ),
        DialogueFixture(
            name: "SMTP: bytes injected after the STARTTLS reply are discarded and reported",
            service: .submission,
            script: smtpOpen(["STARTTLS"])
                + smtpSTARTTLS(["AUTH PLAIN"], upgrade: upgrade(discarded: 26, preview: "250-INJECTED.250 AUTH EVIL"))
                + [quit],
            findings: [Code.starttlsInjection],
            security: .starttls,
            also: { result in
                #expect(message(result, Code.starttlsInjection).contains("sent 26 bytes after its STARTTLS reply"))
                #expect(severity(result, Code.starttlsInjection) == .high)
                #expect(result.authAfterTLS == ["PLAIN"])
            }
        ),
        DialogueFixture(
            name: "SMTP: a certificate problem after STARTTLS",
            service: .submission,
            script: smtpOpen(["STARTTLS"]) + smtpSTARTTLS(["AUTH PLAIN"], upgrade: upgrade(tls([.hostnameMismatch])))
                + [quit],
            findings: [Code.certificate],
            security: .starttls,
            also: { #expect(message($0, Code.certificate).contains("(hostname-mismatch)")) }
        ),
        DialogueFixture(
            name: "SMTP: TLS 1.0 chosen after STARTTLS",
            service: .submission,
            script: smtpOpen(["STARTTLS"]) + smtpSTARTTLS(["AUTH PLAIN"], upgrade: upgrade(tls(version: "TLSv1")))
                + [quit],
            findings: [Code.obsoleteTLS],
            security: .starttls
        ),
        DialogueFixture(
            name: "SMTP: implicit TLS reads the capabilities as after TLS",
            service: .submissions,
            script: smtpOpen(["AUTH PLAIN"]) + [quit],
            tls: tls(),
            findings: [],
            security: .tls,
            also: { result in
                #expect(result.capabilitiesAfterTLS == ["AUTH PLAIN"] && result.capabilitiesBeforeTLS.isEmpty)
                #expect(result.authAfterTLS == ["PLAIN"])
            }
        ),
        DialogueFixture(
            name: "SMTP: implicit TLS with an expired certificate",
            service: .submissions,
            script: smtpOpen(["AUTH PLAIN"]) + [quit],
            tls: tls([.expired]),
            findings: [Code.certificate],
            security: .tls
        ),
    ]

    fileprivate static let smtpFindings: [DialogueFixture] = [
        DialogueFixture(
            name: "SMTP: AUTH PLAIN and LOGIN offered before TLS",
            service: .submission,
            script: smtpOpen(["AUTH PLAIN LOGIN CRAM-MD5", "STARTTLS"]) + smtpSTARTTLS(["AUTH PLAIN LOGIN"]) + [quit],
            findings: [Code.plaintextAuthBeforeTLS],
            security: .starttls,
            also: { result in
                #expect(message(result, Code.plaintextAuthBeforeTLS).contains("offers AUTH PLAIN LOGIN before TLS"))
                #expect(result.authBeforeTLS == ["PLAIN", "LOGIN", "CRAM-MD5"])
            }
        ),
        DialogueFixture(
            name: "SMTP: only CRAM-MD5 before TLS is no finding",
            service: .submission,
            script: smtpOpen(["AUTH CRAM-MD5", "STARTTLS"]) + smtpSTARTTLS(["AUTH PLAIN"]) + [quit],
            findings: [],
            security: .starttls
        ),
        DialogueFixture(
            name: "SMTP: no AUTH after TLS on submission",
            service: .submission,
            script: smtpOpen(["STARTTLS"]) + smtpSTARTTLS(["PIPELINING"]) + [quit],
            findings: [Code.noAuthAfterTLS],
            security: .starttls,
            also: { #expect(severity($0, Code.noAuthAfterTLS) == .medium) }
        ),
        DialogueFixture(
            name: "SMTP: no AUTH after TLS on the relay port is as it should be",
            service: .smtp,
            script: smtpOpen(["STARTTLS"]) + smtpSTARTTLS(["PIPELINING"]) + [quit],
            findings: [],
            security: .starttls
        ),
        DialogueFixture(
            name: "SMTP: EHLO refused, HELO accepted",
            service: .smtp,
            script: [
                .server("220 old.test SMTP"), .client(ehlo), .server("502 5.5.2 Error: command not recognized"),
                .client("HELO [192.0.2.7]"), .server("250 old.test"), quit,
            ],
            findings: [Code.heloFallback, Code.starttlsNotOffered],
            security: .plain
        ),
        DialogueFixture(
            name: "SMTP: the 554 greeting",
            service: .smtp,
            script: [.server("554 5.7.1 No SMTP service here"), quit],
            findings: [Code.smtpRejected],
            security: nil,
            also: { #expect(message($0, Code.smtpRejected).contains("No SMTP service here")) }
        ),
        DialogueFixture(
            name: "SMTP: a 421 greeting",
            service: .submission,
            script: [.server("421 4.3.2 Service shutting down"), quit],
            findings: [Code.greetingRejected],
            security: nil
        ),
        DialogueFixture(
            name: "SMTP: the EHLO name is the IPv6 address literal",
            service: .submission,
            script: [.server("220 mx.test"), .client("EHLO [IPv6:2001:db8::7]"), .server("250 mx.test"), quit],
            localAddress: "2001:db8::7",
            findings: [Code.starttlsNotOffered],
            security: .plain
        ),
        DialogueFixture(
            name: "SMTP: the EHLO name is localhost when our address is unknown",
            service: .submission,
            script: [.server("220 mx.test"), .client("EHLO localhost"), .server("250 mx.test"), quit],
            localAddress: nil,
            findings: [Code.starttlsNotOffered],
            security: .plain
        ),
        DialogueFixture(
            name: "SMTP: the EHLO name set in the options",
            service: .submission,
            script: [.server("220 mx.test"), .client("EHLO probe.example"), .server("250 mx.test"), quit],
            options: {
                var options = DialogueFixture.options
                options.clientName = "probe.example"
                return options
            }(),
            findings: [Code.starttlsNotOffered],
            security: .plain
        ),
    ]

    fileprivate static let smtpFailures: [DialogueFixture] = [
        DialogueFixture(
            name: "SMTP: EHLO answered with a temporary failure",
            service: .submission,
            script: [.server("220 mx.test"), .client(ehlo), .server("421 4.7.0 Try again later")],
            findings: [Code.protocolError],
            security: nil,
            also: { #expect(message($0, Code.protocolError).contains("EHLO answered with 421")) }
        ),
        DialogueFixture(
            name: "SMTP: EHLO and HELO refused",
            service: .submission,
            script: [
                .server("220 mx.test"), .client(ehlo), .server("500 5.5.1 no"), .client("HELO [192.0.2.7]"),
                .server("550 5.7.1 go away"),
            ],
            findings: [Code.protocolError],
            security: nil,
            also: { #expect(message($0, Code.protocolError).contains("EHLO and HELO refused: 550")) }
        ),
        DialogueFixture(
            name: "SMTP: a greeting without a reply code",
            service: .submission,
            script: [.server("hello there")],
            findings: [Code.protocolError],
            security: nil,
            also: { #expect($0.reachable) }
        ),
        DialogueFixture(
            name: "SMTP: a reply whose code changes mid-reply",
            service: .submission,
            script: [.server("220 mx.test"), .client(ehlo), .server("250-mx.test"), .server("251 STARTTLS")],
            findings: [Code.protocolError],
            security: nil
        ),
        DialogueFixture(
            name: "SMTP: an EHLO reply longer than the line limit of the options",
            service: .submission,
            script: [.server("220 mx.test"), .client(ehlo)] + ehloReply(["A", "B", "C", "D"]),
            options: {
                var options = DialogueFixture.options
                options.maximumReplyLines = 4
                return options
            }(),
            findings: [Code.replyTooLarge],
            security: nil
        ),
        DialogueFixture(
            name: "SMTP: an over-long greeting line",
            service: .submission,
            script: [.fail(.lineTooLong, "a line exceeds 2048 bytes")],
            findings: [Code.lineTooLong],
            security: nil,
            also: { #expect($0.reachable) }
        ),
        DialogueFixture(
            name: "SMTP: the session outgrows its byte limit mid-EHLO",
            service: .submission,
            script: [.server("220 mx.test"), .client(ehlo), .server("250-mx.test"), .fail(.sessionTooLarge)],
            findings: [Code.replyTooLarge],
            security: nil
        ),
        DialogueFixture(
            name: "SMTP: no greeting within the read timeout",
            service: .submission,
            script: [.fail(.timeout, "no greeting within 10 s")],
            findings: [Code.timeout],
            security: nil,
            also: { #expect(message($0, Code.timeout).hasSuffix("no greeting within 10 s")) }
        ),
        DialogueFixture(
            name: "SMTP: closed mid-EHLO",
            service: .submission,
            script: [.server("220 mx.test"), .client(ehlo), .fail(.closed)],
            findings: [Code.connectionClosed],
            security: nil
        ),
        DialogueFixture(
            name: "SMTP: reset mid-EHLO",
            service: .submission,
            script: [.server("220 mx.test"), .client(ehlo), .fail(.reset, "the server reset the connection")],
            findings: [Code.connectionClosed],
            security: nil
        ),
        DialogueFixture(
            name: "SMTP: sending EHLO fails",
            service: .submission,
            script: [.server("220 mx.test"), .fail(.closed)],
            findings: [Code.connectionClosed],
            security: nil
        ),
        DialogueFixture(
            name: "SMTP: an over-long line after STARTTLS",
            service: .submission,
            script: smtpOpen(["STARTTLS"]) + [
                .client("STARTTLS"), .server("220 go ahead"), upgrade(), .client(ehlo), .fail(.lineTooLong),
            ],
            findings: [Code.lineTooLong],
            security: .starttls
        ),
    ]
}

// MARK: - IMAP

extension DialogueFixture {
    fileprivate static let imapSTARTTLS: [DialogueFixture] = [
        DialogueFixture(
            name: "IMAP: STARTTLS offered and taken",
            service: .imap,
            script: imapOpen("STARTTLS LOGINDISABLED") + imapSTARTTLS("AUTH=PLAIN") + [logout],
            findings: [],
            security: .starttls,
            also: { result in
                #expect(result.capabilitiesBeforeTLS == ["IMAP4rev1", "STARTTLS", "LOGINDISABLED"])
                #expect(result.capabilitiesAfterTLS == ["IMAP4rev1", "AUTH=PLAIN"])
                #expect(result.authAfterTLS == ["PLAIN"])
                #expect(result.greeting == "* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready")
            }
        ),
        DialogueFixture(
            name: "IMAP: STARTTLS not offered",
            service: .imap,
            script: imapOpen("LOGINDISABLED") + [logout],
            findings: [Code.starttlsNotOffered],
            security: .plain,
            also: { #expect(severity($0, Code.starttlsNotOffered) == .high) }
        ),
        DialogueFixture(
            name: "IMAP: STARTTLS refused with NO",
            service: .imap,
            script: imapOpen("STARTTLS LOGINDISABLED") + [
                .client("a2 STARTTLS"), .server("a2 NO [UNAVAILABLE] TLS is not available"), logout,
            ],
            findings: [Code.starttlsFailed],
            security: .plain
        ),
        DialogueFixture(
            name: "IMAP: STARTTLS refused with BAD",
            service: .imap,
            script: imapOpen("STARTTLS LOGINDISABLED") + [.client("a2 STARTTLS"), .server("a2 BAD unknown"), logout],
            findings: [Code.starttlsFailed],
            security: .plain
        ),
        DialogueFixture(
            name: "IMAP: the STARTTLS handshake fails",
            service: .imap,
            script: imapOpen("STARTTLS LOGINDISABLED") + [
                .client("a2 STARTTLS"), .server("a2 OK go"), .fail(.tlsFailed, "alert protocol_version"),
            ],
            findings: [Code.starttlsFailed],
            security: nil
        ),
        DialogueFixture(
            name: "IMAP: bytes injected after the STARTTLS reply",
            service: .imap,
            script: imapOpen("STARTTLS LOGINDISABLED")
                + imapSTARTTLS(
                    "AUTH=PLAIN",
                    upgrade: upgrade(discarded: 31, preview: "* CAPABILITY IMAP4rev1 AUTH=EVIL")
                )
                + [logout],
            findings: [Code.starttlsInjection],
            security: .starttls
        ),
        DialogueFixture(
            name: "IMAP: a certificate problem after STARTTLS",
            service: .imap,
            script: imapOpen("STARTTLS LOGINDISABLED")
                + imapSTARTTLS("AUTH=PLAIN", upgrade: upgrade(tls([.untrustedRoot])))
                + [logout],
            findings: [Code.certificate],
            security: .starttls
        ),
        DialogueFixture(
            name: "IMAP: implicit TLS",
            service: .imaps,
            script: imapOpen("AUTH=PLAIN") + [logout],
            tls: tls(),
            findings: [],
            security: .tls,
            also: { #expect($0.capabilitiesAfterTLS == ["IMAP4rev1", "AUTH=PLAIN"] && $0.isHealthy) }
        ),
    ]

    fileprivate static let imapFindings: [DialogueFixture] = [
        DialogueFixture(
            name: "IMAP: capabilities asked for when the greeting has none",
            service: .imap,
            script: [
                .server("* OK ready"), .client("a1 CAPABILITY"),
                .server("* CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED"),
                .server("a1 OK done"),
            ] + imapSTARTTLS("AUTH=PLAIN") + [logout],
            findings: [],
            security: .starttls,
            also: { #expect($0.capabilitiesBeforeTLS == ["IMAP4rev1", "STARTTLS", "LOGINDISABLED"]) }
        ),
        DialogueFixture(
            name: "IMAP: capabilities in the tagged OK, after unrelated untagged data",
            service: .imap,
            script: [
                .server("* OK ready"), .client("a1 CAPABILITY"), .server("* OK [ALERT] maintenance tonight"),
                .server("a1 OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] done"),
            ] + imapSTARTTLS("AUTH=PLAIN") + [logout],
            findings: [],
            security: .starttls
        ),
        DialogueFixture(
            name: "IMAP: LOGINDISABLED absent before TLS",
            service: .imap,
            script: imapOpen("STARTTLS") + imapSTARTTLS("AUTH=PLAIN") + [logout],
            findings: [Code.loginDisabledAbsent],
            security: .starttls
        ),
        DialogueFixture(
            name: "IMAP: AUTH=PLAIN and AUTH=LOGIN before TLS",
            service: .imap,
            script: imapOpen("STARTTLS LOGINDISABLED AUTH=PLAIN AUTH=LOGIN AUTH=SCRAM-SHA-256")
                + imapSTARTTLS("AUTH=PLAIN") + [logout],
            findings: [Code.plaintextAuthBeforeTLS],
            security: .starttls,
            also: {
                #expect(message($0, Code.plaintextAuthBeforeTLS).contains("offers AUTH=PLAIN AUTH=LOGIN before TLS"))
            }
        ),
        DialogueFixture(
            name: "IMAP: PREAUTH in cleartext",
            service: .imap,
            script: [.server("* PREAUTH [CAPABILITY IMAP4rev1 STARTTLS] welcome, alice"), logout],
            findings: [Code.preauth],
            security: nil,
            also: { #expect(message($0, Code.preauth).contains("STARTTLS is no longer possible")) }
        ),
        DialogueFixture(
            name: "IMAP: PREAUTH over implicit TLS",
            service: .imaps,
            script: [.server("* PREAUTH [CAPABILITY IMAP4rev1] welcome, alice"), logout],
            tls: tls(),
            findings: [Code.preauth],
            security: .tls,
            also: { #expect(!message($0, Code.preauth).contains("STARTTLS")) }
        ),
        DialogueFixture(
            name: "IMAP: a BYE greeting",
            service: .imap,
            script: [.server("* BYE Too many connections")],
            findings: [Code.greetingRejected],
            security: nil,
            also: { #expect(message($0, Code.greetingRejected).contains("greets with BYE: Too many connections")) }
        ),
        DialogueFixture(
            name: "IMAP: capabilities split by a literal",
            service: .imap,
            script: [
                .server("* OK ready"), .client("a1 CAPABILITY"), .server("* CAPABILITY IMAP4rev1 AUTH=PLAIN {8}"),
                .literal(Array("STARTTLS".utf8)), .server(" LOGINDISABLED"), .server("a1 OK done"),
            ] + imapSTARTTLS("AUTH=PLAIN") + [logout],
            findings: [Code.plaintextAuthBeforeTLS],
            security: .starttls,
            also: { #expect($0.capabilitiesBeforeTLS == ["IMAP4rev1", "AUTH=PLAIN", "STARTTLS", "LOGINDISABLED"]) }
        ),
    ]

    /// A capability response of 17 one-byte literals, one more than a response may join.
    fileprivate static let seventeenLiterals: [Step] =
        [.server("* CAPABILITY {1}")]
        + Array(repeating: [Step.literal([UInt8(ascii: "A")]), .server(" {1}")], count: 16).flatMap { $0 }

    fileprivate static let imapFailures: [DialogueFixture] = [
        DialogueFixture(
            name: "IMAP: a NO greeting",
            service: .imap,
            script: [.server("* NO go away")],
            findings: [Code.protocolError],
            security: nil,
            also: { #expect(message($0, Code.protocolError).contains("unexpected IMAP greeting 'NO'")) }
        ),
        DialogueFixture(
            name: "IMAP: a tagged greeting",
            service: .imap,
            script: [.server("a1 OK hello")],
            findings: [Code.protocolError],
            security: nil
        ),
        DialogueFixture(
            name: "IMAP: a continuation for a greeting",
            service: .imap,
            script: [.server("+ hello")],
            findings: [Code.protocolError],
            security: nil
        ),
        DialogueFixture(
            name: "IMAP: a line that is no IMAP response",
            service: .imap,
            script: [.server("hello")],
            findings: [Code.protocolError],
            security: nil
        ),
        DialogueFixture(
            name: "IMAP: CAPABILITY refused",
            service: .imap,
            script: [.server("* OK ready"), .client("a1 CAPABILITY"), .server("a1 NO not now")],
            findings: [Code.protocolError],
            security: nil,
            also: { #expect(message($0, Code.protocolError).hasSuffix("CAPABILITY failed")) }
        ),
        DialogueFixture(
            name: "IMAP: CAPABILITY without a capability list",
            service: .imap,
            script: [.server("* OK ready"), .client("a1 CAPABILITY"), .server("a1 OK done")],
            findings: [Code.protocolError],
            security: nil,
            also: { #expect(message($0, Code.protocolError).hasSuffix("CAPABILITY returned no capability list")) }
        ),
        DialogueFixture(
            name: "IMAP: BYE while the client waits for a completion",
            service: .imap,
            script: [.server("* OK ready"), .client("a1 CAPABILITY"), .server("* BYE shutting down")],
            findings: [Code.connectionClosed],
            security: nil,
            also: { #expect(message($0, Code.connectionClosed).contains("the server said BYE: shutting down")) }
        ),
        DialogueFixture(
            name: "IMAP: more untagged responses than the options allow",
            service: .imap,
            script: [.server("* OK ready"), .client("a1 CAPABILITY")]
                + Array(repeating: Step.server("* OK [ALERT] more"), count: 4),
            options: {
                var options = DialogueFixture.options
                options.maximumReplyLines = 3
                return options
            }(),
            findings: [Code.replyTooLarge],
            security: nil
        ),
        DialogueFixture(
            name: "IMAP: a literal over the limit is not read",
            service: .imap,
            script: [.server("* OK ready"), .client("a1 CAPABILITY"), .server("* CAPABILITY {100000}")],
            findings: [Code.replyTooLarge],
            security: nil,
            also: { #expect(message($0, Code.replyTooLarge).contains("IMAP literal of 100000 bytes exceeds 65536")) }
        ),
        DialogueFixture(
            name: "IMAP: more than 16 literals in one response",
            service: .imap,
            script: [.server("* OK ready"), .client("a1 CAPABILITY")] + seventeenLiterals,
            findings: [Code.protocolError],
            security: nil,
            also: { #expect(message($0, Code.protocolError).contains("more than 16 literals")) }
        ),
        DialogueFixture(
            name: "IMAP: the read after STARTTLS times out",
            service: .imap,
            script: imapOpen("STARTTLS LOGINDISABLED") + [
                .client("a2 STARTTLS"), .server("a2 OK go"), upgrade(), .client("a3 CAPABILITY"), .fail(.timeout),
            ],
            findings: [Code.timeout],
            security: .starttls
        ),
    ]
}

// MARK: - POP3

extension DialogueFixture {
    fileprivate static let pop3STARTTLS: [DialogueFixture] = [
        DialogueFixture(
            name: "POP3: STLS offered and taken",
            service: .pop3,
            script: pop3Open(["STLS", "TOP", "UIDL"]) + pop3STLS(["USER", "SASL PLAIN", "TOP"]) + [quit],
            findings: [],
            security: .starttls,
            also: { result in
                #expect(result.capabilitiesBeforeTLS == ["STLS", "TOP", "UIDL"])
                #expect(result.authAfterTLS == ["PLAIN", "USER"])
            }
        ),
        DialogueFixture(
            name: "POP3: STLS not offered",
            service: .pop3,
            script: pop3Open(["TOP", "UIDL"]) + [quit],
            findings: [Code.starttlsNotOffered],
            security: .plain,
            also: { #expect(severity($0, Code.starttlsNotOffered) == .high) }
        ),
        DialogueFixture(
            name: "POP3: no CAPA, and STLS refused: not offered",
            service: .pop3,
            script: pop3Open(nil) + [.client("STLS"), .server("-ERR unknown command"), quit],
            findings: [Code.starttlsNotOffered],
            security: .plain
        ),
        DialogueFixture(
            name: "POP3: no CAPA, but STLS works",
            service: .pop3,
            script: pop3Open(nil) + pop3STLS(nil) + [quit],
            findings: [],
            security: .starttls
        ),
        DialogueFixture(
            name: "POP3: STLS offered but refused",
            service: .pop3,
            script: pop3Open(["STLS"]) + [.client("STLS"), .server("-ERR [IN-USE] not now"), quit],
            findings: [Code.starttlsFailed],
            security: .plain,
            also: { #expect(message($0, Code.starttlsFailed).contains("refused it: [IN-USE] not now")) }
        ),
        DialogueFixture(
            name: "POP3: the STLS handshake fails",
            service: .pop3,
            script: pop3Open(["STLS"]) + [.client("STLS"), .server("+OK begin"), .fail(.tlsFailed, "alert")],
            findings: [Code.starttlsFailed],
            security: nil
        ),
        DialogueFixture(
            name: "POP3: bytes injected after the STLS reply",
            service: .pop3,
            script: pop3Open(["STLS"]) + pop3STLS(["USER"], upgrade: upgrade(discarded: 9, preview: "+OK evil.")) + [
                quit
            ],
            findings: [Code.starttlsInjection],
            security: .starttls
        ),
        DialogueFixture(
            name: "POP3: implicit TLS",
            service: .pop3s,
            script: pop3Open(["USER"]) + [quit],
            tls: tls(),
            findings: [],
            security: .tls,
            also: { #expect($0.authAfterTLS == ["USER"]) }
        ),
    ]

    fileprivate static let pop3Findings: [DialogueFixture] = [
        DialogueFixture(
            name: "POP3: USER and SASL PLAIN before TLS",
            service: .pop3,
            script: pop3Open(["STLS", "USER", "SASL PLAIN LOGIN CRAM-MD5"]) + pop3STLS(["USER"]) + [quit],
            findings: [Code.plaintextAuthBeforeTLS],
            security: .starttls,
            also: { #expect(message($0, Code.plaintextAuthBeforeTLS).contains("offers PLAIN, LOGIN, USER before TLS")) }
        ),
        DialogueFixture(
            name: "POP3: an -ERR greeting",
            service: .pop3,
            script: [.server("-ERR [SYS/TEMP] maintenance")],
            findings: [Code.greetingRejected],
            security: nil
        ),
        DialogueFixture(
            name: "POP3: a CAPA list longer than the options allow",
            service: .pop3,
            script: [.server("+OK ready"), .client("CAPA"), .server("+OK list")]
                + ["TOP", "UIDL", "USER", "STLS"].map { Step.server($0) },
            options: {
                var options = DialogueFixture.options
                options.maximumReplyLines = 3
                return options
            }(),
            findings: [Code.replyTooLarge],
            security: nil
        ),
        DialogueFixture(
            name: "POP3: a reply that is not +OK or -ERR",
            service: .pop3,
            script: [.server("hello")],
            findings: [Code.protocolError],
            security: nil
        ),
        DialogueFixture(
            name: "POP3: closed during CAPA",
            service: .pop3,
            script: [.server("+OK ready"), .client("CAPA"), .server("+OK list"), .fail(.closed)],
            findings: [Code.connectionClosed],
            security: nil
        ),
    ]
}
