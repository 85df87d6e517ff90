import Foundation
import MailConfCore
import MailConfProviders
import MailConfTesting
import Testing

/// Issue 16's list of errors, each checked on the bundled database: every one of these failed before.
@Suite struct ProviderTruthTests {
    let database = BundledProviderDatabase()

    func record(_ domain: String) throws -> ProviderRecord {
        try #require(database.provider(forDomain: domain), "\(domain) is not in the database")
    }

    @Test(arguments: ["outlook.com", "hotmail.com"])
    func outlookComHasNoAppPasswordNote(_ domain: String) throws {
        let record = try record(domain)
        #expect(!record.notes.contains(.appPassword))
        #expect(record.notes.contains(.oauth2Only))
    }

    @Test func gmailNoLongerAsksToEnableIMAP() throws {
        let record = try record("gmail.com")
        #expect(!record.notes.contains(.enableIMAP))
        #expect(record.notes.contains(.appPassword))
    }

    @Test(arguments: ["mail.ru", "inbox.ru", "vk.com"])
    func mailRuAndVKNeedAnAppPassword(_ domain: String) throws {
        let record = try record(domain)
        #expect(record.notes.contains(.appPassword))
        #expect(record.status == .preparation)
        #expect(record.noteProvenance[.appPassword]?.sources.contains { $0.dataSet == "deltachat" } == true)
    }

    @Test(arguments: ["yahoo.com", "aol.com", "t-online.de", "gmx.net", "web.de", "inbox.lv", "mail.ee", "uol.com.br"])
    func providersWhoseNotesSayActFirstArePreparation(_ domain: String) throws {
        let record = try record(domain)
        #expect(record.status == .preparation)
        #expect(record.notes.contains { $0.requiresPreparation })
    }

    @Test func everyBundledProviderFollowsTheStatusRule() {
        for record in database.allProviders() where record.notes.contains(where: \.requiresPreparation) {
            #expect(record.status != .ok, "\(record.id)")
        }
    }

    @Test func microsoft365SaysSMTPAuthIsOffByDefault() throws {
        let record = try record("onmicrosoft.com")
        #expect(record.notes.contains(.adminMustEnable))
        #expect(record.status == .preparation)
        #expect(record.exchange.map(\.kind) == [.ews, .owa, .graph])
        #expect(record.exchange.first?.url == "https://outlook.office365.com/ews/exchange.asmx")
    }

    @Test func lostServersAreBack() throws {
        let yandex = try record("yandex.com")
        #expect(yandex.incoming.contains { $0.protocol == .pop3 })
        #expect(yandex.servers.contains { $0.host == "imap.yandex.com" && $0.auth.contains(.oauth2) })
        #expect(yandex.servers.contains { $0.host == "smtp.yandex.com" && $0.auth.contains(.oauth2) })
        #expect(yandex.oauth2?.issuer == "oauth.yandex.com")
        let zoho = try record("zoho.com")
        #expect(zoho.incoming.contains { $0.host == "pop.zoho.com" && $0.port == 995 })
        let fastmail = try record("fastmail.com")
        #expect(fastmail.servers.allSatisfy { $0.auth.contains(.oauth2) })
        #expect(fastmail.oauth2?.tokenURL == "https://api.fastmail.com/oauth/refresh")
    }

    @Test(arguments: ["example.com", "example.org", "example.net"])
    func testEntriesDoNotShip(_ domain: String) {
        #expect(database.provider(forDomain: domain) == nil)
        #expect(!database.allProviders().contains { $0.servers.contains { $0.port == 1337 } })
    }

    @Test func dreamHostMXIsNotInboxLV() {
        guard case .provider(let record, _) = database.provider(forMXHost: "mx1.sub5.homie.mail.dreamhost.com") else {
            Issue.record("the DreamHost MX matched nothing")
            return
        }
        #expect(record.id == "dreamhost")
        #expect(database.provider(forDomain: "inbox.lv")?.mxSuffixes.isEmpty == true)
    }

    @Test func everyBundledFactIsSourcedAndDated() {
        for record in database.allProviders() {
            #expect(!record.sources.isEmpty, "\(record.id)")
            for server in record.servers {
                let sources = server.provenance?.sources ?? []
                #expect(!sources.isEmpty, "\(record.id) \(server.host)")
                for source in sources where !source.isCuratedCitation {
                    #expect(source.date != nil, "\(record.id) \(server.host): \(source)")
                }
            }
            for note in record.notes {
                #expect(record.noteProvenance[note]?.sources.isEmpty == false, "\(record.id) note \(note)")
            }
        }
    }

    @Test func deltaChatCheckDatesAreKept() throws {
        let record = try record("autistici.org")
        #expect(
            record.servers.first?.provenance?.checks.contains { $0.method == .source && $0.note == "deltachat" } == true
        )
    }

    /// Thunderbird's reader rules for every provider's autoconfig document, Exchange services included.
    @Test func everyAutoconfigDocumentMeetsThunderbirdsReaderRules() async throws {
        let database = self.database
        let problems = try await CPUBound.run {
            var problems: [String: [String]] = [:]
            for record in database.allProviders() where !record.servers.isEmpty {
                let domain = record.domains.first { !$0.hasPrefix("*.") } ?? "custom-domain.net"
                let address = try EmailAddress(parsing: "someone@\(domain)")
                let config = record.accountConfig().resolved(for: address)
                guard !config.incoming.isEmpty || !config.exchange.isEmpty, !config.outgoing.isEmpty else { continue }
                let violations = ThunderbirdReaderRules.violations(
                    of: ClientConfig(account: config, domain: domain).xml
                )
                if !violations.isEmpty { problems[record.id] = violations }
            }
            return problems
        }
        #expect(problems.isEmpty, "\(problems)")
    }
}
