import MailConfCore
import Testing

/// The lookup table shows people words from the catalogues, JSON keeps the machine values.
@Suite struct LookupTextTests {
    func result() throws -> LookupResult {
        var config = AccountConfig(providerID: "example", status: .preparation)
        config.incoming = [
            ServerSettings(
                protocol: .imap,
                host: "imap.example.test",
                port: 993,
                security: .tls,
                auth: [.passwordCleartext, .oauth2, AuthMethod(rawValue: "x-unknown")],
                origin: .database(provider: "example")
            )
        ]
        return LookupResult(
            address: try EmailAddress(parsing: "ayse@example.test"),
            config: config,
            sources: [
                SourceAttempt(kind: .database, query: "example.test", outcome: .hit),
                SourceAttempt(kind: .srv, query: "_imaps._tcp.example.test", outcome: .miss(.noRecords)),
            ]
        )
    }

    @Test func turkishTextTranslatesStatusAuthAndSourceWords() throws {
        let text = try result().text(language: .tr)
        #expect(text.contains("durum: hazırlık gerekiyor"), "\(text)")
        #expect(text.contains("normal parola,OAuth2,x-unknown"), "an unknown method keeps its name: \(text)")
        #expect(text.contains("kaynaklar: veritabanı buldu (example.test"), "\(text)")
        #expect(text.contains("SRV bulamadı"), "\(text)")
        for english in ["preparation", "password-cleartext", "database hit", "srv miss"] {
            #expect(!text.contains(english), "'\(english)' in Turkish text: \(text)")
        }
    }

    @Test func englishTextAndJSONKeepTheMachineValues() throws {
        let value = try result()
        let text = value.text(language: .en)
        #expect(text.contains("status: preparation") && text.contains("password-cleartext,oauth2,x-unknown"))
        #expect(text.contains("sources: database hit (example.test"))
        let json = value.json.serialized()
        #expect(json.contains("\"password-cleartext\"") && json.contains("\"preparation\""))
        #expect(!json.contains("normal parola"))
    }
}
