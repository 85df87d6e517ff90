import Foundation
import MailConfCore
import Testing

@testable import MailConfImport

@Suite struct ImporterUnitTests {
    @Test(arguments: [
        ("pobox\\.com", "pobox.com"),
        ("mx\\d\\.ovh\\.net", "ovh.net"),
        (".*\\.mail\\.outlook\\.com", "mail.outlook.com"),
        ("in1.smtp.messagingengine.com", "in1.smtp.messagingengine.com"),
    ])
    func mailCore2RegexesBecomeWholeLabelSuffixes(_ pattern: String, _ suffix: String) {
        #expect(MailCore2Importer.mxSuffix(pattern) == suffix)
    }

    @Test(arguments: ["mx[0-9]*\\.hostinger\\.*", "yahoo\\..*", ".*"])
    func regexesWithoutALiteralTailAreRefused(_ pattern: String) {
        #expect(MailCore2Importer.mxSuffix(pattern) == nil)
    }

    @Test func collapsesCoveredSuffixes() {
        #expect(MailCore2Importer.collapse(["mx1.x.com", "x.com", "y.org"]) == ["x.com", "y.org"])
    }

    @Test(arguments: [
        (
            "imap+ssl+://imap.gmail.com", "$email", MailProtocol.imap, "imap.gmail.com", 993, TransportSecurity.tls,
            "%EMAILADDRESS%"
        ),
        ("smtp+tls+://smtp.x.com", "$user", .smtp, "smtp.x.com", 587, .starttls, "%EMAILLOCALPART%"),
        (
            "smtp+ssl+://SMTP.x.com:2465", "$user@$domain", .smtp, "smtp.x.com", 2465, .tls,
            "%EMAILLOCALPART%@%EMAILDOMAIN%"
        ),
        ("pop3+ssl+://pop.x.com", "$email", .pop3, "pop.x.com", 995, .tls, "%EMAILADDRESS%"),
    ])
    func k9URIs(
        _ uri: String,
        _ user: String,
        _ proto: MailProtocol,
        _ host: String,
        _ port: Int,
        _ security: TransportSecurity,
        _ username: String
    ) throws {
        let server = try #require(K9Importer.server(uri: uri, username: user))
        #expect(server.protocol == proto)
        #expect(server.host == host)
        #expect(server.port == port)
        #expect(server.security == security)
        #expect(server.username == username)
    }

    @Test func k9RefusesUnknownSchemes() {
        #expect(K9Importer.server(uri: "eas+ssl+://x.com", username: nil) == nil)
        #expect(K9Importer.server(uri: "no scheme", username: nil) == nil)
    }

    @Test func deltaChatFrontMatter() {
        #expect(DeltaChatImporter.frontMatter(of: "---\nname: x\n---\nbody") == "name: x")
        #expect(DeltaChatImporter.frontMatter(of: "no front matter") == nil)
    }

    @Test func readsDeltaChatFilesFromADirectory() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = """
            ---
            name: Example
            status: BROKEN
            domains:
              - example.net
              - Example.ORG
            server:
              - type: imap
                socket: STARTTLS
                hostname: IMAP.example.net
                port: 143
                username_pattern: EMAILLOCALPART
            before_login_hint: You need an app password.
            last_checked: 2021-07
            ---
            Text nobody imports.
            """
        try Data(text.utf8).write(to: directory.appendingPathComponent("example.net.md"))
        try Data("no yaml".utf8).write(to: directory.appendingPathComponent("broken.md"))
        let batch = try DeltaChatImporter().read(directory: directory)
        #expect(batch.entries.count == 1)
        #expect(batch.skipped.count == 1)
        let record = try #require(batch.entries.first?.record)
        #expect(record.domains == ["example.net", "example.org"])
        #expect(record.status == .broken)
        #expect(record.notes.isEmpty, "hints are prose: they never decide a note")
        #expect(record.servers.first?.provenance?.checks.first?.description == "2021-07 source deltachat")
        #expect(record.servers.first?.host == "imap.example.net")
        #expect(record.servers.first?.security == .starttls)
        #expect(record.servers.first?.username == "%EMAILLOCALPART%")
    }
}

