import MailConfCore
import MailConfTesting
import Testing

private typealias Code = ProbeFinding.Code
private typealias F = DialogueFixture

/// The one login attempt of `mailconf auth`, one row per branch of `Dialogue+Authentication.swift`: each mechanism
/// (PLAIN, LOGIN, CRAM-MD5, SCRAM-SHA-1 and -256 against an independent SCRAM server, IMAP LOGIN, POP3 USER/PASS),
/// each verdict the final replies map to, the choice of mechanism, the local refusals (cleartext, each certificate
/// problem), and malformed or endless exchanges. The scripts list every line the client may send, so a row also
/// shows that nothing secret is sent where the script does not expect it.
///
/// Not reachable through the transport: the refusal for a connection whose security is still unknown
/// (`mayAuthenticate`'s `security == nil`): every path to a login first records TLS, STARTTLS or plaintext, and
/// the one that does not (IMAP PREAUTH) makes no login.
@Suite(.timeLimit(.minutes(1))) struct DialogueAuthenticationTests {
    @Test(arguments: F.smtpMechanisms) func smtpMechanisms(_ fixture: DialogueFixture) async { await fixture.verify() }
    @Test(arguments: F.smtpVerdicts) func smtpVerdicts(_ fixture: DialogueFixture) async { await fixture.verify() }
    @Test(arguments: F.smtpChoices) func smtpChoices(_ fixture: DialogueFixture) async { await fixture.verify() }
    @Test(arguments: F.refusals) func refusals(_ fixture: DialogueFixture) async { await fixture.verify() }
    @Test(arguments: F.imapMechanisms) func imapMechanisms(_ fixture: DialogueFixture) async { await fixture.verify() }
    @Test(arguments: F.imapVerdicts) func imapVerdicts(_ fixture: DialogueFixture) async { await fixture.verify() }
    @Test(arguments: F.pop3Mechanisms) func pop3Mechanisms(_ fixture: DialogueFixture) async { await fixture.verify() }
    @Test(arguments: F.pop3Verdicts) func pop3Verdicts(_ fixture: DialogueFixture) async { await fixture.verify() }
    @Test(arguments: F.brokenExchanges) func brokenExchanges(_ fixture: DialogueFixture) async {
        await fixture.verify()
    }
}

// MARK: - Shared pieces

extension DialogueFixture {
    /// RFC 2195's example: user `tim`, password `tanstaaftanstaaf`, and the digest of its challenge.
    fileprivate static let cramPlan = AuthPlan(
        username: "tim",
        password: Secret("tanstaaftanstaaf"),
        mechanism: "CRAM-MD5"
    )
    fileprivate static let cramChallenge = base64("<1896.697170952@postoffice.reston.mci.net>")
    fileprivate static let cramResponse = base64("tim b913a602c7eda7a495b4e6e7334d3890")

    /// `Username:` and `Password:`, the LOGIN mechanism's prompts.
    fileprivate static let usernamePrompt = "VXNlcm5hbWU6"
    fileprivate static let passwordPrompt = "UGFzc3dvcmQ6"

