import Foundation
import MailConfTesting
import Testing

/// `serve` and `lookup` are two faces of one pipeline: for the same address, `/v1/lookup` and `mailconf lookup
/// --json` return the same servers, in the same order, with the same verification statuses; and the service probes
/// each endpoint once for every domain that names it.
@Suite(
    .timeLimit(.minutes(3)),
    .enabled(if: Fixture.current != nil && DNSFixture.server != nil, "dnsmasq/mail fixtures not running")
)
struct ServeAgreesWithLookupTests {
    let fixture = Fixture.current ?? Fixture(values: [:])

    /// Two providers naming the fixture's servers, right and wrong: implicit TLS on the IMAPS port (right),
    /// STARTTLS claimed on the same port (wrong), STARTTLS submission (right).
    func providerDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("agree-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (id, domain) in [("fixture-one", "one.agree.test"), ("fixture-two", "two.agree.test")] {
            let text = """
                id = \(id)
                source = mailconf https://example.org/help
                domain = \(domain)

                [imap]
                host = \(fixture.hostname)
                port = \(fixture.port("IMAPS"))
                security = tls
                username = %EMAILADDRESS%

                [imap]
                host = \(fixture.hostname)
                port = \(fixture.port("IMAPS"))
                security = starttls
                username = %EMAILADDRESS%

                [smtp]
                host = \(fixture.hostname)
                port = \(fixture.port("SUBMISSION"))
                security = starttls
                username = %EMAILADDRESS%

                """
            try text.write(to: directory.appendingPathComponent("\(id).conf"), atomically: true, encoding: .utf8)
        }
        return directory
    }

    /// `protocol host:port security status` per server, in order.
    static let summary = """
        import sys, json
        d = json.load(sys.stdin)
        for s in d['incoming'] + d['outgoing']:
            print(s['protocol'], s['host'] + ':' + str(s['port']), s['security'], s['verification']['status'])
        """

    @Test(.enabled(if: Python.isAvailable))
    func serveAnswersWhatLookupAnswersAndProbesEachEndpointOnce() async throws {
        let directory = try providerDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let network = ["--dns-server", DNSFixture.server ?? "", "--ca-file", fixture.caFile]
        let lookup = try await ProcessResult.mailconf(
            ["lookup", "bob@one.agree.test", "--providers", directory.path, "--json", "--deadline", "60"] + network
        )
        #expect(lookup.status == 0, "\(lookup.stderr)")
        let fromLookup = try await Python.run(Self.summary, input: lookup.stdout)

        let server = try BackgroundProcess(
            RepositoryPaths.mailconfBinary,
            ["serve", "--port", "0", "--log-format", "json", "--providers", directory.path, "--resolve-deadline", "60"]
                + network
        )
        defer { server.signal(SIGKILL) }
        let line = try #require(try await server.waitForLine(containing: "listening"), "\(server.lines)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let base = "http://" + (try #require(object["address"] as? String))
        let script = """
            import sys, urllib.request, urllib.error
            def get(path):
                try:
                    with urllib.request.urlopen(sys.argv[1] + path, timeout=120) as r:
                        return r.read().decode()
                except urllib.error.HTTPError as e:
                    return e.read().decode()
            print(get('/v1/lookup?email=bob%40one.agree.test'))
            print('---')
            get('/v1/lookup?email=carol%40two.agree.test')
            print(get('/metrics'))
            """
        let replies = try await Python.run(script, arguments: [base])
        let parts = replies.components(separatedBy: "\n---\n")
        try #require(parts.count == 2, "\(replies)")
        let fromServe = try await Python.run(Self.summary, input: parts[0])

        #expect(fromServe == fromLookup)
        let statuses: [String] = fromLookup.split(separator: "\n").map { line in
            String(line.split(separator: " ").last ?? "")
        }
        #expect(statuses == ["verified", "failed", "verified"], "\(fromLookup)")
        // Three endpoints, each probed once: the second domain names the same ones and is answered from the kept
        // results.
        let metrics = parts[1]
        func metric(_ how: String) -> Int {
            let prefix = "mailconf_endpoint_probes_total{how=\"\(how)\"}"
            guard let line = metrics.split(separator: "\n").first(where: { $0.hasPrefix(prefix) }) else { return 0 }
            return Int(line.split(separator: " ").last ?? "") ?? 0
        }
        #expect(metric("probed") == 3, "\(metrics)")
        #expect(metric("cached") == 3, "\(metrics)")
        server.signal(SIGTERM)
        _ = try await server.waitForExit()
    }
}
