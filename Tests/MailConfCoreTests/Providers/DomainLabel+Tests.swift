import MailConfCore
import Testing

/// The safe form of the data sets' domain patterns: a label followed by any public suffix, whole labels only.
@Suite struct DomainLabelTests {
    /// A stand-in for the Public Suffix List's ICANN section (MailConfNet's `PublicSuffix.isICANNSuffix` is tested
    /// against libpsl in MailConfNetTests).
    static let suffixes: Set<String> = ["com", "net", "com.tr", "co.uk", "in", "co.jp", "de"]
    let database = InMemoryProviderDatabase(
        records: [
            ProviderRecord(id: "acme", domains: ["acme.com"], domainLabels: ["acme"]),
            ProviderRecord(id: "acme-japan", domains: ["acme.co.jp"]),
            ProviderRecord(id: "other", domains: ["*.acme.de"]),
        ],
        isPublicSuffix: { suffixes.contains($0) }
    )

    @Test(arguments: ["acme.com.tr", "acme.in", "ACME.co.uk", "acme.net."])
    func aLabelMatchesItselfFollowedByAnyPublicSuffix(_ domain: String) {
        #expect(database.provider(forDomain: domain)?.id == "acme")
    }

    @Test(arguments: ["mail.acme.com.tr", "acmex.com", "xacme.com", "acme.example.com", "acme.unknowntld", "acme"])
    func neverASubdomainASubstringOrANonSuffix(_ domain: String) {
        #expect(database.provider(forDomain: domain) == nil, "\(domain)")
    }

    @Test func listedDomainsAndWildcardsWinOverLabels() {
        #expect(database.provider(forDomain: "acme.co.jp")?.id == "acme-japan")
        #expect(database.provider(forDomain: "shop.acme.de")?.id == "other")
    }

    @Test func withoutPublicSuffixKnowledgeLabelsNeverMatch() {
        let plain = InMemoryProviderDatabase(records: [ProviderRecord(id: "acme", domainLabels: ["acme"])])
        #expect(plain.provider(forDomain: "acme.com") == nil)
    }

    @Test func labelExtraction() {
        #expect(DomainLabel.label(of: "acme.com.tr", isPublicSuffix: { Self.suffixes.contains($0) }) == "acme")
        #expect(DomainLabel.label(of: "a.b.com", isPublicSuffix: { Self.suffixes.contains($0) }) == nil)
    }
}