    /// Checks the mechanism and, when given, the start of the explanation.
    fileprivate static func attempt(_ mechanism: String?, _ message: String? = nil) -> @Sendable (ProbeResult) -> Void {
        { result in
            #expect(result.authentication?.mechanism == mechanism)
            if let message {
                #expect(
                    result.authentication?.message.hasPrefix(message) == true,
                    "\(result.authentication?.message ?? "")"
                )
            }
        }
    }

    fileprivate static let smtpAll = "AUTH PLAIN LOGIN CRAM-MD5 SCRAM-SHA-1 SCRAM-SHA-256"

    /// An implicit-TLS submission server offering `keywords`, a login with `plan`, then `exchange`.
    fileprivate static func smtp(
        _ name: String,
        _ plan: AuthPlan,
        offering keywords: [String] = [smtpAll],
        _ exchange: [Step],
        verdict: AuthAttempt.Verdict,
        findings: [String] = [],
        also: @escaping @Sendable (ProbeResult) -> Void = { _ in }
    ) -> DialogueFixture {
        DialogueFixture(
            name: "SMTP: " + name,
            service: .submissions,
            script: smtpOpen(keywords) + exchange + [quit],
            tls: tls(),
            plan: plan,
            findings: findings,
            security: .tls,
            verdict: verdict,
            also: also
        )
    }

    /// An implicit-TLS IMAP server with `capabilities`, a login with `plan`, then `exchange`.
    fileprivate static func imap(
        _ name: String,
        _ plan: AuthPlan,
        capabilities: String = "AUTH=PLAIN",
        _ exchange: [Step],
        verdict: AuthAttempt.Verdict,
        findings: [String] = [],
        also: @escaping @Sendable (ProbeResult) -> Void = { _ in }
    ) -> DialogueFixture {
        DialogueFixture(
            name: "IMAP: " + name,
            service: .imaps,
            script: imapOpen(capabilities) + exchange + [logout],
            tls: tls(),
            plan: plan,
            findings: findings,
            security: .tls,
            verdict: verdict,
            also: also
        )
    }

    /// An implicit-TLS POP3 server answering CAPA with `capabilities`, a login with `plan`, then `exchange`.
    fileprivate static func pop3(
        _ name: String,
        _ plan: AuthPlan,
        capabilities: [String]? = ["USER", "SASL PLAIN LOGIN CRAM-MD5 SCRAM-SHA-1 SCRAM-SHA-256"],
        _ exchange: [Step],
        verdict: AuthAttempt.Verdict,
        findings: [String] = [],
        also: @escaping @Sendable (ProbeResult) -> Void = { _ in }
    ) -> DialogueFixture {
        DialogueFixture(
            name: "POP3: " + name,
            service: .pop3s,
            script: pop3Open(capabilities) + exchange + [quit],
            tls: tls(),
            plan: plan,
            findings: findings,
            security: .tls,
            verdict: verdict,
            also: also
        )
    }
}

// MARK: - SMTP

extension DialogueFixture {
    fileprivate static let smtpMechanisms: [DialogueFixture] = [
        smtp(
            "PLAIN with an initial response",
            plan("PLAIN"),
            [.client("AUTH PLAIN \(plainResponse)"), .server(SASLFraming.smtp.success)],
            verdict: .success,
            also: { result in
                #expect(result.authentication?.mechanism == "PLAIN")
                #expect(result.authentication?.serverText == "235 2.7.0 Authentication successful")
                #expect(result.authentication?.message == "logged in")
            }
        ),
        smtp(
            "LOGIN, answering each prompt",
            plan("LOGIN"),
            [
                .client("AUTH LOGIN"), .server("334 \(usernamePrompt)"), .client(base64(user)),
                .server("334 \(passwordPrompt)"), .client(base64(password)), .server("235 2.7.0 ok"),
            ],
            verdict: .success,
            also: attempt("LOGIN")
        ),
        smtp(
            "CRAM-MD5 (RFC 2195's example)",
            cramPlan,
            [.client("AUTH CRAM-MD5"), .server("334 \(cramChallenge)"), .client(cramResponse), .server("235 ok")],
            verdict: .success,
            also: attempt("CRAM-MD5")
        ),
        smtp(
            "SCRAM-SHA-1: the proof checked, the signature verified, an empty response",
            plan("SCRAM-SHA-1"),
            [scram(scramServer("SCRAM-SHA-1"), prefix: "AUTH SCRAM-SHA-1 ", framing: .smtp)],
            verdict: .success,
            also: attempt("SCRAM-SHA-1")
        ),
        smtp(
            "SCRAM-SHA-256, the strongest offered, when no mechanism is asked for",
            plan(),
            [scram(scramServer("SCRAM-SHA-256"), prefix: "AUTH SCRAM-SHA-256 ", framing: .smtp)],
            verdict: .success,
            also: attempt("SCRAM-SHA-256")
        ),
        smtp(
            "SCRAM-SHA-256 with a forged server signature: the client cancels",
            plan("SCRAM-SHA-256"),
            [scram(scramServer("SCRAM-SHA-256", forged: true), prefix: "AUTH SCRAM-SHA-256 ", framing: .smtp)],
            verdict: .other,
            also: attempt("SCRAM-SHA-256", "SCRAM-SHA-256: the server's signature is wrong")
        ),
        smtp(
            "SCRAM-SHA-1 with a wrong password: the server rejects the proof",
            AuthPlan(username: user, password: Secret("wrong"), mechanism: "SCRAM-SHA-1"),
            [scram(scramServer("SCRAM-SHA-1"), prefix: "AUTH SCRAM-SHA-1 ", framing: .smtp)],
            verdict: .badCredentials
        ),
        smtp(
            "PLAIN after STARTTLS",
            plan("PLAIN"),
            offering: ["STARTTLS"],
            [],
            verdict: .success
        ).with {
            $0.service = .submission
            $0.tls = nil
            $0.security = .starttls
            $0.script =
                smtpOpen(["STARTTLS"]) + smtpSTARTTLS(["AUTH PLAIN"])
                + [.client("AUTH PLAIN \(plainResponse)"), .server("235 ok"), quit]
        },
    ]

