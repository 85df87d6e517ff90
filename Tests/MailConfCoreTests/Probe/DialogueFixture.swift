import Foundation
import MailConfCore
import MailConfTesting
import Testing

/// One row of the dialogue tables: a service, what the server does (a script for ``ScriptedTransport``), and what
/// the probe must conclude. Running it checks the conclusion and that the client kept to the script: every line it
/// sent was expected, nothing of the script was left unplayed, and the connection was closed.
///
/// Rows go through ``ServiceProber/probe(_:host:address:authenticate:deadline:)``, the dialogues' only entry point,
/// with the implicit-TLS check and the TLS version checks out of the way (each has its own table).
struct DialogueFixture: Sendable, CustomTestStringConvertible {
    /// What the row shows.
    var name: String
    var service: MailService
    var script: [ScriptedTransport.Step]
    /// The implicit-TLS handshake's report, for the implicit-TLS services.
    var tls: TLSReport?
    var plan: AuthPlan?
    var options = DialogueFixture.options
    /// Our end's address, which the EHLO name is made of.
    var localAddress: String? = "192.0.2.7"
    /// The finding codes expected, in the result's order (most severe first).
    var findings: [String]
    var security: TransportSecurity?
    /// The authentication verdict expected; `nil` when no attempt was asked for.
    var verdict: AuthAttempt.Verdict?
    /// More checks on the result.
    var also: @Sendable (ProbeResult) -> Void = { _ in }

    var testDescription: String { name }

    /// Deadlines no row reaches: a row ends when its script does. The implicit-TLS check waits past any row.
    static let options: ProbeOptions = {
        var options = ProbeOptions()
        options.totalTimeout = .seconds(120)
        options.implicitTLSCheckDelay = .seconds(3600)
        return options
    }()

    func run() async -> (ProbeResult, ScriptedTransport, ScriptedConnector) {
        let transport = ScriptedTransport(script)
        let connector = ScriptedConnector(session: transport, tls: tls, localAddress: localAddress)
        let prober = ServiceProber(connector: connector, options: options)
        let result = await prober.probe(service, host: Self.host, address: "192.0.2.1", authenticate: plan)
        return (result, transport, connector)
    }

    func verify() async {
        let (result, transport, connector) = await run()
        #expect(transport.violations == [], "the client left the script")
        #expect(transport.unplayed == [], "the client stopped before the script's end; sent: \(transport.sent)")
        #expect(transport.isClosed, "the connection was not closed")
        #expect(result.findings.map(\.code) == findings, "\(result.findings)")
        #expect(result.security == security)
        #expect(result.authentication?.verdict == verdict, "\(String(describing: result.authentication))")
        #expect(connector.requests.count == 1, "only the session connects: \(connector.requests)")
        #expect(result.finished)
        also(result)
    }
}

// MARK: - Building scripts

typealias Step = ScriptedTransport.Step

extension DialogueFixture {
    static let host = "mail.test.example"
    static let user = "alice"
    static let password = "s3cret"
    /// The EHLO a probe from 192.0.2.7 sends: its address literal (RFC 5321 §4.1.3).
    static let ehlo = "EHLO [192.0.2.7]"

    static func plan(_ mechanism: String? = nil, allowInsecure: Bool = false) -> AuthPlan {
        AuthPlan(username: user, password: Secret(password), mechanism: mechanism, allowInsecure: allowInsecure)
    }

    static func base64(_ text: String) -> String { Data(text.utf8).base64EncodedString() }