@Suite struct ProviderMergerTests {
    func imap(_ host: String) -> ServerSettings {
        ServerSettings(protocol: .imap, host: host, port: 993, security: .tls)
    }

    func smtp(_ host: String) -> ServerSettings {
        ServerSettings(protocol: .smtp, host: host, port: 465, security: .tls)
    }

    @Test func higherPrecedenceServersWinAndConflictsAreReported() {
        let entries = [
            ImportEntry(
                source: .k9,
                key: "k",
                record: ProviderRecord(
                    id: "x.com",
                    sources: ["k9 x"],
                    domains: ["x.com", "k9only.com"],
                    servers: [imap("old.x.com")]
                )
            ),
            ImportEntry(
                source: .ispdb,
                key: "x.com.xml",
                record: ProviderRecord(
                    id: "x.com",
                    sources: ["ispdb x.com.xml"],
                    domains: ["x.com"],
                    servers: [imap("imap.x.com")]
                )
            ),
            ImportEntry(
                source: .deltachat,
                key: "x.md",
                record: ProviderRecord(
                    id: "x",
                    status: .preparation,
                    sources: ["deltachat x.md"],
                    domains: ["x.com"],
                    notes: [.appPassword]
                ),
                statesStatus: true
            ),
        ]
        let result = ProviderMerger().merge(entries)
        #expect(result.providers.count == 1)
        let record = result.providers[0]
        #expect(record.servers.map(\.host) == ["imap.x.com"])
        #expect(Set(record.domains) == ["x.com", "k9only.com"])
        #expect(record.status == .preparation)
        #expect(record.notes == [.appPassword])
        #expect(record.sources == ["ispdb x.com.xml", "deltachat x.md", "k9 x"])
        #expect(result.conflicts.contains { $0.message.contains("old.x.com") })
    }

    @Test func curatedOverlaysJoinTheEntryTheyName() {
        let entries = [
            ImportEntry(
                source: .ispdb,
                key: "strato.de.xml",
                record: ProviderRecord(
                    id: "strato.de",
                    sources: ["ispdb strato.de.xml"],
                    domains: ["strato.de"],
                    servers: [imap("imap.strato.de"), smtp("smtp.strato.de")]
                )
            ),
            ImportEntry(
                source: .curated,
                key: "strato",
                record: ProviderRecord(
                    id: "strato",
                    name: "STRATO",
                    sources: ["mailconf", "ispdb strato.de.xml"],
                    mxSuffixes: ["rzone.de"]
                ),
                statesStatus: true
            ),
        ]
        let result = ProviderMerger().merge(entries)
        #expect(result.providers.count == 1)
        #expect(result.providers[0].id == "strato")
        #expect(result.providers[0].mxSuffixes == ["rzone.de"])
        #expect(result.providers[0].domains == ["strato.de"])
        #expect(result.providers[0].servers.count == 2)
    }

    @Test func sameSourceDuplicatesStaySeparateAndDomainsAreNeverLost() {
        let entries = [
            ImportEntry(
                source: .ispdb,
                key: "a.xml",
                record: ProviderRecord(id: "a", domains: ["shared.com", "a.com"], servers: [imap("a")])
            ),
            ImportEntry(
                source: .ispdb,
                key: "b.xml",
                record: ProviderRecord(id: "b", domains: ["shared.com", "b.com"], servers: [imap("b")])
            ),
        ]
        let result = ProviderMerger().merge(entries)
        #expect(result.providers.count == 2)
        #expect(Set(result.providers.flatMap(\.domains)) == ["shared.com", "a.com", "b.com"])
        #expect(result.conflicts.count == 1)
    }

    @Test func bridgeOnlySupersedesNoAccess() {
        let entries = [
            ImportEntry(
                source: .curated,
                key: "p",
                record: ProviderRecord(id: "p", domains: ["p.me"], notes: [.bridgeOnly]),
                statesStatus: true
            ),
            ImportEntry(
                source: .deltachat,
                key: "p.md",
                record: ProviderRecord(id: "pm", domains: ["p.me"], notes: [.noIMAPAccess]),
                statesStatus: true
            ),
        ]
        #expect(ProviderMerger().merge(entries).providers[0].notes == [.bridgeOnly])
    }
}
