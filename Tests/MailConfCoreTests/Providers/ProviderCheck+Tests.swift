import MailConfCore
import Testing

@Suite struct ProviderCheckTests {
    func server(
        host: String = "imap.mailhost.net",
        port: Int = 993,
        username: String = "%EMAILADDRESS%"
    )
        -> ServerSettings
    {
        ServerSettings(protocol: .imap, host: host, port: port, security: .tls, username: username)
    }

    func errors(_ records: [ProviderRecord], fileNames: [String]? = nil, ignored: [String] = []) -> [String] {
        ProviderCheck().check(records: records, fileNames: fileNames, ignoredMXSuffixes: ignored)
            .filter { $0.severity == .error }.map(\.message)
    }

    @Test func acceptsAGoodRecord() {
        let smtp = ServerSettings(protocol: .smtp, host: "smtp.mailhost.net", port: 465, security: .tls)
        let record = ProviderRecord(id: "mailhost.net", domains: ["mailhost.net"], servers: [server(), smtp])
        #expect(ProviderCheck().check(records: [record]).isEmpty)
    }

    @Test(arguments: [0, 65536, -1])
    func rejectsPortsOutOfRange(_ port: Int) {
        let record = ProviderRecord(id: "a", domains: ["a.com"], servers: [server(port: port)])
        #expect(errors([record]).contains { $0.contains("port \(port) is not in 1–65535") })
    }

    @Test func rejectsPlaceholdersOtherThanTheDomainInHostNames() {
        let good = ProviderRecord(id: "a", domains: ["a.com"], servers: [server(host: "mail.%EMAILDOMAIN%")])
        #expect(errors([good]).isEmpty)
        let bad = ProviderRecord(id: "b", domains: ["b.com"], servers: [server(host: "%EMAILLOCALPART%.b.com")])
        #expect(errors([bad]).contains { $0.contains("placeholder left in host name") })
        let stray = ProviderRecord(id: "c", domains: ["c.com"], servers: [server(username: "%EMAILADDRESS")])
        #expect(errors([stray]).contains { $0.contains("unknown placeholder") })
    }

    @Test func rejectsDuplicateDomainsAndSuffixesAcrossFiles() {
        let a = ProviderRecord(id: "a", domains: ["same.com"], mxSuffixes: ["mx.same.com"], servers: [server()])
        let b = ProviderRecord(id: "b", domains: ["same.com"], mxSuffixes: ["mx.same.com"], servers: [server()])
        let messages = errors([a, b])
        #expect(messages.contains { $0.contains("domain 'same.com' is also listed by a.conf") })
        #expect(messages.contains { $0.contains("mx 'mx.same.com' is also listed by a.conf") })
    }

    @Test func rejectsBadNamesAndFileNameMismatch() {
        let record = ProviderRecord(id: "Bad Id", domains: ["Exa_mple.com"], servers: [server(host: "bad host")])
        let messages = errors([record], fileNames: ["other.conf"])
        #expect(messages.contains { $0.contains("id 'Bad Id'") })
        #expect(messages.contains { $0.contains("file name must be") })
        #expect(messages.contains { $0.contains("domain 'Exa_mple.com'") })
        #expect(messages.contains { $0.contains("host name is invalid") })
    }

    @Test func rejectsUnknownVocabularyAndIgnoredSuffixes() {
        var bad = server()
        bad.auth = ["kerberos5"]
        let record = ProviderRecord(
            id: "a",
            domains: ["a.com"],
            mxSuffixes: ["mimecast.com"],
            notes: ["call-us"],
            servers: [bad]
        )
        let messages = errors([record], ignored: ["mimecast.com"])
        #expect(messages.contains { $0.contains("unknown auth method 'kerberos5'") })
        #expect(messages.contains { $0.contains("unknown note 'call-us'") })
        #expect(messages.contains { $0.contains("mx-ignore list") })
    }

    func rules(_ records: [ProviderRecord], _ options: ProviderCheck.Options = .init()) -> [ProviderCheck.Issue.Rule] {
        ProviderCheck(options: options).check(records: records).filter { $0.severity == .error }.map(\.rule)
    }

