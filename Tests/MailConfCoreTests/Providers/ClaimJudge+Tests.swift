import Foundation
import MailConfCore
import Testing

/// The comparison `providers verify` makes, on probe results built by hand (the fixture tests in mailconfTests
/// run it against real Postfix and Dovecot).
@Suite struct ClaimJudgeTests {
    func result(
        _ service: MailService,
        security: TransportSecurity?,
        auth: [String] = ["PLAIN", "LOGIN"],
        capabilities: [String] = [],
        findings: [(String, ProbeFinding.Severity)] = [],
        reachable: Bool = true,
        greeting: String? = "220 mail.acme.net ESMTP",
        problems: [CertificateReport.Problem] = []
    ) -> ProbeResult {
        var result = ProbeResult(service: service, host: "mail.acme.net")
        result.reachable = reachable
        result.security = security
        result.greeting = reachable ? greeting : nil
        result.authAfterTLS = auth
        result.capabilitiesAfterTLS = capabilities
        for (code, severity) in findings { result.add(severity, code, code) }
        if !problems.isEmpty {
            let summary = CertificateSummary(
                subject: "CN=x",
                issuer: "CN=y",
                sans: [],
                notBefore: .distantPast,
                notAfter: .distantPast
            )
            result.tls = TLSReport(
                version: "TLSv1.3",
                certificate: CertificateReport(leaf: summary, checkedName: "mail.acme.net", problems: problems)
            )
        }
        return result
    }

    func claim(
        _ proto: MailProtocol,
        _ port: Int,
        _ security: TransportSecurity,
        _ auth: [AuthMethod] = [.passwordCleartext]
    ) -> ServerSettings {
        ServerSettings(protocol: proto, host: "mail.acme.net", port: port, security: security, auth: auth)
    }

    @Test func confirmsWhatMatches() {
        let (verdict, observed) = ClaimJudge.judge(
            claim(.smtp, 465, .tls),
            result: result(.submissions, security: .tls, capabilities: ["AUTH PLAIN LOGIN", "DSN"])
        )
        #expect(verdict == .confirmed)
        #expect(observed.dsn == true)
    }

    @Test func namesEachDrift() {
        #expect(
            ClaimJudge.judge(
                claim(.imap, 143, .starttls),
                result: result(.imap, security: .plain, findings: [(ProbeFinding.Code.starttlsNotOffered, .high)])
            ).0
                == .drifted([.noSTARTTLS])
        )
        #expect(
            ClaimJudge.judge(
                claim(.imap, 993, .tls),
                result: result(.imaps, security: .plain, findings: [(ProbeFinding.Code.plaintextOnTLSPort, .high)])
            ).0
                == .drifted([.noImplicitTLS])
        )
        #expect(
            ClaimJudge.judge(claim(.imap, 993, .tls), result: result(.imaps, security: .tls, problems: [.expired])).0
                == .drifted([.certificate([.expired])])
        )
        #expect(
            ClaimJudge.judge(claim(.smtp, 587, .starttls, [.oauth2]), result: result(.submission, security: .starttls))
                .0
                == .drifted([.authMissing(.oauth2, offered: ["PLAIN", "LOGIN"])])
        )
        #expect(
            ClaimJudge.judge(
                claim(.imap, 1993, .tls),
                result: result(
                    .imaps,
                    security: nil,
                    findings: [(ProbeFinding.Code.portClosed, .info)],
                    reachable: false
                )
            ).0
                == .drifted([.portClosed])
        )
        #expect(
            ClaimJudge.judge(
                claim(.smtp, 465, .starttls),
                result: result(
                    .submission,
                    security: nil,
                    findings: [(ProbeFinding.Code.timeout, .high)],
                    greeting: nil
                )
            ).0
                == .drifted([.noGreeting])
        )
    }

    @Test func oauth2NeedsXOAUTH2OrOAUTHBEARER() {
        for mechanism in ["XOAUTH2", "OAUTHBEARER"] {
            #expect(
                ClaimJudge.judge(
                    claim(.smtp, 587, .starttls, [.oauth2]),
                    result: result(.submission, security: .starttls, auth: [mechanism])
                ).0 == .confirmed
            )
        }
    }

    @Test func networkFailuresAreNoConclusion() {
        let filtered = result(
            .imaps,
            security: nil,
            findings: [(ProbeFinding.Code.portFiltered, .medium)],
            reachable: false
        )
        #expect(ClaimJudge.judge(claim(.imap, 993, .tls), result: filtered).0 == .unreachable(.connectTimeout))
        let noRoute = result(
            .imaps,
            security: nil,
            findings: [(ProbeFinding.Code.unreachable, .high)],
            reachable: false
        )
        #expect(ClaimJudge.judge(claim(.imap, 993, .tls), result: noRoute).0 == .unreachable(.networkUnreachable))
    }

    @Test func webServices() {
        let service = ExchangeServer(kind: .ews, url: "https://mail.acme.net/EWS/Exchange.asmx")
        #expect(ClaimJudge.judge(service, result: HTTPSProbe.Result(outcome: .http(status: 401))).0 == .confirmed)
        #expect(
            ClaimJudge.judge(service, result: HTTPSProbe.Result(outcome: .http(status: 404))).0
                == .drifted([.httpNotFound(404)])
        )
        #expect(ClaimJudge.judge(service, result: HTTPSProbe.Result(outcome: .notHTTP)).0 == .drifted([.notHTTP]))
        #expect(
            ClaimJudge.judge(service, result: HTTPSProbe.Result(outcome: .failed(.refused))).0
                == .drifted([.portClosed])
        )
        #expect(
            ClaimJudge.judge(service, result: HTTPSProbe.Result(outcome: .failed(.connectTimeout))).0
                == .unreachable(.connectTimeout)
        )
    }

    @Test func driftMessagesSayWhatDiffers() {
        let subject = VerifiedClaim.Subject.server(index: 0, claim(.imap, 143, .starttls))
        #expect(Drift.noSTARTTLS.message(for: subject) == "claims STARTTLS on 143, server offers no STARTTLS")
    }
}