    static func decode(_ text: some StringProtocol) -> String? {
        Data(base64Encoded: String(text)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// `\0alice\0s3cret`, base64: the PLAIN response.
    static let plainResponse = base64("\0\(user)\0\(password)")

    static let leaf = CertificateSummary(
        subject: "CN=mail.test.example",
        issuer: "CN=Test CA",
        sans: ["mail.test.example"],
        notBefore: Date(timeIntervalSince1970: 1_700_000_000),
        notAfter: Date(timeIntervalSince1970: 1_900_000_000)
    )

    /// A handshake's report: TLS 1.3 with a good certificate unless told otherwise.
    static func tls(_ problems: [CertificateReport.Problem] = [], version: String = "TLSv1.3") -> TLSReport {
        TLSReport(
            version: version,
            cipher: version == "TLSv1.3" ? "TLS_AES_128_GCM_SHA256" : "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
            certificate: CertificateReport(leaf: leaf, checkedName: host, problems: problems)
        )
    }

    static func upgrade(_ report: TLSReport = tls(), discarded: Int = 0, preview: String = "") -> Step {
        .startTLS(TLSUpgrade(discardedBytes: discarded, discardedPreview: preview, report: report, milliseconds: 2))
    }

    // SMTP

    /// An EHLO reply: the domain, then `keywords`.
    static func ehloReply(_ keywords: [String]) -> [Step] {
        let lines = ["mx.test"] + keywords
        return lines.enumerated().map { index, line in
            .server((index == lines.count - 1 ? "250 " : "250-") + line)
        }
    }

    /// The greeting and EHLO.
    static func smtpOpen(_ keywords: [String]) -> [Step] {
        [.server("220 mx.test ESMTP"), .client(ehlo)] + ehloReply(keywords)
    }

    /// STARTTLS, the handshake, and EHLO again.
    static func smtpSTARTTLS(_ keywords: [String], upgrade: Step = upgrade()) -> [Step] {
        [.client("STARTTLS"), .server("220 2.0.0 Ready to start TLS"), upgrade, .client(ehlo)] + ehloReply(keywords)
    }

    static let quit = Step.client("QUIT")

    // IMAP

    static func imapOpen(_ capabilities: String) -> [Step] {
        [.server("* OK [CAPABILITY IMAP4rev1 \(capabilities)] ready")]
    }

    static func imapSTARTTLS(_ capabilities: String, upgrade: Step = upgrade()) -> [Step] {
        [
            .client("a2 STARTTLS"), .server("a2 OK Begin TLS negotiation now"), upgrade, .client("a3 CAPABILITY"),
            .server("* CAPABILITY IMAP4rev1 \(capabilities)"), .server("a3 OK done"),
        ]
    }

    static let logout = Step.client("a9 LOGOUT")

    // POP3

    /// The greeting and CAPA, answered with `capabilities`, or `-ERR` when `nil`.
    static func pop3Open(_ capabilities: [String]?) -> [Step] {
        [.server("+OK POP3 ready"), .client("CAPA")] + capa(capabilities)
    }

    static func capa(_ capabilities: [String]?) -> [Step] {
        guard let capabilities else { return [.server("-ERR unknown command")] }
        return [.server("+OK capability list follows")] + capabilities.map { .server($0) } + [.server(".")]
    }

    static func pop3STLS(_ capabilities: [String]?, upgrade: Step = upgrade()) -> [Step] {
        [.client("STLS"), .server("+OK begin TLS"), upgrade, .client("CAPA")] + capa(capabilities)
    }
}

// MARK: - SASL exchanges

extension DialogueFixture {
    /// How one protocol frames a SASL exchange.
    struct SASLFraming: Sendable {
        /// A challenge line for base64 `data`.
        var challenge: @Sendable (String) -> String
        /// The final reply when the login succeeds, and when the client cancels with `*`.
        var success: String
        var cancelled: String
        var rejected: String

        static let smtp = SASLFraming(
            challenge: { "334 \($0)" },
            success: "235 2.7.0 Authentication successful",
            cancelled: "501 5.7.0 Authentication aborted",
            rejected: "535 5.7.8 Authentication credentials invalid"
        )
        static let imap = SASLFraming(
            challenge: { "+ \($0)" },
            success: "a5 OK Logged in",
            cancelled: "a5 BAD Authentication aborted",
            rejected: "a5 NO [AUTHENTICATIONFAILED] Authentication failed"
        )
        static let pop3 = SASLFraming(
            challenge: { "+ \($0)" },
            success: "+OK Logged in",
            cancelled: "-ERR Authentication aborted",
            rejected: "-ERR [AUTH] Authentication failed"
        )
    }

    /// A SCRAM exchange against `server`: the client-first message after `prefix` on the client's line (the AUTH
    /// command with an initial response), or alone on the next line when `prefix` is empty. The server checks the
    /// proof and answers with its signature; a client that accepts it ends with an empty response, one that
    /// rejects it (a forged signature) cancels with `*`.
    static func scram(_ server: SCRAMServer, prefix: String, framing: SASLFraming) -> Step {
        .exchange("the SCRAM client-first message") { line in
            guard line.hasPrefix(prefix), let clientFirst = decode(line.dropFirst(prefix.count)),
                let serverFirst = server.first(clientFirst)
            else { return nil }
            return [
                .server(framing.challenge(base64(serverFirst))),
                .exchange("the SCRAM client-final message") { line in
                    guard let clientFinal = decode(line) else { return nil }
                    let (valid, final) = server.final(clientFirst: clientFirst, clientFinal: clientFinal)
                    guard valid else { return [.server(framing.rejected)] }
                    return [
                        .server(framing.challenge(base64(final))),
                        .client(server.forgesSignature ? "*" : ""),
                        .server(server.forgesSignature ? framing.cancelled : framing.success),
                    ]
                },
            ]
        }
    }

    static func scramServer(_ mechanism: String, forged: Bool = false) -> SCRAMServer {
        SCRAMServer(mechanism: mechanism, password: password, forgesSignature: forged)
    }
}
