import MailConfCore
import Testing

@Suite struct InMemoryProviderDatabaseTests {
    let database = InMemoryProviderDatabase(
        records: [
            ProviderRecord(id: "google", domains: ["gmail.com"], mxSuffixes: ["google.com"]),
            ProviderRecord(id: "m365", mxSuffixes: ["mail.protection.outlook.com"]),
            ProviderRecord(id: "outlook", domains: ["outlook.com"], mxSuffixes: ["olc.protection.outlook.com"]),
            ProviderRecord(id: "radio", domains: ["*.hermes.radio"]),
        ],
        ignoredMXSuffixes: ["mimecast.com", "eforward1.registrar-servers.com"]
    )

    @Test func findsByExactDomainAndWildcard() {
        #expect(database.provider(forDomain: "GMAIL.com")?.id == "google")
        #expect(database.provider(forDomain: "mail.gmail.com") == nil)
        #expect(database.provider(forDomain: "ship.hermes.radio")?.id == "radio")
        #expect(database.provider(forDomain: "hermes.radio") == nil)
    }

    static let mxCases: [(String, String?)] = [
        ("aspmx.l.google.com", "google"),
        ("ALT1.ASPMX.L.GOOGLE.COM.", "google"),
        ("google.com", "google"),
        ("notgoogle.com", nil),
        ("google.com.evil.example", nil),
        ("contoso-com.mail.protection.outlook.com", "m365"),
        ("outlook-com.olc.protection.outlook.com", "outlook"),
        ("protection.outlook.com", nil),
    ]

    @Test(arguments: mxCases)
    func matchesWholeLabelSuffixesOnly(_ host: String, _ expected: String?) {
        switch database.provider(forMXHost: host) {
        case .provider(let record, _): #expect(record.id == expected)
        case .ignored, .none: #expect(expected == nil)
        }
    }

    @Test func forwardersAreIgnored() {
        #expect(database.provider(forMXHost: "us-smtp-inbound-1.mimecast.com") == .ignored(suffix: "mimecast.com"))
        #expect(
            database.provider(forMXHost: "eforward1.registrar-servers.com")
                == .ignored(suffix: "eforward1.registrar-servers.com")
        )
        #expect(database.provider(forMXHost: "server1.registrar-servers.com") == .none)
    }

    @Test func layeredDatabasePrefersTheLocalLayer() {
        let local = InMemoryProviderDatabase(records: [ProviderRecord(id: "mine", domains: ["gmail.com"])])
        let layered = LayeredProviderDatabase(local: local, base: database)
        #expect(layered.provider(forDomain: "gmail.com")?.id == "mine")
        #expect(layered.provider(forDomain: "outlook.com")?.id == "outlook")
        #expect(layered.allProviders().map(\.id).contains("mine"))
    }
}
