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
        #expect(none?.verdict == .no && none?.key == "probe.transit.none.one")
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

    /// Probing one more port never takes an answer away: port 25 keeps its answer beside submission's.
    @Test func everySMTPPortProbedIsAnswered() {
        let relay = result(.smtp, auth: [], capabilities: ["DSN"])
        let alone = ProbeReport(host: "h", services: [relay]).plainAnswers.filter { $0.question == "send" }
        #expect(alone.map { $0.arguments["port"] } == ["25"])
        let both = ProbeReport(host: "h", services: [relay, result(.submission)]).plainAnswers
        let send = both.filter { $0.question == "send" }
        #expect(send.map { $0.arguments["port"] } == ["25", "587"])
        #expect(send.first?.key == alone.first?.key, "port 25's answer is the same with or without 587 beside it")
    }

    /// Sentences agree with the number of services they name, in both languages.
    @Test func answersAgreeInNumber() throws {
        let one = result(.imap, findings: [(.high, ProbeFinding.Code.plaintextAuthBeforeTLS)])
        var other = result(.pop3, findings: [(.high, ProbeFinding.Code.plaintextAuthBeforeTLS)])
        other.service.port = 21110
        let single = try #require(answer(ProbeReport(host: "h", services: [one]), "transit"))
        #expect(single.text(.en).hasPrefix("imap:143 accepts a password"), "\(single.text(.en))")
        #expect(single.text(.tr).hasPrefix("imap:143 hizmeti,"), "\(single.text(.tr))")
        let plural = try #require(answer(ProbeReport(host: "h", services: [one, other]), "transit"))
        #expect(plural.text(.en).hasPrefix("imap:143, pop3:21110 accept a password"), "\(plural.text(.en))")
        #expect(plural.text(.tr).hasPrefix("imap:143, pop3:21110 hizmetleri,"), "\(plural.text(.tr))")

        let dsn = ProbeReport(
            host: "h",
            services: [result(.smtp, capabilities: ["DSN"]), result(.submission, capabilities: ["DSN"])]
        )
        #expect(answer(dsn, "dsn")?.text(.en).contains("on ports 25, 587") == true)
        #expect(answer(dsn, "dsn")?.text(.tr).contains("25, 587 numaralı portlarda") == true)
    }

    /// A server that encrypts only with TLS 1.0 or 1.1 is not "protected in transit": current clients refuse it.
    @Test func deprecatedTLSOnlyIsNotAYes() throws {
        var old = result(.submissions)
        old.tls = TLSReport(version: "TLSv1")
        old.versionChecks = [
            TLSVersionCheck(version: .tls10, outcome: .accepted, detail: ""),
            TLSVersionCheck(version: .tls11, outcome: .refused, detail: ""),
            TLSVersionCheck(version: .tls12, outcome: .refused, detail: ""),
            TLSVersionCheck(version: .tls13, outcome: .refused, detail: ""),
        ]
        let report = ProbeReport(host: "h", services: [old])
        let transit = try #require(answer(report, "transit"))
        #expect(transit.verdict == .partly && transit.key == "probe.transit.oldtls.one")
        #expect(transit.text(.en).contains("refuse to connect"))
        let send = try #require(answer(report, "send"))
        #expect(send.verdict == .no && send.key == "probe.send.oldtls" && send.text(.en).contains("TLSv1"))

        // Old versions beside a current one: a client negotiates the current one, so transit stays a yes.
        var mixed = result(.submissions)
        mixed.tls = TLSReport(version: "TLSv1.3")
        mixed.versionChecks = TLSProtocolVersion.allCases.map {
            TLSVersionCheck(version: $0, outcome: .accepted, detail: "")
        }
        #expect(answer(ProbeReport(host: "h", services: [mixed]), "transit")?.verdict == .yes)
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
            C.noAuthAfterTLS, C.heloFallback, C.forbiddenTarget, C.deprecatedTLSAccepted, C.implicitTLSOnPlainPort,
            C.tlsVersionsUndetermined,
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