    /// PLAIN answered with `reply`.
    fileprivate static func smtpReply(_ reply: String, _ verdict: AuthAttempt.Verdict) -> DialogueFixture {
        smtp(
            "'\(reply)' is \(verdict.rawValue)",
            plan("PLAIN"),
            [.client("AUTH PLAIN \(plainResponse)"), .server(reply)],
            verdict: verdict,
            also: { #expect($0.authentication?.serverText == reply) }
        )
    }

    fileprivate static let smtpVerdicts: [DialogueFixture] = [
        smtpReply("235 2.7.0 Authentication successful", .success),
        smtpReply("535 5.7.8 Authentication credentials invalid", .badCredentials),
        smtpReply("535 5.7.9 Authentication mechanism is too weak", .mechanismUnavailable),
        smtpReply("538 5.7.11 Encryption required for requested authentication mechanism", .tlsRequired),
        smtpReply("534 5.7.9 Authentication mechanism is too weak", .mechanismUnavailable),
        smtpReply("504 5.5.4 Unrecognized authentication type", .mechanismUnavailable),
        smtpReply("454 4.7.0 Temporary authentication failure", .temporary),
        smtpReply("421 4.7.0 Closing connection", .temporary),
        smtpReply("451 4.3.0 Local error", .temporary),
        smtpReply("452 4.3.1 Insufficient system storage", .temporary),
        smtpReply("530 5.7.11 Must issue a STARTTLS command first", .tlsRequired),
        smtpReply("530 5.7.0 Authentication required", .other),
        smtpReply("554 5.7.8 Authentication failed", .badCredentials),
        smtpReply("550 5.7.13 User account disabled", .accountDisabled),
        // The enhanced code decides, never the words: a generic 5.7.1 is "other" whatever its text says.
        smtpReply("550 5.7.1 Account disabled", .other),
        smtpReply("550 5.7.1 Relaying denied", .other),
        smtpReply("432 4.7.12 A password transition is needed", .temporary),
        smtpReply("500 5.5.2 Syntax error", .other),
    ]

    fileprivate static let smtpChoices: [DialogueFixture] = [
        smtp(
            "the mechanism asked for is not offered",
            plan("CRAM-MD5"),
            offering: ["AUTH PLAIN"],
            [],
            verdict: .mechanismUnavailable,
            also: attempt("CRAM-MD5", "CRAM-MD5 is not offered here; offered: PLAIN")
        ),
        smtp(
            "no offered mechanism is one MailConf implements",
            plan(),
            offering: ["AUTH XOAUTH2 GSSAPI"],
            [],
            verdict: .mechanismUnavailable,
            also: attempt(nil, "none of the offered mechanisms (XOAUTH2 GSSAPI) is one MailConf implements")
        ),
        smtp(
            "nothing is offered",
            plan(),
            offering: ["PIPELINING"],
            [],
            verdict: .mechanismUnavailable,
            findings: [Code.noAuthAfterTLS],
            also: attempt(nil, "the server offers no authentication here")
        ),
        smtp(
            "nothing is offered and PLAIN is asked for",
            plan("PLAIN"),
            offering: ["PIPELINING"],
            [],
            verdict: .mechanismUnavailable,
            findings: [Code.noAuthAfterTLS],
            also: attempt("PLAIN", "PLAIN is not offered here; the server offers no authentication mechanism here")
        ),
        smtp(
            "a mechanism MailConf does not implement is asked for",
            plan("XOAUTH2"),
            offering: ["AUTH XOAUTH2 PLAIN"],
            [],
            verdict: .mechanismUnavailable,
            also: attempt("XOAUTH2", "MailConf does not implement XOAUTH2")
        ),
    ]
}

// MARK: - Refusals

extension DialogueFixture {
    /// What the refusal's advice says for each certificate problem.
    fileprivate static let advice: [(CertificateReport.Problem, String)] = [
        (.expired, "only the server's administrator can fix this by renewing it"),
        (.notYetValid, "check this computer's clock, or wait"),
        (.hostnameMismatch, "It names mail.test.example: use one of those names as --host"),
        (.selfSigned, "pass it with --ca-file"),
        (.untrustedRoot, "for a private CA, pass its certificate with --ca-file"),
        (.incompleteChain, "The server does not send its intermediate certificate"),
        (.invalid, "It could not be verified"),
    ]

