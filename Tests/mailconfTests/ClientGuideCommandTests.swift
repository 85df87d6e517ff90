import Foundation
import MailConfTesting
import Testing

/// `lookup --client` and `--lang` end to end: the built binary, the bundled guide data, the environment.
@Suite(.timeLimit(.minutes(3))) struct ClientGuideCommandTests {
    @Test func thunderbirdStepsInTurkishFromLANG() async throws {
        let result = try await ProcessResult.mailconf(
            ["lookup", "deniz@gmail.com", "--offline", "--client", "thunderbird"],
            environment: ["LANG": "tr_TR.UTF-8", "LC_ALL": nil, "LC_MESSAGES": nil]
        )
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Mozilla Thunderbird: deniz@gmail.com için elle kurulum"))
        // Thunderbird 153's Account Hub calls the field "Sunucu" in Turkish; the version it was proven against shows.
        #expect(result.stdout.contains("Sunucu [Hostname]: imap.gmail.com"))
        #expect(result.stdout.contains("Thunderbird 153.8.0esr"))
        #expect(result.stdout.contains("Bağlantı güvenliği [Connection security]: SSL/TLS"))
        #expect(result.stdout.contains("Kimlik doğrulama yöntemi [Authentication method]: Normal parola"))
        #expect(result.stdout.contains("Uygulama parolası"), "Gmail needs an app password: \(result.stdout)")
    }

    @Test func langOverridesTheEnvironmentAndJSONCarriesTheGuide() async throws {
        let result = try await ProcessResult.mailconf(
            ["lookup", "deniz@gmail.com", "--offline", "--client", "TB", "--lang", "en", "--json"],
            environment: ["LANG": "tr_TR.UTF-8"]
        )
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"guide\": {"))
        #expect(result.stdout.contains("\"client\": \"thunderbird\""))
        #expect(result.stdout.contains("\"language\": \"en\""))
        #expect(result.stdout.contains("\"label\": \"Connection security\""))
        #expect(result.stdout.contains("\"provenAgainst\": \"Thunderbird 153.8.0esr\""))
        #expect(result.stdout.contains("\"topic\": \"app-password\""))
        // The lookup contract is untouched: the guide is an added field.
        #expect(result.stdout.contains("\"incoming\": ["))
    }

    @Test func theTableSpeaksTurkishToo() async throws {
        let result = try await ProcessResult.mailconf(["lookup", "deniz@gmail.com", "--offline", "--lang", "tr"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("KULLANICI ADI") && result.stdout.contains("doğrulanmadı"))
        let missing = try await ProcessResult.mailconf([
            "lookup", "x@unknown-domain.invalid", "--offline", "--lang", "tr",
        ])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("için bilinen bir ayar yok"), "\(missing.stderr)")
    }

    @Test(arguments: [
        ["--client", "notepad"], ["--lang", "de"], ["--client", "thunderbird", "--format", "autoconfig"],
    ])
    func badChoicesAreUsageErrors(_ options: [String]) async throws {
        let result = try await ProcessResult.mailconf(["lookup", "deniz@gmail.com", "--offline"] + options)
        #expect(result.status == 64, "\(options): \(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
    }

    @Test func unknownClientErrorListsTheClients() async throws {
        let result = try await ProcessResult.mailconf(["lookup", "deniz@gmail.com", "--offline", "--client", "x"])
        #expect(result.stderr.contains("thunderbird") && result.stderr.contains("eudora"), "\(result.stderr)")
    }
}

extension ClientGuideCommandTests {
    @Test func badAddressesAreExplainedInTurkish() async throws {
        let result = try await ProcessResult.mailconf(["lookup", "ayse.ornek.com.tr", "--lang", "tr"])
        #expect(result.status == 64)
        #expect(
            result.stderr.contains("kullanılabilir bir adres değil: adreste kullanıcı ile alan adı arasında '@' yok")
        )
        let english = try await ProcessResult.mailconf(["lookup", "ayse@", "--lang", "en"])
        #expect(english.stderr.contains("is not a usable address: the address has nothing after the '@'"))
    }
}
