import Foundation
import MailConfCore
import Testing

@testable import MailConfImport

/// The general rules behind the errors of issue 16, each tested on made-up entries (the named providers are
/// tested on the real data sets in MailConfProvidersTests).
@Suite struct ImportRuleTests {
    func imap(
        _ host: String,
        auth: [AuthMethod] = [.passwordCleartext],
        username: String = "%EMAILADDRESS%"
    )
        -> ServerSettings
    {
        ServerSettings(protocol: .imap, host: host, port: 993, security: .tls, auth: auth, username: username)
    }

    func smtp(_ host: String) -> ServerSettings {
        ServerSettings(protocol: .smtp, host: host, port: 465, security: .tls)
    }

    func temporaryDirectory(_ files: [String: String]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: directory.appendingPathComponent(name)) }
        return directory
    }

    // MARK: keyword extraction → structure

    static let hints = [
        "You need to create an app password first.", "Enabling IMAP is required.",
        "Необходимо сгенерировать пароль для внешнего приложения.", "Bitte IMAP aktivieren.",
        "App passwords do NOT work here.",
    ]

    @Test(arguments: hints)
    func deltaChatHintsNeverDecideNotesButTheStatusIsKept(_ hint: String) throws {
        let directory = try temporaryDirectory([
            "somewhere.md": """
            ---
            status: PREPARATION
            domains:
              - somewhere.net
            server:
              - type: imap
                socket: SSL
                hostname: imap.somewhere.net
            before_login_hint: "\(hint)"
            last_checked: 2021-08-15
            ---
            """
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let batch = try DeltaChatImporter(date: FactDate(parsing: "2024-11-22")).read(directory: directory)
        let record = try #require(batch.entries.first?.record)
        #expect(record.notes.isEmpty)
        #expect(record.status == .preparation)
        #expect(batch.entries.first?.statesStatus == true)
        // A full date in last_checked is loaded by YAML as a timestamp: still read.
        #expect(record.servers.first?.provenance?.checks.first?.date.description == "2021-08-15")
        #expect(record.servers.first?.provenance?.sources.first?.description == "deltachat 2024-11-22 somewhere.md")
    }

    @Test func aBrokenEntryWithoutServersHasNoDirectAccess() throws {
        let directory = try temporaryDirectory([
            "closed.md": "---\nstatus: BROKEN\ndomains:\n  - closed.net\nlast_checked: 2020-06\n---\n"
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let record = try #require(try DeltaChatImporter().read(directory: directory).entries.first?.record)
        #expect(record.notes == [.noIMAPAccess])
        #expect(record.noteProvenance[.noIMAPAccess]?.checks.first?.date.description == "2020-06")
    }

    static let enableLevels = [
        """
        <clientConfig version="1.1"><emailProvider id="a"><domain>nested.net</domain>
        <incomingServer type="imap"><hostname>imap.nested.net</hostname><port>993</port><socketType>SSL</socketType>
        <username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></incomingServer>
        <enable visiturl="https://nested.net/settings"><instruction>Switch it on</instruction></enable>
        </emailProvider></clientConfig>
        """,
        """
        <clientConfig version="1.1"><emailProvider id="a"><domain>nested.net</domain>
        <incomingServer type="imap"><hostname>imap.nested.net</hostname><port>993</port><socketType>SSL</socketType>
        <username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></incomingServer>
        </emailProvider><enable visiturl="https://nested.net/settings"/></clientConfig>
        """,
    ]

    @Test(arguments: enableLevels)
    func anISPDBEnableElementAtEitherLevelMeansEnableIMAPAndPreparation(_ xml: String) throws {
        let read = ISPDBImporter(date: FactDate(parsing: "2026-03-12")).entry(
            name: "nested.net.xml",
            data: Data(xml.utf8)
        )
        let record = try #require(read.entry?.record)
        #expect(record.notes == [.enableIMAP])
        #expect(record.noteProvenance[.enableIMAP]?.sources.first?.description == "ispdb 2026-03-12 nested.net.xml")
        let merged = ProviderMerger().merge([try #require(read.entry)]).providers[0]
        #expect(merged.status == .preparation, "the status rule follows the note")
    }

    // MARK: status rule

    @Test func aCuratedOverlayWithoutAStatusLineLeavesTheStatusAlone() throws {
        let overlay = try ProviderFileParser().parseFile("id = q\nsource = deltachat q.md\nmx = mx.q.net")
        let entries = [
            ImportEntry(
                source: .curated,
                key: "q",
                record: overlay.record,
                statesStatus: overlay.statesStatus,
                notesAreExact: overlay.notesAreExact
            ),
            ImportEntry(
                source: .deltachat,
                key: "q.md",
                record: ProviderRecord(
                    id: "q",
                    status: .preparation,
                    sources: ["deltachat 2024-11-22 q.md"],
                    domains: ["q.net"]
                ),
                statesStatus: true
            ),
        ]
        #expect(ProviderMerger().merge(entries).providers[0].status == .preparation)
    }

    @Test(arguments: [ProviderNote.appPassword, .enableIMAP, .adminMustEnable])
    func notesThatRequireActionRaiseAnOKStatus(_ note: ProviderNote) {
        let entries = [
            ImportEntry(
                source: .deltachat,
                key: "r.md",
                record: ProviderRecord(id: "r", status: .ok, domains: ["r.net"]),
                statesStatus: true
            ),
            ImportEntry(
                source: .k9,
                key: "r.net",
                record: ProviderRecord(id: "r.net", domains: ["r.net"], notes: [note])
            ),
        ]
        #expect(ProviderMerger().merge(entries).providers[0].status == .preparation)
    }

    // MARK: curated note lists

    @Test func anExactCuratedNoteListDropsMergedNotesAndReportsThem() {
        let entries = [
            ImportEntry(
                source: .curated,
                key: "s",
                record: ProviderRecord(
                    id: "s",
                    status: .preparation,
                    sources: ["deltachat s.md"],
                    domains: ["s.net"],
                    notes: [.oauth2Only],
                    noteProvenance: [.oauth2Only: Provenance(sources: [.citation("https://s.net/help")])]
                ),
                statesStatus: true,
                notesAreExact: true
            ),
            ImportEntry(
                source: .deltachat,
                key: "s.md",
                record: ProviderRecord(
                    id: "s",
                    sources: ["deltachat s.md"],
                    domains: ["s.net"],
                    notes: [.appPassword, .oauth2Only]
                )
            ),
        ]
        let result = ProviderMerger().merge(entries)
        #expect(result.providers[0].notes == [.oauth2Only])
        #expect(result.conflicts.contains { $0.message == "note app-password dropped: the curated note list is exact" })
        // Without `notes = exact`, notes are merged by union.
        var merging = entries
        merging[0].notesAreExact = false
        #expect(ProviderMerger().merge(merging).providers[0].notes == [.oauth2Only, .appPassword])
    }

    // MARK: server-template merge

    @Test func sharingAServerTemplateNeverMergesProviders() {
        let template = [imap("mail.%EMAILDOMAIN%"), smtp("mail.%EMAILDOMAIN%")]
        let entries = [
            ImportEntry(
                source: .ispdb,
                key: "first.xml",
                record: ProviderRecord(id: "first", domains: ["first.net"], servers: template)
            ),
            ImportEntry(
                source: .mailcore2,
                key: "hoster",
                record: ProviderRecord(id: "hoster", mxSuffixes: ["mx.hoster.example"], servers: template)
            ),
            ImportEntry(
                source: .k9,
                key: "third.org",
                record: ProviderRecord(id: "third.org", domains: ["third.org"], servers: template)
            ),
        ]
        let result = ProviderMerger().merge(entries)
        #expect(result.providers.map(\.id) == ["first", "hoster", "third.org"])
        let database = InMemoryProviderDatabase(records: result.providers)
        guard case .provider(let owner, _) = database.provider(forMXHost: "a.mx.hoster.example") else {
            Issue.record("the hoster's MX matched nothing")
            return
        }
        #expect(owner.id == "hoster")
    }

    // MARK: conflict report

    @Test func theConflictReportShowsUserNameAndAuthDifferences() {
        let entries = [
            ImportEntry(
                source: .ispdb,
                key: "u.xml",
                record: ProviderRecord(id: "u", domains: ["u.net"], servers: [imap("imap.u.net", auth: [.oauth2])])
            ),
            ImportEntry(
                source: .curated,
                key: "u-curated",
                record: ProviderRecord(
                    id: "u",
                    sources: ["ispdb u.xml"],
                    servers: [imap("imap.u.net", auth: [.oauth2, .passwordCleartext], username: "%EMAILLOCALPART%")]
                )
            ),
            ImportEntry(
                source: .deltachat,
                key: "u.md",
                record: ProviderRecord(id: "u", domains: ["u.net"], servers: [imap("imap.u.net")])
            ),
        ]
        let messages = ProviderMerger().merge(entries).conflicts.map(\.message)
        #expect(messages.contains("says username %EMAILADDRESS% for imap imap.u.net:993 tls; kept %EMAILLOCALPART%"))
        #expect(messages.contains("says auth oauth2 for imap imap.u.net:993 tls; kept oauth2 password-cleartext"))
        // Delta Chat states no auth methods, so its default is no claim and no conflict.
        #expect(!messages.contains { $0.hasPrefix("says auth password-cleartext") })
    }

    @Test func agreeingSourcesAreAllRecorded() {
        var a = imap("imap.v.net")
        a.provenance = Provenance(sources: ["ispdb 2026-03-12 v.xml"])
        var b = imap("imap.v.net")
        b.provenance = Provenance(
            sources: ["deltachat 2024-11-22 v.md"],
            checks: [FactCheck(date: FactDate(year: 2023, month: 1)!, method: .source, note: "deltachat")]
        )
        let entries = [
            ImportEntry(
                source: .ispdb,
                key: "v.xml",
                record: ProviderRecord(id: "v", domains: ["v.net"], servers: [a])
            ),
            ImportEntry(
                source: .deltachat,
                key: "v.md",
                record: ProviderRecord(id: "v", domains: ["v.net"], servers: [b])
            ),
        ]
        let server = ProviderMerger().merge(entries).providers[0].servers[0]
        #expect(server.provenance?.sources.map(\.dataSet) == ["ispdb", "deltachat"])
        #expect(server.provenance?.newestCheck?.date.description == "2023-01")
    }

    // MARK: test entries

    static let testEntries: [ProviderRecord] = [
        ProviderRecord(
            id: "t1",
            domains: ["example.org", "example.net"],
            servers: [ServerSettings(protocol: .imap, host: "imap.example.org", port: 1337, security: .tls)]
        ),
        ProviderRecord(id: "t2", domains: ["shop.test"]),
        ProviderRecord(
            id: "t3",
            domains: ["meshmail"],
            servers: [ServerSettings(protocol: .imap, host: "localhost", port: 1143, security: .plain)]
        ),
    ]

    @Test(arguments: testEntries)
    func testEntriesNeverShip(_ record: ProviderRecord) {
        let outcome = ShippableNames.filter(ImportEntry(source: .deltachat, key: record.id, record: record))
        #expect(outcome.entry == nil)
        #expect(Set(outcome.droppedDomains) == Set(record.domains))
        #expect(!outcome.skipped.isEmpty)
    }

    @Test func specialUseHostsLeaveButTheRealDomainStays() throws {
        let record = ProviderRecord(
            id: "hidden",
            domains: ["hidden.net"],
            servers: [
                ServerSettings(protocol: .imap, host: "abcdefghijklmnop.onion", port: 143, security: .plain),
                ServerSettings(protocol: .smtp, host: "mail.%EMAILDOMAIN%", port: 587, security: .starttls),
            ]
        )
        let outcome = ShippableNames.filter(ImportEntry(source: .deltachat, key: "hidden.md", record: record))
        let kept = try #require(outcome.entry)
        #expect(kept.record.domains == ["hidden.net"])
        #expect(kept.record.servers.map(\.host) == ["mail.%EMAILDOMAIN%"])
    }

    // MARK: patterns

    @Test(arguments: [("acme\\..*", "acme"), ("^web-mail\\..*$", "web-mail")])
    func labelPatternsBecomeDomainLabels(_ pattern: String, _ label: String) {
        #expect(MailCore2Importer.labelPattern(pattern) == label)
    }

    @Test(arguments: [".*\\.acme\\.com", "acme.*", "ac.me\\..*", "acme\\.co.*", "(a|b)\\..*"])
    func otherPatternsAreNotLabels(_ pattern: String) {
        #expect(MailCore2Importer.labelPattern(pattern) == nil)
    }

    @Test func aLabelWhoseExclusionNoOtherProviderListsIsDropped() {
        func entries(withOwner: Bool) -> [ImportEntry] {
            var list = [
                ImportEntry(
                    source: .mailcore2,
                    key: "acme",
                    record: ProviderRecord(id: "acme", domains: ["acme.com"], domainLabels: ["acme"]),
                    excludedDomains: ["acme.co.jp"]
                )
            ]
            if withOwner {
                list.insert(
                    ImportEntry(
                        source: .ispdb,
                        key: "acme.co.jp.xml",
                        record: ProviderRecord(id: "acme.co.jp", domains: ["acme.co.jp"])
                    ),
                    at: 0
                )
            }
            return list
        }
        let kept = ProviderMerger().merge(entries(withOwner: true))
        #expect(kept.providers.first { $0.id == "acme" }?.domainLabels == ["acme"])
        let dropped = ProviderMerger().merge(entries(withOwner: false))
        #expect(dropped.providers[0].domainLabels.isEmpty)
        #expect(dropped.conflicts.contains { $0.entry == "domain label acme" })
    }

    // MARK: provenance and dates

    @Test func theManifestGivesEachDataSetItsDate() throws {
        let directory = try temporaryDirectory([
            "SOURCES.md": """
            | folder / file | what | version |
            |---|---|---|
            | `ispdb/` | x | thunderbird/autoconfig, commit c6ad796, 2026-03-12 |
            | `deltachat/` | x | deltachat/provider-db, 2024-11-22 |
            | `mailcore2-providers.json` | x | MailCore/mailcore2, 2020-07-16 |
            | `k9-providers.xml` | x | thunderbird-android, removed 2023-10-11 |
            """
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let dates = ProviderImport.manifestDates(in: directory)
        #expect(dates[.ispdb]?.description == "2026-03-12")
        #expect(dates[.deltachat]?.description == "2024-11-22")
        #expect(dates[.mailcore2]?.description == "2020-07-16")
        #expect(dates[.k9]?.description == "2023-10-11")
    }
}