    fileprivate static let refusals: [DialogueFixture] =
        [
            DialogueFixture(
                name: "SMTP: no password over cleartext",
                service: .submission,
                script: smtpOpen(["AUTH PLAIN"]) + [quit],
                plan: plan("PLAIN"),
                findings: [Code.plaintextAuthBeforeTLS, Code.starttlsNotOffered],
                security: .plain,
                verdict: .refused,
                also: { result in
                    #expect(result.authentication?.refusal == .cleartext)
                    #expect(result.authentication?.message.contains("--allow-insecure") == true)
                }
            ),
            DialogueFixture(
                name: "SMTP: over cleartext with --allow-insecure",
                service: .submission,
                script: smtpOpen(["AUTH PLAIN"]) + [.client("AUTH PLAIN \(plainResponse)"), .server("235 ok"), quit],
                plan: plan("PLAIN", allowInsecure: true),
                findings: [Code.plaintextAuthBeforeTLS, Code.starttlsNotOffered],
                security: .plain,
                verdict: .success
            ),
            DialogueFixture(
                name: "IMAP: no password over cleartext, not even by LOGIN",
                service: .imap,
                script: imapOpen("AUTH=PLAIN") + [logout],
                plan: plan(),
                findings: [Code.loginDisabledAbsent, Code.plaintextAuthBeforeTLS, Code.starttlsNotOffered],
                security: .plain,
                verdict: .refused,
                also: { #expect($0.authentication?.refusal == .cleartext) }
            ),
            DialogueFixture(
                name: "IMAP: over cleartext with --allow-insecure",
                service: .imap,
                script: imapOpen("ID") + [.client("a5 LOGIN \"alice\" \"s3cret\""), .server("a5 OK"), logout],
                plan: plan(allowInsecure: true),
                findings: [Code.loginDisabledAbsent, Code.starttlsNotOffered],
                security: .plain,
                verdict: .success
            ),
            DialogueFixture(
                name: "POP3: no password over cleartext",
                service: .pop3,
                script: pop3Open(["USER"]) + [quit],
                plan: plan(),
                findings: [Code.plaintextAuthBeforeTLS, Code.starttlsNotOffered],
                security: .plain,
                verdict: .refused
            ),
            DialogueFixture(
                name: "POP3: no CAPA and no STLS: refused like any cleartext login",
                service: .pop3,
                script: pop3Open(nil) + [.client("STLS"), .server("-ERR unknown command"), quit],
                plan: plan(),
                findings: [Code.starttlsNotOffered],
                security: .plain,
                verdict: .refused,
                also: { #expect($0.authentication?.refusal == .cleartext) }
            ),
            DialogueFixture(
                name: "POP3: no CAPA and no STLS, with --allow-insecure: USER and PASS",
                service: .pop3,
                script: pop3Open(nil) + [
                    .client("STLS"), .server("-ERR unknown command"), .client("USER alice"), .server("+OK"),
                    .client("PASS s3cret"), .server("+OK logged in"), quit,
                ],
                plan: plan(allowInsecure: true),
                findings: [Code.starttlsNotOffered],
                security: .plain,
                verdict: .success
            ),
            smtp(
                "a bad certificate with --allow-insecure",
                plan("PLAIN", allowInsecure: true),
                offering: ["AUTH PLAIN"],
                [.client("AUTH PLAIN \(plainResponse)"), .server("235 ok")],
                verdict: .success,
                findings: [Code.certificate]
            ).with { $0.tls = tls([.selfSigned]) },
        ]
        + advice.map { problem, advice in
            smtp(
                "no password past a certificate that is \(problem.rawValue)",
                plan("PLAIN"),
                offering: ["AUTH PLAIN"],
                [],
                verdict: .refused,
                findings: [Code.certificate],
                also: { result in
                    #expect(result.authentication?.refusal == .certificate(problem))
                    #expect(
                        result.authentication?.message.contains(advice) == true,
                        "\(result.authentication?.message ?? "")"
                    )
                }
            ).with { $0.tls = tls([problem]) }
        }
}

// MARK: - IMAP

extension DialogueFixture {
    fileprivate static let imapMechanisms: [DialogueFixture] = [
        imap(
            "LOGIN when no SASL mechanism is offered",
            plan(),
            capabilities: "ID",
            [.client("a5 LOGIN \"alice\" \"s3cret\""), .server("a5 OK [CAPABILITY IMAP4rev1] Logged in")],
            verdict: .success,
            also: attempt("IMAP-LOGIN")
        ),
        imap(
            "LOGIN quotes a password's quote and backslash",
            AuthPlan(username: user, password: Secret("p\"w\\x"), mechanism: "IMAP-LOGIN"),
            [.client("a5 LOGIN \"alice\" \"p\\\"w\\\\x\""), .server("a5 OK")],
            verdict: .success
        ),
        imap(
            "LOGIN sends a non-ASCII password as a literal",
            AuthPlan(username: user, password: Secret("pässwörd"), mechanism: "IMAP-LOGIN"),
            [.client("a5 LOGIN \"alice\" {10}"), .server("+ Ready"), .client("pässwörd"), .server("a5 OK")],
            verdict: .success
        ),
        imap(
            "LOGIN sends a non-ASCII user name as a literal, then the password quoted",
            AuthPlan(username: "ålice", password: Secret(password), mechanism: "IMAP-LOGIN"),
            [.client("a5 LOGIN {6}"), .server("+ Ready"), .client("ålice \"s3cret\""), .server("a5 OK")],
            verdict: .success
        ),
        imap(
            "LOGIN: untagged data before the literal's continuation is skipped",
            AuthPlan(username: user, password: Secret("pässwörd"), mechanism: "IMAP-LOGIN"),
            [
                .client("a5 LOGIN \"alice\" {10}"), .server("* OK [ALERT] System shutdown in 10 minutes"),
                .server("+ Ready"), .client("pässwörd"), .server("a5 OK"),
            ],
            verdict: .success
        ),
        imap(
            "LOGIN: the literal refused",
            AuthPlan(username: user, password: Secret("pässwörd"), mechanism: "IMAP-LOGIN"),
            [.client("a5 LOGIN \"alice\" {10}"), .server("a5 NO [CANNOT] no literals here")],
            verdict: .mechanismUnavailable
        ),
        imap(
            "LOGINDISABLED and no SASL mechanism: nothing to log in with",
            plan(),
            capabilities: "LOGINDISABLED",
            [],
            verdict: .mechanismUnavailable,
            also: attempt(nil, "the server offers no authentication here")
        ),
        imap(
            "LOGIN asked for while LOGINDISABLED",
            plan("IMAP-LOGIN"),
            capabilities: "LOGINDISABLED AUTH=PLAIN",
            [],
            verdict: .mechanismUnavailable,
            also: attempt("IMAP-LOGIN", "IMAP-LOGIN is not offered here; offered: PLAIN")
        ),
        imap(
            "AUTHENTICATE PLAIN with SASL-IR",
            plan("PLAIN"),
            capabilities: "SASL-IR AUTH=PLAIN",
            [.client("a5 AUTHENTICATE PLAIN \(plainResponse)"), .server(SASLFraming.imap.success)],
            verdict: .success,
            also: attempt("PLAIN")
        ),
        imap(
            "AUTHENTICATE PLAIN without SASL-IR",
            plan("PLAIN"),
            [.client("a5 AUTHENTICATE PLAIN"), .server("+ "), .client(plainResponse), .server("a5 OK")],
            verdict: .success
        ),
        imap(
            "AUTHENTICATE PLAIN without SASL-IR: a bare '+' continuation",
            plan("PLAIN"),
            [.client("a5 AUTHENTICATE PLAIN"), .server("+"), .client(plainResponse), .server("a5 OK")],
            verdict: .success
        ),
        imap(
            "AUTHENTICATE PLAIN without SASL-IR: untagged data before the continuation is skipped",
            plan("PLAIN"),
            [
                .client("a5 AUTHENTICATE PLAIN"), .server("* OK [ALERT] hello"), .server("+ "),
                .client(plainResponse), .server("a5 OK"),
            ],
            verdict: .success
        ),
        imap(
            "AUTHENTICATE PLAIN without SASL-IR: refused at once",
            plan("PLAIN"),
            [.client("a5 AUTHENTICATE PLAIN"), .server("a5 NO [CANNOT] PLAIN is disabled")],
            verdict: .mechanismUnavailable
        ),
        imap(
            "AUTHENTICATE LOGIN, with untagged data between prompts",
            plan("LOGIN"),
            capabilities: "AUTH=LOGIN",
            [
                .client("a5 AUTHENTICATE LOGIN"), .server("+ \(usernamePrompt)"), .client(base64(user)),
                .server("* OK still here"), .server("+ \(passwordPrompt)"), .client(base64(password)),
                .server("a5 OK"),
            ],
            verdict: .success,
            also: attempt("LOGIN")
        ),
        imap(
            "AUTHENTICATE CRAM-MD5 (RFC 2195's example)",
            cramPlan,
            capabilities: "AUTH=CRAM-MD5",
            [
                .client("a5 AUTHENTICATE CRAM-MD5"), .server("+ \(cramChallenge)"), .client(cramResponse),
                .server("a5 OK"),
            ],
            verdict: .success
        ),
        imap(
            "AUTHENTICATE SCRAM-SHA-256 with SASL-IR",
            plan(),
            capabilities: "SASL-IR AUTH=PLAIN AUTH=SCRAM-SHA-256",
            [scram(scramServer("SCRAM-SHA-256"), prefix: "a5 AUTHENTICATE SCRAM-SHA-256 ", framing: .imap)],
            verdict: .success,
            also: attempt("SCRAM-SHA-256")
        ),
        imap(
            "AUTHENTICATE SCRAM-SHA-1 without SASL-IR",
            plan("SCRAM-SHA-1"),
            capabilities: "AUTH=SCRAM-SHA-1",
            [
                .client("a5 AUTHENTICATE SCRAM-SHA-1"), .server("+ "),
                scram(scramServer("SCRAM-SHA-1"), prefix: "", framing: .imap),
            ],
            verdict: .success
        ),
        imap(
            "AUTHENTICATE SCRAM-SHA-256 with a forged server signature",
            plan("SCRAM-SHA-256"),
            capabilities: "SASL-IR AUTH=SCRAM-SHA-256",
            [
                scram(
                    scramServer("SCRAM-SHA-256", forged: true),
                    prefix: "a5 AUTHENTICATE SCRAM-SHA-256 ",
                    framing: .imap
                )
            ],
            verdict: .other,
            also: attempt("SCRAM-SHA-256", "SCRAM-SHA-256: the server's signature is wrong")
        ),
        DialogueFixture(
            name: "IMAP: PREAUTH needs no login",
            service: .imaps,
            script: [.server("* PREAUTH [CAPABILITY IMAP4rev1 AUTH=PLAIN] welcome"), logout],
            tls: tls(),
            plan: plan(),
            findings: [Code.preauth],
            security: .tls,
            verdict: .other,
            also: attempt(nil, "the server pre-authenticated the session")
        ),
        DialogueFixture(
            name: "IMAP: LOGIN after STARTTLS",
            service: .imap,
            script: imapOpen("STARTTLS LOGINDISABLED") + imapSTARTTLS("ID")
                + [.client("a5 LOGIN \"alice\" \"s3cret\""), .server("a5 OK"), logout],
            plan: plan(),
            findings: [],
            security: .starttls,
            verdict: .success
        ),
    ]

