import Foundation
import MailConfCore
import MailConfTesting
import Testing

/// Every client's guide, in both languages, for each representative configuration, compared with the reviewed
/// text in `Golden/CLIENT.CONFIG.LANG.txt`. `MAILCONF_UPDATE_GOLDEN=1 swift test --filter ClientGuideGolden`
/// rewrites them; review the diff against the clients' documented labels before committing.
struct ClientGuideGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let profiles = (try? ClientProfile.bundled()) ?? []
    static let cases: [(String, String, Language)] = profiles.flatMap { profile in
        GuideFixtures.all.flatMap { name, _ in Language.allCases.map { (profile.id, name, $0) } }
    }

    @Test func everyClientTheIssueNamesIsThere() {
        let ids = Set(Self.profiles.map(\.id))
        for name in ["thunderbird", "outlook", "apple-mail", "kmail", "evolution", "claws-mail", "gmail-app", "eudora"]
        {
            #expect(ids.contains(name), "\(name)")
        }
        for alias in ["sylpheed", "android-generic", "ios"] {
            #expect(ClientProfile.named(alias, in: Self.profiles) != nil, "\(alias)")
        }
    }

    @Test(arguments: cases)
    func guideMatchesItsGoldenText(client: String, config name: String, language: Language) throws {
        let profile = try #require(ClientProfile.named(client, in: Self.profiles))
        let fixture = try #require(GuideFixtures.all.first { $0.0 == name }?.1)
        let address = try #require(fixture.address)
        let guide = ClientGuide(profile: profile, config: fixture.config, address: address, language: language)
        let text = guide.text(address: address)
        let file = Self.folder.appendingPathComponent("\(client).\(name).\(language.rawValue).txt")
        if ProcessInfo.processInfo.environment["MAILCONF_UPDATE_GOLDEN"] == "1" {
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOf: file, encoding: .utf8)
        #expect(text == golden, "\(file.lastPathComponent) differs; rerun with MAILCONF_UPDATE_GOLDEN=1 and review")
        // Whatever the client, the servers' facts appear verbatim and no text key shows through.
        let incoming = try #require(fixture.config.incoming.first)
        let outgoing = try #require(fixture.config.outgoing.first)
        if profile.supports(incoming.protocol) {
            #expect(text.contains(incoming.host) && text.contains(String(incoming.port)))
        }
        #expect(text.contains(outgoing.host) && text.contains(String(outgoing.port)))
        let key = #/\b(say|label|choice|heading|set|guide|explain|note)\.[a-z][a-z.-]*/#
        #expect(text.firstMatch(of: key) == nil, "a text key shows through in \(file.lastPathComponent)")
    }
}
