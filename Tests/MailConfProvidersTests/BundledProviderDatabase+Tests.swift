import Foundation
import MailConfCore
import MailConfImport
import MailConfProviders
import MailConfTesting
import Testing

@Suite struct BundledProviderDatabaseTests {
    let database = BundledProviderDatabase()

    @Test func compiledSourceIsNotStale() async throws {
        let expected = try await CPUBound.run {
            try BundledSourceGenerator().source(for: try ProviderDirectory(contentsOf: RepositoryPaths.providers))
        }
        let url = RepositoryPaths.root.appendingPathComponent("Sources/MailConfProviders/BundledProviderData.swift")
        let actual = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "run `swift run mailconf providers compile` after editing Providers/")
    }

    @Test func providerFilesPassTheCheck() async throws {
        let (errors, count) = try await CPUBound.run {
            let directory = try ProviderDirectory(contentsOf: RepositoryPaths.providers)
            let issues = ProviderCheck().check(
                records: directory.records,
                fileNames: directory.fileNames,
                ignoredMXSuffixes: directory.ignoredMXSuffixes
            )
            return (issues.filter { $0.severity == .error }.map(\.description), directory.records.count)
        }
        #expect(errors.isEmpty, "\(errors.joined(separator: "\n"))")
        #expect(count == database.count)
    }

    @Test func everyBundledFileParsesAndCoversTheCorpus() {
        let providers = database.allProviders()
        #expect(providers.count == database.count)
        let domains = Set(providers.flatMap(\.domains))
        // Every domain of the data sets except the four reserved or single-label ones of a test entry.
        #expect(domains.count >= 1317)
        #expect(providers.filter { !$0.mxSuffixes.isEmpty }.count >= 40)
    }

    static let domains: [(String, String, Int)] = [
        ("gmail.com", "imap.gmail.com", 993),
        ("googlemail.com", "imap.gmail.com", 993),
        ("outlook.com", "outlook.office365.com", 993),
        ("hotmail.com.tr", "outlook.office365.com", 993),
        ("yandex.com.tr", "imap.yandex.com", 993),
        ("mailbox.org", "imap.mailbox.org", 993),
        ("icloud.com", "imap.mail.me.com", 993),
        ("gmx.net", "imap.gmx.net", 993),
        ("web.de", "imap.web.de", 993),
    ]

    @Test(arguments: domains)
    func knowsMajorDomains(_ domain: String, _ host: String, _ port: Int) throws {
        let record = try #require(database.provider(forDomain: domain))
        let first = try #require(record.incoming.first)
        #expect(first.host == host)
        #expect(first.port == port)
        #expect(first.security == .tls)
    }

    @Test(arguments: ["proton.me", "protonmail.com", "pm.me", "tuta.com", "tutanota.com"])
    func marksVendorOnlyProviders(_ domain: String) throws {
        let record = try #require(database.provider(forDomain: domain))
        #expect(record.servers.isEmpty)
        #expect(record.notes.contains { $0.blocksDirectAccess })
    }

    static let mxHosts: [(String, String)] = [
        ("aspmx.l.google.com", "imap.gmail.com"),
        ("alt2.aspmx.l.google.com", "imap.gmail.com"),
        ("aspmx3.googlemail.com", "imap.gmail.com"),
        ("smtp.google.com", "imap.gmail.com"),
        ("contoso-com.mail.protection.outlook.com", "outlook.office365.com"),
        ("contoso-com.a-v1.mx.microsoft", "outlook.office365.com"),
        ("hotmail-com.olc.protection.outlook.com", "outlook.office365.com"),
        ("mx.zoho.com", "imappro.zoho.com"),
        ("mx.zoho.eu", "imappro.zoho.eu"),
        ("mx.zoho.in", "imappro.zoho.in"),
        ("mx.yandex.net", "imap.yandex.com"),
        ("mx.yandex.ru", "imap.yandex.com"),
        ("in1-smtp.messagingengine.com", "imap.fastmail.com"),
        ("mx01.mail.icloud.com", "imap.mail.me.com"),
        ("mailstore1.secureserver.net", "imap.secureserver.net"),
        ("mx1.mail.ovh.net", "ssl0.ovh.net"),
        ("mx0.mail.ovh.ca", "imap.mail.ovh.ca"),
        ("mx00.ionos.de", "imap.1und1.de"),
        ("mx00.ionos.com", "imap.ionos.com"),
        ("mx00.1and1.co.uk", "imap.ionos.co.uk"),
        ("smtpin.rzone.de", "imap.strato.de"),
        ("mx1.privateemail.com", "mail.privateemail.com"),
        ("mx1.emailsrvr.com", "secure.emailsrvr.com"),
        ("mx1.hostinger.com", "imap.hostinger.com"),
        ("mx1.titan.email", "imap.titan.email"),
        ("mailsec.protonmail.ch", ""),
    ]

    @Test(arguments: mxHosts)
    func mapsMXHostsToProviders(_ host: String, _ incoming: String) throws {
        guard case .provider(let record, _) = database.provider(forMXHost: host) else {
            Issue.record("\(host) matched no provider")
            return
        }
        let ranked = Ranking().sorted(record.incoming)
        #expect(ranked.first?.host ?? "" == incoming)
    }

    @Test(arguments: [
        "us-smtp-inbound-1.mimecast.com", "mx0a-001.pphosted.com", "eforward1.registrar-servers.com",
        "route1.mx.cloudflare.net", "mx1.improvmx.com",
    ])
    func neverMapsForwardersOrFilters(_ host: String) {
        guard case .ignored = database.provider(forMXHost: host) else {
            Issue.record("\(host) was not ignored")
            return
        }
    }

    @Test func iCloudCustomDomainsUseTheFullAddress() throws {
        guard case .provider(let record, _) = database.provider(forMXHost: "mx02.mail.icloud.com") else {
            Issue.record("no match")
            return
        }
        let address = try EmailAddress(parsing: "me@family.example")
        let config = record.accountConfig(viaMX: true).resolved(for: address)
        #expect(config.incoming.allSatisfy { $0.username == "me@family.example" })
        let direct = record.accountConfig().resolved(for: try EmailAddress(parsing: "me@icloud.com"))
        #expect(direct.incoming.first?.username == "me")
    }

    @Test func substringsNeverMatch() {
        #expect(database.provider(forMXHost: "mx.notgoogle.com") == .none)
        #expect(database.provider(forDomain: "xgmail.com") == nil)
    }
}
