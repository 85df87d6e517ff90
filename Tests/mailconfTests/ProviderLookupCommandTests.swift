import Foundation
import MailConfTesting
import Testing

/// What `lookup` and `providers show` say about the database's provenance and about providers it knows without
/// servers.
@Suite(.timeLimit(.minutes(3))) struct ProviderLookupCommandTests {
    @Test(arguments: [
        ("en", "which the provider database knows without server settings"), ("tr", "sunucu ayarı olmadan tanıdığı"),
    ])
    func aProviderKnownWithoutServersSaysSoInBothLanguages(_ lang: String, _ phrase: String) async throws {
        let result = try await ProcessResult.mailconf(["lookup", "a@dismail.de", "--offline", "--lang", lang])
        #expect(result.status == 2)
        #expect(result.stderr.contains(phrase), "\(result.stderr)")
        #expect(result.stderr.contains("--offline"))
        #expect(result.stdout.contains("dismail"))
    }

    @Test func aReservedDocumentationDomainIsNamedAsSuch() async throws {
        let result = try await ProcessResult.mailconf(["lookup", "a@example.com", "--offline"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("reserved for documentation"), "\(result.stderr)")
    }

    @Test(.enabled(if: Python.isAvailable))
    func lookupJSONCarriesProvenanceAndExchangeServices() async throws {
        let result = try await ProcessResult.mailconf(["lookup", "a@office365.com", "--offline", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let script = """
            import sys, json
            d = json.load(sys.stdin)
            s = d['incoming'][0]['provenance']
            print(s['sources'][0]['dataSet'], s['checked'][-1]['method'])
            print(' '.join(e['kind'] for e in d['exchange']))
            print(' '.join(n['code'] for n in d['provider']['notes']), d['provider']['status'])
            """
        let lines = try await Python.run(script, input: result.stdout).split(separator: "\n")
        #expect(lines == ["mailconf help-page", "ews owa graph", "oauth2-only admin-must-enable preparation"])
    }

    @Test func autoconfigOutputCarriesExchangeServices() async throws {
        let result = try await ProcessResult.mailconf([
            "lookup", "a@office365.com", "--offline", "--format", "autoconfig",
        ])
        #expect(result.status == 0)
        #expect(ThunderbirdReaderRules.violations(of: result.stdout) == [])
        #expect(result.stdout.contains(#"<incomingServer type="ews">"#))
        #expect(result.stdout.contains(#"<incomingServer type="exchange">"#))
    }

    @Test func showPrintsEachFactWithItsSourceAndDate() async throws {
        let text = try await ProcessResult.mailconf(["providers", "show", "yandex.com", "--facts"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("[imap] imap.yandex.com:993 tls auth oauth2,password-cleartext"))
        #expect(text.stdout.contains("source: ispdb (2026-03-12) yandex.ru.xml"))
        #expect(text.stdout.contains("checked: 2026-12-04 help-page"))
        let file = try await ProcessResult.mailconf(["providers", "show", "yandex.com"])
        #expect(file.stdout.contains("source = ispdb 2026-03-12 yandex.ru.xml"))
        let json = try await ProcessResult.mailconf(["providers", "show", "yandex.com", "--json"])
        #expect(json.stdout.contains(#""provenance""#))
        #expect(json.stdout.contains(#""newestCheck""#))
    }
}
