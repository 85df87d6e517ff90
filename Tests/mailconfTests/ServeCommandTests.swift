import Foundation
import MailConfTesting
import Testing

/// `mailconf serve` as an admin runs it: options from flags and the environment, JSON logs, a client fetching
/// documents, SIGTERM, and the exit codes of bad options.
@Suite(.timeLimit(.minutes(5))) struct ServeCommandTests {
    /// Starts `serve` on a free port and returns it with its address (from the "listening" log line).
    static func start(
        _ arguments: [String],
        environment: [String: String?] = [:]
    ) async throws
        -> (BackgroundProcess, String)
    {
        let server = try BackgroundProcess(
            RepositoryPaths.mailconfBinary,
            // Bundled providers' servers are on the internet, which tests never reach.
            ["serve", "--port", "0", "--no-verify"] + arguments,
            environment: environment
        )
        let line = try #require(try await server.waitForLine(containing: "listening"), "\(server.lines)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
            "not a JSON log line: \(line)"
        )
        return (server, try #require(object["address"] as? String))
    }

    @Test(.enabled(if: Python.isAvailable))
    func servesDocumentsLogsDomainsNotAddressesAndStopsOnSIGTERM() async throws {
        let (server, address) = try await Self.start(
            ["--cache-ttl", "60"],
            environment: ["MAILCONF_LOG_FORMAT": "json", "MAILCONF_MODE": "static", "MAILCONF_HOST": "127.0.0.1"]
        )
        #expect(address.hasPrefix("127.0.0.1:"))
        // An independent client and parser: Python's urllib and xml.etree.
        let script = """
            import sys, urllib.request, xml.etree.ElementTree as ET
            base = 'http://' + sys.argv[1]
            with urllib.request.urlopen(base + '/mail/config-v1.1.xml?emailaddress=secret.person%40GMAIL.com') as r:
                print(r.status, r.headers['Content-Type'])
                root = ET.fromstring(r.read())
            print(root.find('emailProvider/incomingServer/hostname').text)
            print(root.find('emailProvider/incomingServer/username').text)
            with urllib.request.urlopen(base + '/healthz') as r: print(r.status)
            """
        let result = try await ProcessResult.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["python3", "-c", script, address]
        )
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.split(separator: "\n").map(String.init)
                == ["200 text/xml; charset=utf-8", "imap.gmail.com", "secret.person@gmail.com", "200"]
        )
        let request = try #require(try await server.waitForLine(containing: "config-v1.1.xml"))
        #expect(request.contains("\"domain\":\"gmail.com\""))
        #expect(!request.contains("secret.person"))

        server.signal(SIGTERM)
        #expect(try await server.waitForExit() == 0)
        #expect(server.lines.contains { $0.contains("\"message\":\"stopped\"") })
    }

    @Test(.enabled(if: Python.isAvailable))
    func sighupReloadsTheProviderFilesAndABadFileKeepsTheOldSet() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("serve-hup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        func write(_ host: String, port: String = "993") throws {
            let file =
                "id = hup\ndomain = hup.example\n[imap]\nhost = \(host)\nport = \(port)\nsecurity = tls\nusername = %EMAILADDRESS%\n"
            try Data(file.utf8).write(to: directory.appendingPathComponent("hup.conf"))
        }
        try write("old.hup.example")
        let (server, address) = try await Self.start(
            ["--providers", directory.path, "--json"],
            environment: [:]
        )
        func hostname() async throws -> String {
            let script = """
                import sys, urllib.request, xml.etree.ElementTree as ET
                url = 'http://' + sys.argv[1] + '/mail/config-v1.1.xml?emailaddress=a%40hup.example'
                with urllib.request.urlopen(url) as r: root = ET.fromstring(r.read())
                print(root.find('emailProvider/incomingServer/hostname').text)
                """
            let result = try await ProcessResult.run(
                URL(fileURLWithPath: "/usr/bin/env"),
                ["python3", "-c", script, address]
            )
            return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(try await hostname() == "old.hup.example")
        try write("new.hup.example")
        server.signal(SIGHUP)
        #expect(try await server.waitForLine(containing: "provider files reloaded") != nil)
        #expect(try await hostname() == "new.hup.example")
        try write("bad.hup.example", port: "not-a-port")
        server.signal(SIGHUP)
        #expect(try await server.waitForLine(containing: "not reloaded") != nil)
        #expect(try await hostname() == "new.hup.example", "the old set stays")
        server.signal(SIGTERM)
        #expect(try await server.waitForExit() == 0)
    }

    @Test(arguments: [
        (["--mode", "sometimes"], [String: String?]()),
        ([], ["MAILCONF_PORT": "70000"]),
        ([], ["MAILCONF_CACHE_TTL": "an hour"]),
        ([], ["MAILCONF_SERVE_STALE": "-5"]),
        ([], ["MAILCONF_ALLOW_PRIVATE_TARGETS": "please"]),
        ([], ["MAILCONF_PUBLIC_URL": "notaurl"]),
        ([], ["MAILCONF_DNS_SERVER": "1.2.3.4:99999"]),
        ([], ["MAILCONF_CA_FILE": "/nonexistent/ca.pem"]),
        (["--rate", "-1"], [:]),
        (["--sign-cert", "/nonexistent.pem"], [:]),
        (["--log-format", "xml"], [:]),
    ])
    func badOptionsExit64(_ arguments: [String], _ environment: [String: String?]) async throws {
        let result = try await ProcessResult.mailconf(["serve"] + arguments, environment: environment)
        #expect(result.status == 64, "\(result.stderr)")
        #expect(!result.stderr.isEmpty)
        for name in environment.keys { #expect(result.stderr.contains(name), "the error names \(name)") }
    }

    @Test func everyOptionAndVariableIsInTheServeDocs() async throws {
        let help = try await ProcessResult.mailconf(["serve", "--help"])
        #expect(help.status == 0)
        let readme = try String(
            contentsOf: RepositoryPaths.root.appendingPathComponent("docs/serve.md"),
            encoding: .utf8
        )
        let words = help.stdout.split(whereSeparator: { " \n[]=,".contains($0) })
        let documented = words.filter { $0.hasPrefix("MAILCONF_") || ($0.hasPrefix("--") && $0.count > 2) }
        #expect(documented.count > 30)
        for word in Set(documented) where word != "--help" && word != "--version" {
            #expect(readme.contains(String(word)), "docs/serve.md lacks \(word)")
        }
    }

    @Test func aPortInUseExits1WithAMessage() async throws {
        let (first, address) = try await Self.start(["--log-format", "json"])
        defer { first.signal(SIGKILL) }
        let port = try #require(address.split(separator: ":").last.map(String.init))
        let second = try await ProcessResult.mailconf(["serve", "--port", port])
        #expect(second.status == 1)
        #expect(second.stderr.contains("cannot listen on 127.0.0.1:\(port): the port is in use"))
    }
}