    /// LOGIN completed with `completion`.
    fileprivate static func imapCompletion(_ completion: String, _ verdict: AuthAttempt.Verdict) -> DialogueFixture {
        imap(
            "'\(completion)' is \(verdict.rawValue)",
            plan("IMAP-LOGIN"),
            [.client("a5 LOGIN \"alice\" \"s3cret\""), .server(completion)],
            verdict: verdict,
            also: { #expect($0.authentication?.serverText == String(completion.dropFirst(3))) }
        )
    }

    fileprivate static let imapVerdicts: [DialogueFixture] = [
        imapCompletion("a5 OK Logged in", .success),
        imapCompletion("a5 NO [AUTHENTICATIONFAILED] Authentication failed", .badCredentials),
        imapCompletion("a5 NO [AUTHORIZATIONFAILED] Not authorized", .badCredentials),
        imapCompletion("a5 NO [PRIVACYREQUIRED] Use TLS", .tlsRequired),
        imapCompletion("a5 NO [UNAVAILABLE] Try later", .temporary),
        imapCompletion("a5 NO [INUSE] Mailbox in use", .temporary),
        imapCompletion("a5 NO [LIMIT] Too many sessions", .temporary),
        imapCompletion("a5 NO [EXPIRED] Password expired", .accountDisabled),
        imapCompletion("a5 NO [CONTACTADMIN] Account locked", .accountDisabled),
        imapCompletion("a5 NO [CANNOT] LOGIN disabled", .mechanismUnavailable),
        imapCompletion("a5 BAD Unknown command", .mechanismUnavailable),
        imapCompletion("a5 NO Login failed", .other),
    ]
}

// MARK: - POP3

extension DialogueFixture {
    fileprivate static let pop3Mechanisms: [DialogueFixture] = [
        pop3(
            "USER and PASS",
            plan("USER"),
            [.client("USER alice"), .server("+OK"), .client("PASS s3cret"), .server("+OK Logged in")],
            verdict: .success,
            also: attempt("USER")
        ),
        pop3(
            "USER and PASS when the server does not answer CAPA",
            plan(),
            capabilities: nil,
            [.client("USER alice"), .server("+OK"), .client("PASS s3cret"), .server("+OK Logged in")],
            verdict: .success,
            also: attempt("USER")
        ),
        pop3(
            "neither USER nor SASL offered",
            plan(),
            capabilities: ["TOP", "UIDL"],
            [],
            verdict: .mechanismUnavailable,
            also: attempt(nil, "the server offers no authentication here")
        ),
        pop3(
            "AUTH PLAIN with an initial response",
            plan("PLAIN"),
            [.client("AUTH PLAIN \(plainResponse)"), .server("+OK Logged in")],
            verdict: .success
        ),
        pop3(
            "AUTH LOGIN, with bare '+' prompts",
            plan("LOGIN"),
            [
                .client("AUTH LOGIN"), .server("+"), .client(base64(user)), .server("+ \(passwordPrompt)"),
                .client(base64(password)), .server("+OK"),
            ],
            verdict: .success
        ),
        pop3(
            "AUTH CRAM-MD5 (RFC 2195's example)",
            cramPlan,
            [.client("AUTH CRAM-MD5"), .server("+ \(cramChallenge)"), .client(cramResponse), .server("+OK")],
            verdict: .success
        ),
        pop3(
            "AUTH SCRAM-SHA-1",
            plan("SCRAM-SHA-1"),
            [scram(scramServer("SCRAM-SHA-1"), prefix: "AUTH SCRAM-SHA-1 ", framing: .pop3)],
            verdict: .success
        ),
        pop3(
            "AUTH SCRAM-SHA-256, the strongest offered",
            plan(),
            [scram(scramServer("SCRAM-SHA-256"), prefix: "AUTH SCRAM-SHA-256 ", framing: .pop3)],
            verdict: .success,
            also: attempt("SCRAM-SHA-256")
        ),
        pop3(
            "AUTH SCRAM-SHA-256 with a forged server signature",
            plan("SCRAM-SHA-256"),
            [scram(scramServer("SCRAM-SHA-256", forged: true), prefix: "AUTH SCRAM-SHA-256 ", framing: .pop3)],
            verdict: .other
        ),
    ]

