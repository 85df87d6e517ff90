import Foundation
import MailConfTesting
import Testing

@Suite(.timeLimit(.minutes(3))) struct LookupCommandTests {
    @Test func findsGmailOffline() async throws {
        let result = try await ProcessResult.mailconf(["lookup", "alice@gmail.com", "--offline"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("imap.gmail.com"))
        #expect(result.stdout.contains("smtp.gmail.com"))
        #expect(!result.stdout.contains("\u{1B}["), "no colour when stdout is not a terminal")
    }

    @Test(.enabled(if: Python.isAvailable))
    func jsonFollowsTheContract() async throws {
        let result = try await ProcessResult.mailconf(["lookup", "Ayşe <ayşe@yandex.com.tr>", "--json", "--offline"])
        #expect(result.status == 0)
        let script = """
            import sys, json
            d = json.load(sys.stdin)
            assert set(['address', 'domain', 'provider', 'incoming', 'outgoing', 'sources']) <= set(d), d.keys()
            s = d['incoming'][0]
            print(d['address'], d['domain'], d['provider']['id'], s['protocol'], s['host'], s['port'],
                  s['security'], s['username'], s['source'], s['verification']['status'])
            print(d['sources'][0]['kind'], d['sources'][0]['status'], type(d['sources'][0]['ms']).__name__)
            """
        let lines = try await Python.run(script, input: result.stdout).split(separator: "\n").map(String.init)
        #expect(
            lines[0]
                == "ayşe@yandex.com.tr yandex.com.tr yandex imap imap.yandex.com 993 tls ayşe@yandex.com.tr database unverified"
        )
        #expect(lines[1] == "database hit float" || lines[1] == "database hit int")
    }

    @Test func idnDomainsAreLookedUpAsALabels() async throws {
        let result = try await ProcessResult.mailconf(["lookup", "ayşe@örnek.com.tr", "--json", "--offline"])
        #expect(result.status == 2)
        #expect(result.stdout.contains("\"domain\": \"xn--rnek-4qa.com.tr\""))
        #expect(result.stdout.contains("\"unicodeDomain\": \"örnek.com.tr\""))
        #expect(result.stderr.contains("no settings known for xn--rnek-4qa.com.tr"))
    }

    @Test(arguments: ["", "alice", "alice@", "@example.com", "a b@example.com", "alice@exa_mple.com", "x@[1.2.3.4]"])
    func badInputExitsWith64AndNoTrace(_ input: String) async throws {
        let result = try await ProcessResult.mailconf(["lookup", input, "--offline"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("is not a usable address"))
        #expect(!result.stderr.contains("Fatal error"))
        #expect(!result.stderr.contains("Stack"))
        #expect(result.stdout.isEmpty)
    }

    @Test func unknownDomainExitsWith2AndAHint() async throws {
        let result = try await ProcessResult.mailconf(["lookup", "someone@unknown-domain.invalid", "--offline"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no settings known for unknown-domain.invalid"))
    }

    @Test func vendorOnlyProvidersExitWith2AndSayWhy() async throws {
        let result = try await ProcessResult.mailconf(["lookup", "bob@proton.me", "--offline"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("bridge"))
    }

    @Test(.enabled(if: Python.isAvailable))
    func autoconfigFormatIsThunderbirdXML() async throws {
        let result = try await ProcessResult.mailconf([
            "lookup", "alice@gmail.com", "--format", "autoconfig", "--offline",
        ])
        #expect(result.status == 0)
        let script = """
            import sys, xml.etree.ElementTree as ET
            r = ET.fromstring(sys.stdin.buffer.read())
            p = r.find('emailProvider')
            s = p.find('incomingServer')
            print(r.tag, p.findtext('domain'), s.get('type'), s.findtext('hostname'), s.findtext('socketType'),
                  s.findtext('username'))
            """
        #expect(
            try await Python.run(script, input: result.stdout)
                == "clientConfig gmail.com imap imap.gmail.com SSL alice@gmail.com"
        )
    }

    @Test(.enabled(if: Python.isAvailable))
    func autodiscoverAndMobileconfigFormatsParse() async throws {
        let autodiscover = try await ProcessResult.mailconf([
            "lookup", "alice@gmail.com", "--format", "autodiscover", "--offline",
        ])
        #expect(autodiscover.status == 0)
        let adScript = """
            import sys, xml.etree.ElementTree as ET
            ns = {'r': 'http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a'}
            r = ET.fromstring(sys.stdin.buffer.read())
            print(r.find('r:Response/r:Account/r:Protocol/r:Server', ns).text)
            """
        #expect(try await Python.run(adScript, input: autodiscover.stdout) == "imap.gmail.com")

        let profile = try await ProcessResult.mailconf([
            "lookup", "alice@gmail.com", "--format", "mobileconfig", "--offline",
        ])
        #expect(profile.status == 0)
        let plistScript = """
            import sys, plistlib
            p = plistlib.loads(sys.stdin.buffer.read())
            m = p['PayloadContent'][0]
            print(m['IncomingMailServerHostName'], m['OutgoingMailServerHostName'], p['PayloadUUID'])
            """
        let first = try await Python.run(plistScript, input: profile.stdout)
        let again = try await Python.run(
            plistScript,
            input: try await ProcessResult.mailconf([
                "lookup", "alice@gmail.com", "--format", "mobileconfig", "--offline",
            ])
            .stdout
        )
        #expect(first.hasPrefix("imap.gmail.com smtp.gmail.com "))
        #expect(first == again, "re-downloading gives the same PayloadUUID")
    }

    @Test func jsonAndAnotherFormatContradict() async throws {
        let result = try await ProcessResult.mailconf([
            "lookup", "a@gmail.com", "--json", "--format", "autoconfig", "--offline",
        ])
        #expect(result.status == 64)
        #expect(result.stderr.contains("contradict"))
    }

    @Test func localProviderFilesOverrideTheBundledDatabase() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("providers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = """
            id = mine
            domain = gmail.com
            domain = example.net
            [imap]
            host = mail.example.net
            port = 993
            security = tls
            username = %EMAILLOCALPART%
            [smtp]
            host = mail.example.net
            port = 465
            security = tls
            username = %EMAILLOCALPART%
            """
        try Data(file.utf8).write(to: directory.appendingPathComponent("mine.conf"))
        let result = try await ProcessResult.mailconf([
            "lookup", "bob@example.net", "--providers", directory.path, "--json", "--offline",
        ])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"host\": \"mail.example.net\""))
        #expect(result.stdout.contains("\"username\": \"bob\""))

        try Data("id = broken\n[imap]\nport = x".utf8).write(to: directory.appendingPathComponent("broken.conf"))
        let bad = try await ProcessResult.mailconf([
            "lookup", "bob@example.net", "--providers", directory.path, "--offline",
        ])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("broken.conf:3"))
    }
}
