import Foundation
import MailConfTesting
import Testing

@Suite(.timeLimit(.minutes(3))) struct GeneralCommandTests {
    @Test func versionAndHelp() async throws {
        let version = try await ProcessResult.mailconf(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        let help = try await ProcessResult.mailconf(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("lookup"))
        #expect(help.stdout.contains("providers"))
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScripts(_ shell: String) async throws {
        let result = try await ProcessResult.mailconf(["--generate-completion-script", shell])
        #expect(result.status == 0)
        #expect(result.stdout.contains("mailconf"))
        #expect(result.stdout.contains("lookup"))
    }

    @Test func unknownSubcommandIsAUsageError() async throws {
        let result = try await ProcessResult.mailconf(["frobnicate"])
        #expect(result.status == 64)
    }

    @Test func providersShowListAndCheck() async throws {
        let show = try await ProcessResult.mailconf(["providers", "show", "GMAIL.com"])
        #expect(show.status == 0)
        #expect(show.stdout.contains("host = imap.gmail.com"))
        let byMX = try await ProcessResult.mailconf(["providers", "show", "aspmx.l.google.com", "--json"])
        #expect(byMX.status == 0)
        #expect(byMX.stdout.contains("\"matchedBy\": \"mx suffix google.com\""))
        let forwarder = try await ProcessResult.mailconf(["providers", "show", "us-smtp-inbound-1.mimecast.com"])
        #expect(forwarder.status == 2)
        #expect(forwarder.stderr.contains("forwarding or filtering"))
        let missing = try await ProcessResult.mailconf(["providers", "show", "nothing.invalid"])
        #expect(missing.status == 2)

        let list = try await ProcessResult.mailconf(["providers", "list", "--json"])
        #expect(list.status == 0)
        #expect(list.stdout.contains("\"id\": \"gmail\""))

        let check = try await ProcessResult.mailconf(["providers", "check", RepositoryPaths.providers.path])
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stderr.contains("0 errors"))
    }

    @Test func checkFailsOnABrokenDirectory() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file =
            "id = x\ndomain = x.example\n[imap]\nhost = mail.x.example\nport = 70000\nsecurity = tls\nusername = u\n"
        try Data(file.utf8).write(to: directory.appendingPathComponent("x.conf"))
        let result = try await ProcessResult.mailconf(["providers", "check", directory.path, "--json"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("port '70000' is not a number from 1 to 65535"), "\(result.stdout)")
    }
}
