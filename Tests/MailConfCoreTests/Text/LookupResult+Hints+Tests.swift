import MailConfCore
import Testing

/// What the user is told when a lookup found nothing, or found only one direction.
@Suite struct LookupHintTests {
    let address = (try? EmailAddress(parsing: "ayse@example.test")) ?? .postmaster(of: "example.test")

    func result(_ sources: [SourceAttempt], servers: [ServerSettings] = []) -> LookupResult {
        var config = AccountConfig()
        config.incoming = servers.filter { $0.protocol.isIncoming }
        config.outgoing = servers.filter { !$0.protocol.isIncoming }
        return LookupResult(address: address, config: config, sources: sources)
    }

    func attempt(_ kind: SourceKind, _ outcome: SourceAttempt.Outcome, _ detail: String) -> SourceAttempt {
        SourceAttempt(kind: kind, query: "q", outcome: outcome, milliseconds: 1, detail: detail)
    }

    @Test func aDNSOutageIsNotASpellingMistake() {
        let hint = result([
            attempt(.mx, .timeout, "no DNS server answered for example.test MX in time"),
            attempt(.srv, .error(.dns(.error)), "the DNS server is not reachable (connection refused)"),
        ]).hint(.en)
        #expect(hint.contains("DNS gave no answer for example.test (no DNS server answered"), "\(hint)")
        #expect(!hint.contains("spelling"))
        #expect(result([attempt(.mx, .timeout, "t"), attempt(.srv, .timeout, "t")]).hint(.tr).contains("DNS yanıt"))
    }

    @Test func aDomainThatDoesNotExistIsASpellingQuestion() {
        let hint = result([
            attempt(.mx, .miss(.noSuchDomain), "example.test does not exist (NXDOMAIN)"),
            attempt(.srv, .miss(.noSuchDomain), "_submissions._tcp.example.test does not exist (NXDOMAIN)"),
        ]).hint(.en)
        #expect(hint == "example.test does not exist in DNS; check the spelling of the domain")
    }

    @Test func servicesDeclaredUnavailableAreSaidSo() {
        let hint = result([
            attempt(.mx, .miss(.noRecords), "example.test has no MX record"),
            attempt(
                .srv,
                .miss(.declaredUnavailable(services: ["_imaps._tcp"])),
                "_imaps._tcp: explicitly unavailable"
            ),
        ]).hint(.en)
        #expect(hint.contains("declares in DNS that it offers no mail access"), "\(hint)")
    }

    /// Hints follow the typed outcome, never the words of a detail: a detail that merely mentions NXDOMAIN or an
    /// unavailable service (a host name can hold any word) changes nothing.
    @Test func hintsReadTheOutcomeNotTheDetail() {
        let misleading = result([
            attempt(.mx, .miss(.noRecords), "MX of nxdomain-mail.example (NXDOMAIN) has no record"),
            attempt(.srv, .miss(.noRecords), "explicitly unavailable.example has no SRV record"),
        ]).hint(.en)
        #expect(misleading == Catalogue.bundled.text("lookup.hint.none", .en, ["domain": "example.test"]))
        let silent = result([attempt(.mx, .miss(.noSuchDomain), ""), attempt(.srv, .miss(.noRecords), "")]).hint(.en)
        #expect(silent == "example.test does not exist in DNS; check the spelling of the domain")
    }

    @Test func aMissingOutgoingServerIsNamedInTextAndGuides() throws {
        var imap = ServerSettings(protocol: .imap, host: "imap.example.test", port: 993, security: .tls)
        imap.verification = Verification(status: .verified)
        var smtp = ServerSettings(protocol: .smtp, host: "smtp.example.test", port: 587, security: .starttls)
        smtp.verification = Verification(status: .failed, detail: "STARTTLS failed: certificate expired")
        let found = result([], servers: [imap, smtp])
        #expect(found.found)
        #expect(
            found.gaps(.en) == [
                "no working outgoing (SMTP) server was found for example.test: with these settings you can read mail "
                    + "but not send it; ask the provider for its SMTP host name"
            ]
        )
        let text = found.text(language: .en)
        #expect(text.contains("smtp.example.test:587 failed its live check: STARTTLS failed: certificate expired"))
        #expect(text.contains("no working outgoing (SMTP) server"))
        #expect(found.text(language: .tr).contains("çalışan bir giden posta (SMTP) sunucusu bulunamadı"))

        let thunderbird = try #require(ClientProfile.named("thunderbird", in: try ClientProfile.bundled()))
        let guide = ClientGuide(profile: thunderbird, config: found.config, address: address, language: .en)
        #expect(guide.warnings.contains { $0.hasPrefix("no working outgoing (SMTP) server") }, "\(guide.warnings)")

        #expect(result([], servers: [imap]).gaps(.en).count == 1, "no outgoing server at all")
        var working = smtp
        working.verification = Verification(status: .verified)
        #expect(result([], servers: [imap, working]).gaps(.en).isEmpty)
    }
}