    static let reservedCases: [ProviderRecord] = [
        ProviderRecord(id: "a", domains: ["example.org"]),
        ProviderRecord(id: "b", domains: ["mail.example"]),
        ProviderRecord(id: "c", domains: ["shop.test"]),
        ProviderRecord(id: "d", domains: ["x.invalid"]),
        ProviderRecord(id: "e", domains: ["real.net"], mxSuffixes: ["mx.localhost"]),
        ProviderRecord(
            id: "f",
            domains: ["real.net"],
            servers: [ServerSettings(protocol: .imap, host: "abcdefgh.onion", port: 143, security: .plain)]
        ),
        ProviderRecord(
            id: "g",
            domains: ["real.net"],
            servers: [ServerSettings(protocol: .smtp, host: "relay.home.arpa", port: 25, security: .plain)]
        ),
        ProviderRecord(id: "h", domains: ["real.net"], domainLabels: ["localhost"]),
    ]

    @Test(arguments: reservedCases)
    func refusesReservedAndSpecialUseNames(_ record: ProviderRecord) {
        #expect(rules([record]).contains(.reservedName), "\(record.id)")
        #expect(!rules([record], .init(allowReservedNames: true)).contains(.reservedName))
    }

    @Test func reservedNamesAreWholeLabels() {
        #expect(ReservedNames.reason(for: "notexample.com") == nil)
        #expect(ReservedNames.reason(for: "testing.net") == nil)
        #expect(ReservedNames.reason(for: "mail.EXAMPLE.net.") == .documentation)
        #expect(ReservedNames.reason(for: "*.local") == .specialUse)
    }

    @Test(arguments: [ProviderNote.appPassword, .enableIMAP, .adminMustEnable])
    func aNoteThatRequiresPreparationNeedsThatStatus(_ note: ProviderNote) {
        let server = server()
        let ok = ProviderRecord(id: "any", status: .ok, domains: ["any.net"], notes: [note], servers: [server])
        #expect(rules([ok]).contains(.status))
        for status in [ProviderStatus.preparation, .broken] {
            var fine = ok
            fine.status = status
            #expect(!rules([fine]).contains(.status))
        }
        let harmless = ProviderRecord(id: "any", domains: ["any.net"], notes: [.oauth2Only], servers: [server])
        #expect(!rules([harmless]).contains(.status))
    }

    @Test func curatedFactsNeedSourcesAndCitationsNeedURLs() throws {
        var cited = server()
        cited.provenance = Provenance(
            sources: [.citation("https://mailhost.net/help")],
            checks: [try FactCheck(parsing: "2026-12-04 help-page")]
        )
        let good = ProviderRecord(
            id: "good",
            sources: [.citation("https://mailhost.net/help")],
            domains: ["mailhost.net"],
            notes: [.oauth2Only],
            noteProvenance: [.oauth2Only: Provenance(sources: ["deltachat 2024-11-22 good.md"])],
            servers: [cited]
        )
        #expect(rules([good], .init(curated: true)).isEmpty)
        var uncitedFile = good
        uncitedFile.sources = []
        #expect(rules([uncitedFile], .init(curated: true)).contains(.provenance))
        var uncitedServer = good
        uncitedServer.servers[0].provenance = nil
        #expect(rules([uncitedServer], .init(curated: true)).contains(.provenance))
        #expect(!rules([uncitedServer]).contains(.provenance), "only curated files need a source per fact")
        var uncitedNote = good
        uncitedNote.noteProvenance = [:]
        #expect(rules([uncitedNote], .init(curated: true)).contains(.provenance))
        var bare = good
        bare.sources = ["mailconf (MX suffix)"]
        #expect(rules([bare]).contains(.provenance), "a curated source without its help page's URL")
        var pageless = good
        pageless.sources = ["ispdb 2026-03-12 good.xml"]
        pageless.servers[0].provenance = Provenance(checks: [try FactCheck(parsing: "2026-12-04 help-page")])
        #expect(rules([pageless]).contains(.provenance), "a help-page check without a cited page")
    }

    @Test func domainLabelsAreSingleLabelsOwnedOnce() {
        let bad = ProviderRecord(id: "a", domainLabels: ["two.labels"])
        #expect(rules([bad]).contains(.format))
        let first = ProviderRecord(id: "a", domainLabels: ["acme"])
        let second = ProviderRecord(id: "b", domainLabels: ["acme"])
        #expect(errors([first, second]).contains { $0.contains("domain-label 'acme' is also listed by a.conf") })
        #expect(rules([first]).isEmpty)
    }

    @Test func singleLabelDomainsAreErrors() {
        #expect(rules([ProviderRecord(id: "mesh", domains: ["yggmail"])]).contains(.format))
    }
}
