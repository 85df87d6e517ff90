import Foundation
import MailConfCore
import Testing

/// The plain-words answers of `probe`, from probe results built by hand for each case.
struct ProbeAnswersTests {
    func result(
        _ service: MailService,
        security: TransportSecurity? = nil,
        auth: [String] = ["PLAIN", "LOGIN"],
        capabilities: [String] = [],
        findings: [(ProbeFinding.Severity, String)] = []
    ) -> ProbeResult {
        var result = ProbeResult(service: service, host: "mail.example.com")
        result.reachable = true
        result.security = security ?? service.expectedSecurity
        result.authAfterTLS = auth
        result.capabilitiesAfterTLS = capabilities
        for (severity, code) in findings { result.add(severity, code, code) }
        return result
    }

    func answer(_ report: ProbeReport, _ question: String) -> PlainAnswer? {
        report.plainAnswers.first { $0.question == question }
    }

    @Test func aHealthySubmissionPortAnswersYesToAll() throws {
        let report = ProbeReport(
            host: "mail.example.com",
            services: [result(.submission, capabilities: ["PIPELINING", "DSN", "AUTH PLAIN LOGIN"])]
        )
        let send = try #require(answer(report, "send"))
        #expect(send.verdict == .yes && send.text(.en).contains("PLAIN, LOGIN"))
        #expect(send.question(.en) == "Can I send through this server on 587 with my password?")
        #expect(answer(report, "dsn")?.verdict == .yes)
        #expect(answer(report, "transit")?.verdict == .yes)
        #expect(report.text(language: .tr).contains("Bu sunucu üzerinden 587 numaralı portta parolamla"))
    }

    @Test func eachReasonForNoIsToldApart() throws {
        var closed = ProbeResult(service: .submission, host: "h")
        closed.add(.info, ProbeFinding.Code.portClosed, "closed")
        #expect(answer(ProbeReport(host: "h", services: [closed]), "send")?.key == "probe.send.unreachable")
        #expect(answer(ProbeReport(host: "h", services: [closed]), "dsn")?.verdict == .unknown)

        let broken = result(.submission, findings: [(.high, ProbeFinding.Code.starttlsFailed)])
        #expect(answer(ProbeReport(host: "h", services: [broken]), "send")?.key == "probe.send.notls")

        let noPassword = result(.submissions, auth: ["XOAUTH2", "OAUTHBEARER"])
        let answered = try #require(answer(ProbeReport(host: "h", services: [noPassword]), "send"))
        #expect(answered.verdict == .no && answered.text(.en).contains("XOAUTH2 OAUTHBEARER"))
        #expect(answer(ProbeReport(host: "h", services: [noPassword]), "dsn")?.verdict == .no)
    }

    @Test func passwordsBeforeTLSOrInTheClearAreReported() {
        let early = result(.imap, findings: [(.high, ProbeFinding.Code.plaintextAuthBeforeTLS)])
        let transit = answer(ProbeReport(host: "h", services: [result(.imaps), early]), "transit")
        #expect(transit?.verdict == .partly && transit?.text(.en).contains("imap:143") == true)

        let clear = result(.pop3, security: .plain)
        let none = answer(ProbeReport(host: "h", services: [clear]), "transit")
        #expect(none?.verdict == .no && none?.key == "probe.transit.none")
        #expect(answer(ProbeReport(host: "h", services: []), "transit") == nil)
    }

    @Test func theDetailsInsideAnAnswerAreTranslatedToo() throws {
        var expired = result(.submissions)
        let leaf = CertificateSummary(
            subject: "mail.example.com",
            issuer: "Example CA",
            sans: ["mail.example.com"],
            notBefore: Date(timeIntervalSince1970: 0),
            notAfter: Date(timeIntervalSince1970: 1)
        )
        expired.tls = TLSReport(
            certificate: CertificateReport(leaf: leaf, checkedName: "mail.example.com", problems: [.expired])
        )
        let partly = try #require(answer(ProbeReport(host: "h", services: [expired]), "send"))
        #expect(partly.verdict == .partly)
        #expect(partly.text(.en).contains("(it has expired)"))
        #expect(partly.text(.tr).contains("(süresi dolmuş)") && !partly.text(.tr).contains("expired"))

        let nothing = try #require(answer(ProbeReport(host: "h", services: [result(.submission, auth: [])]), "send"))
        #expect(nothing.verdict == .no && nothing.text(.en).contains("(none)"))
        #expect(nothing.text(.tr).contains("(yok)") && !nothing.text(.tr).contains("none"))
    }

    @Test func onlyPort25IsAskedAboutWhenNothingElseWasProbed() {
        let relay = result(.smtp, capabilities: ["DSN"])
        let answers = ProbeReport(host: "h", services: [relay, result(.submission)]).plainAnswers
        #expect(answers.filter { $0.question == "send" }.count == 1)
        #expect(ProbeReport(host: "h", services: [relay]).plainAnswers.first?.arguments["port"] == "25")
    }
}

/// Findings keep their English detail and gain a sentence in the reader's language.
struct ProbeFindingLanguageTests {
    static let codes: [String] = {
        typealias C = ProbeFinding.Code
        return [
            C.portClosed, C.portFiltered, C.unreachable, C.resolveFailed, C.timeout, C.connectionClosed,
            C.plaintextAuthBeforeTLS, C.starttlsNotOffered, C.starttlsFailed, C.starttlsInjection,
            C.plaintextOnTLSPort, C.tlsHandshakeFailed, C.certificate, C.loginDisabledAbsent, C.preauth,
            C.smtpRejected, C.greetingRejected, C.obsoleteTLS, C.lineTooLong, C.replyTooLarge, C.protocolError,
            C.noAuthAfterTLS, C.heloFallback, C.forbiddenTarget,
        ]
    }()

    @Test(arguments: codes)
    func everyCodeHasASentenceInBothLanguages(code: String) {
        for language in Language.allCases {
            #expect(Catalogue.bundled.tables[language]?["finding." + code] != nil, "\(language): finding.\(code)")
        }
        let finding = ProbeFinding(.high, code, "mail.example.com:587: detail 2026-03-01")
        #expect(finding.localizedMessage(.en) == "mail.example.com:587: detail 2026-03-01")
        let turkish = finding.localizedMessage(.tr)
        #expect(turkish.hasSuffix(" — mail.example.com:587: detail 2026-03-01") && turkish.count > 50)
    }
}