    /// PASS answered with `reply`.
    fileprivate static func pop3Reply(_ reply: String, _ verdict: AuthAttempt.Verdict) -> DialogueFixture {
        pop3(
            "'\(reply)' is \(verdict.rawValue)",
            plan("USER"),
            [.client("USER alice"), .server("+OK"), .client("PASS s3cret"), .server(reply)],
            verdict: verdict,
            also: { #expect($0.authentication?.serverText == reply) }
        )
    }

    fileprivate static let pop3Verdicts: [DialogueFixture] = [
        pop3Reply("+OK Logged in", .success),
        pop3Reply("-ERR [AUTH] Authentication failed", .badCredentials),
        pop3Reply("-ERR [SYS/TEMP] Try later", .temporary),
        pop3Reply("-ERR [IN-USE] Mailbox locked", .temporary),
        pop3Reply("-ERR [LOGIN-DELAY] Too soon", .temporary),
        pop3Reply("-ERR [SYS/PERM] Account disabled", .accountDisabled),
        pop3Reply("-ERR Login failed", .other),
        pop3(
            "USER refused before PASS",
            plan("USER"),
            [.client("USER alice"), .server("-ERR [AUTH] No such user")],
            verdict: .badCredentials
        ),
    ]
}

// MARK: - Broken exchanges

extension DialogueFixture {
    /// Eight empty challenges, each answered: one more than an exchange may take.
    fileprivate static func endless(_ challenge: String, _ response: String) -> [Step] {
        Array(repeating: [Step.server(challenge), .client(response)], count: 8).flatMap { $0 }
    }

    fileprivate static let brokenExchanges: [DialogueFixture] = [
        smtp(
            "PLAIN answered with a challenge: the client cancels",
            plan("PLAIN"),
            [
                .client("AUTH PLAIN \(plainResponse)"), .server("334 \(base64("what?"))"), .client("*"),
                .server("501 5.7.0 Authentication aborted"),
            ],
            verdict: .other,
            also: attempt("PLAIN", "PLAIN expects no challenge")
        ),
        smtp(
            "a third LOGIN prompt: the client cancels",
            plan("LOGIN"),
            [
                .client("AUTH LOGIN"), .server("334 \(usernamePrompt)"), .client(base64(user)),
                .server("334 \(passwordPrompt)"), .client(base64(password)), .server("334 \(passwordPrompt)"),
                .client("*"), .server("501 aborted"),
            ],
            verdict: .other,
            also: attempt("LOGIN", "LOGIN: unexpected third prompt")
        ),
        smtp(
            "a challenge that is not base64",
            plan("LOGIN"),
            [.client("AUTH LOGIN"), .server("334 %%% not base64 %%%")],
            verdict: .notAttempted,
            findings: [Code.protocolError],
            also: { #expect($0.authentication?.message.contains("challenge is not base64") == true) }
        ).with { $0.script.removeLast() },
        smtp(
            "an exchange that does not end",
            plan("PLAIN"),
            [.client("AUTH PLAIN \(plainResponse)")] + endless("334 ", plainResponse),
            verdict: .notAttempted,
            findings: [Code.protocolError],
            also: { #expect($0.authentication?.message.contains("did not end after 8 steps") == true) }
        ).with { $0.script.removeLast() },
        smtp(
            "the connection closes during AUTH",
            plan("PLAIN"),
            [.client("AUTH PLAIN \(plainResponse)"), .fail(.closed, "the server closed the connection")],
            verdict: .notAttempted,
            findings: [Code.connectionClosed],
            also: { #expect($0.authentication?.message.hasSuffix("the server closed the connection") == true) }
        ).with { $0.script.removeLast() },
        imap(
            "a third LOGIN prompt: the client cancels",
            plan("LOGIN"),
            capabilities: "AUTH=LOGIN",
            [
                .client("a5 AUTHENTICATE LOGIN"), .server("+ \(usernamePrompt)"), .client(base64(user)),
                .server("+ \(passwordPrompt)"), .client(base64(password)), .server("+ \(passwordPrompt)"),
                .client("*"), .server("a5 BAD aborted"),
            ],
            verdict: .other,
            also: attempt("LOGIN", "LOGIN: unexpected third prompt")
        ),
        imap(
            "BYE instead of the literal's continuation",
            AuthPlan(username: user, password: Secret("pässwörd"), mechanism: "IMAP-LOGIN"),
            [.client("a5 LOGIN \"alice\" {10}"), .server("* BYE Autologout")],
            verdict: .notAttempted,
            findings: [Code.connectionClosed],
            also: { #expect($0.authentication?.message.hasSuffix("the server said BYE: Autologout") == true) }
        ).with { $0.script.removeLast() },
        imap(
            "endless untagged data instead of the continuation",
            plan("PLAIN"),
            [.client("a5 AUTHENTICATE PLAIN")] + Array(repeating: Step.server("* OK [ALERT] noise"), count: 4),
            verdict: .notAttempted,
            findings: [Code.replyTooLarge]
        ).with {
            $0.script.removeLast()
            $0.options.maximumReplyLines = 3
        },
        imap(
            "an exchange that does not end",
            plan("PLAIN"),
            [.client("a5 AUTHENTICATE PLAIN"), .server("+ "), .client(plainResponse)]
                + endless("+ ", plainResponse),
            verdict: .notAttempted,
            findings: [Code.protocolError]
        ).with { $0.script.removeLast() },
        pop3(
            "a third LOGIN prompt: the client cancels",
            plan("LOGIN"),
            [
                .client("AUTH LOGIN"), .server("+ \(usernamePrompt)"), .client(base64(user)),
                .server("+ \(passwordPrompt)"), .client(base64(password)), .server("+ \(passwordPrompt)"),
                .client("*"), .server("-ERR aborted"),
            ],
            verdict: .other
        ),
        pop3(
            "a final line that is not +OK or -ERR",
            plan("PLAIN"),
            [.client("AUTH PLAIN \(plainResponse)"), .server("* what")],
            verdict: .notAttempted,
            findings: [Code.protocolError]
        ).with { $0.script.removeLast() },
        pop3(
            "an exchange that does not end",
            plan("PLAIN"),
            [.client("AUTH PLAIN \(plainResponse)")] + endless("+ ", plainResponse),
            verdict: .notAttempted,
            findings: [Code.protocolError]
        ).with { $0.script.removeLast() },
    ]
}

extension DialogueFixture {
    /// A copy changed by `change`.
    func with(_ change: (inout DialogueFixture) -> Void) -> DialogueFixture {
        var copy = self
        change(&copy)
        return copy
    }
}
