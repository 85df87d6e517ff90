import Foundation
import MailConfTesting
import Testing

/// No password ever leaves MailConf except to the server it is meant for: every command and endpoint that handles
/// a password or an address runs at its most verbose, and everything it prints, logs or writes is searched for
/// the secret in every form it travels in (plain, base64 alone and inside a SASL PLAIN message, hex, URL-encoded).
@Suite(.serialized, .enabled(if: Fixture.current != nil, "mail fixture not running"), .timeLimit(.minutes(3)))
struct SecretsTests {
    let fixture = Fixture.current ?? Fixture(values: [:])

    /// The forms a secret could leak in.
    static func forms(of secret: String, user: String) -> [String] {
        func base64(_ text: String) -> String {
            String(Data(text.utf8).base64EncodedString().prefix { $0 != "=" })
        }
        let hex = secret.utf8.map { String(format: "%02x", $0) }.joined()
        return [
            secret, base64(secret), base64("\0\(user)\0\(secret)"), base64("\(user)\0\(user)\0\(secret)"), hex,
            hex.uppercased(), secret.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? secret,
            secret.replacingOccurrences(of: " ", with: "+"),
        ]
    }

    /// Everything under `directory`, as text.
    static func filesWritten(under directory: URL) -> [(String, String)] {
        guard let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else {
            return []
        }
        return walker.compactMap { item in
            guard let url = item as? URL, let data = try? Data(contentsOf: url) else { return nil }
            return (url.path, String(decoding: data, as: UTF8.self))
        }
    }

    /// A scratch home, temporary and working directory for one command, so that any file it writes is found.
    static func scratch() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mailconf-secrets-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    struct Run: Sendable {
        var label: String
        var arguments: [String]
        var input: String?
        var environment: [String: String?]
    }

    @Test func authProbeAndLookupNeverRevealThePassword() async throws {
        let right = fixture.password
        let wrong = "wrong \(UUID().uuidString.prefix(8)) pässword"
        let home = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: home) }
        let quiet: [String: String?] = [
            "HOME": home.path, "TMPDIR": home.path, "XDG_CACHE_HOME": home.path, "XDG_CONFIG_HOME": home.path,
        ]
        let connection = [
            "--host", fixture.hostname, "--resolve", "\(fixture.hostname):\(fixture.address)", "--ca-file",
            fixture.caFile,
        ]
        let services: [(String, [String?])] = [
            ("submission", [nil, "PLAIN", "LOGIN", "CRAM-MD5"]),
            ("submissions", [nil, "PLAIN", "LOGIN", "CRAM-MD5"]),
            ("imap", [nil, "PLAIN", "IMAP-LOGIN"]),
            ("imaps", [nil, "LOGIN", "CRAM-MD5", "IMAP-LOGIN"]),
            ("pop3", [nil, "PLAIN", "USER"]),
            ("pop3s", [nil, "LOGIN", "USER"]),
        ]
        var runs: [Run] = []
        for (service, mechanisms) in services {
            let port = fixture.port(
                [
                    "submission": "SUBMISSION", "submissions": "SUBMISSIONS", "imap": "IMAP", "imaps": "IMAPS",
                    "pop3": "POP3", "pop3s": "POP3S",
                ][service] ?? ""
            )
            for mechanism in mechanisms {
                let base =
                    ["auth", fixture.user] + connection + ["--service", "\(service):\(port)"]
                    + (mechanism.map { ["--mechanism", $0] } ?? [])
                let name = "\(service) \(mechanism ?? "default")"
                // The right password from the environment, a wrong one from standard input; text and JSON.
                runs.append(Run(label: name + " env", arguments: base, environment: ["MAILCONF_PASSWORD": right]))
                runs.append(
                    Run(
                        label: name + " stdin json",
                        arguments: base + ["--password-stdin", "--json"],
                        input: wrong + "\n",
                        environment: ["MAILCONF_PASSWORD": nil]
                    )
                )
            }
        }
        // Commands that never need the password must not print it even when it sits in their environment.
        let probe = ["probe", fixture.hostname, "--resolve", "\(fixture.hostname):\(fixture.address)"]
        let services2 = ["submission:\(fixture.port("SUBMISSION"))", "imaps:\(fixture.port("IMAPS"))"]
        runs.append(
            Run(
                label: "probe",
                arguments: probe + ["--ca-file", fixture.caFile] + services2.flatMap { ["--service", $0] },
                environment: ["MAILCONF_PASSWORD": right]
            )
        )
        runs.append(
            Run(
                label: "lookup",
                arguments: ["lookup", fixture.user, "--offline", "--json"],
                environment: ["MAILCONF_PASSWORD": right]
            )
        )

        let results = try await withThrowingTaskGroup(of: (Run, ProcessResult).self) { group in
            var pending = runs[...]
            var results: [(Run, ProcessResult)] = []
            // Dovecot delays every failed login by two seconds: run several at once.
            for _ in 0..<8 {
                guard let run = pending.popFirst() else { break }
                group.addTask {
                    (
                        run,
                        try await ProcessResult.mailconf(
                            run.arguments,
                            input: run.input,
                            environment: quiet.merging(run.environment) { $1 }
                        )
                    )
                }
            }
            while let result = try await group.next() {
                results.append(result)
                if let run = pending.popFirst() {
                    group.addTask {
                        (
                            run,
                            try await ProcessResult.mailconf(
                                run.arguments,
                                input: run.input,
                                environment: quiet.merging(run.environment) { $1 }
                            )
                        )
                    }
                }
            }
            return results
        }
        #expect(results.count == runs.count)
        let secrets = Self.forms(of: right, user: fixture.user) + Self.forms(of: wrong, user: fixture.user)
        for (run, result) in results {
            if run.label.hasSuffix(" env") {
                #expect(result.status == 0, "\(run.label) did not log in: \(result.stdout) \(result.stderr)")
            } else if run.label.hasSuffix(" json") {
                #expect(result.status == 1, "\(run.label): \(result.stdout) \(result.stderr)")
                #expect(result.stdout.contains("\"verdict\": \"bad-credentials\""), "\(run.label): \(result.stdout)")
            }
            for secret in secrets {
                #expect(!result.stdout.contains(secret), "\(run.label) printed a form of the password")
                #expect(!result.stderr.contains(secret), "\(run.label) wrote a form of the password to stderr")
            }
        }
        for (path, text) in Self.filesWritten(under: home) {
            for secret in secrets { #expect(!text.contains(secret), "\(path) holds a form of the password") }
        }
    }

    @Test(.enabled(if: Python.isAvailable))
    func serveLogsNoCredentialsEvenAtTrace() async throws {
        let secret = "s3cret-\(UUID().uuidString.prefix(8))"
        let local = "hidden.person"
        let (server, address) = try await ServeCommandTests.start(
            ["--log-level", "trace", "--log-format", "json", "--mode", "static"]
        )
        // Clients that send credentials where they should not: Outlook's Basic auth on Autodiscover, a password
        // in the query, in a cookie, in the POX body.
        let script = """
            import base64, http.client, sys
            host, port = sys.argv[1].rsplit(':', 1)
            secret, local = sys.argv[2], sys.argv[3]
            basic = 'Basic ' + base64.b64encode((local + '@gmail.com:' + secret).encode()).decode()
            headers = {'Authorization': basic, 'Cookie': 'session=' + secret, 'X-Password': secret}
            pox = ('<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006">'
                   '<Request><EMailAddress>' + local + '@gmail.com</EMailAddress><Password>' + secret + '</Password>'
                   '<AcceptableResponseSchema>http://schemas.microsoft.com/exchange/autodiscover/outlook/'
                   'responseschema/2006a</AcceptableResponseSchema></Request></Autodiscover>')
            requests = [
                ('GET', '/mail/config-v1.1.xml?emailaddress=' + local + '%40gmail.com&password=' + secret, None),
                ('POST', '/autodiscover/autodiscover.xml', pox),
                ('GET', '/autodiscover/autodiscover.json?Email=' + local + '%40gmail.com&Protocol=AutodiscoverV1', None),
                ('GET', '/email.mobileconfig?email=' + local + '%40gmail.com&password=' + secret, None),
                ('GET', '/v1/lookup?email=' + local + '%40gmail.com&password=' + secret, None),
                ('GET', '/?email=' + local + '%40gmail.com&password=' + secret, None),
                ('GET', '/nonexistent/' + secret, None),
            ]
            for method, path, body in requests:
                connection = http.client.HTTPConnection(host, int(port), timeout=10)
                connection.request(method, path, body=body, headers=dict(headers, **({'Content-Type': 'text/xml'} if body else {})))
                response = connection.getresponse()
                data = response.read()
                name = path.split('?')[0] if not path.startswith('/nonexistent') else '/nonexistent'
                sys.stdout.write('%d %s\\n' % (response.status, name))
                sys.stdout.write(str(response.getheaders()) + '\\n')
                sys.stdout.write(data.decode('utf-8', 'replace') + '\\n')
            """
        let result = try await ProcessResult.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["python3", "-c", script, address, secret, local]
        )
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("200 /mail/config-v1.1.xml"))
        #expect(result.stdout.contains("200 /autodiscover/autodiscover.xml"))
        // Every request is logged once it is answered; the last one is the 404.
        _ = try await server.waitForLine(containing: "\"status\":\"404\"")
        server.signal(SIGTERM)
        #expect(try await server.waitForExit() == 0)
        let logs = server.lines.joined(separator: "\n")
        #expect(logs.contains("\"level\":\"trace\"") || logs.contains("\"path\""), "nothing was logged: \(logs)")
        let basic = Data("\(local)@gmail.com:\(secret)".utf8).base64EncodedString()
        // Case-blind: a server may lower-case what it logs.
        for form in (Self.forms(of: secret, user: local + "@gmail.com") + [basic]).map({ $0.lowercased() }) {
            #expect(!logs.lowercased().contains(form), "the log holds a form of the credential")
            #expect(!result.stdout.lowercased().contains(form), "a response holds a form of the credential")
        }
    }

    @Test(.enabled(if: Python.isAvailable))
    func serveLogsAddressesOnlyAtDebug() async throws {
        let local = "hidden.person.\(UUID().uuidString.prefix(6).lowercased())"
        let (server, address) = try await ServeCommandTests.start(["--log-format", "json", "--mode", "static"])
        let script = """
            import sys, urllib.request
            base = 'http://' + sys.argv[1]
            for path in ['/mail/config-v1.1.xml?emailaddress=', '/email.mobileconfig?email=', '/v1/lookup?email=',
                         '/?email=', '/autodiscover/autodiscover.json?Protocol=AutodiscoverV1&Email=',
                         '/autodiscover/autodiscover.json/v1.0/']:
                urllib.request.urlopen(base + path + sys.argv[2] + '%40gmail.com' + ('?Protocol=AutodiscoverV1' if path.endswith('/') else '')).read()
            urllib.request.urlopen(base + '/healthz').read()
            """
        let result = try await ProcessResult.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["python3", "-c", script, address, local]
        )
        #expect(result.status == 0, "\(result.stderr)")
        _ = try await server.waitForLine(containing: "healthz")
        server.signal(SIGTERM)
        #expect(try await server.waitForExit() == 0)
        let logs = server.lines.joined(separator: "\n")
        #expect(logs.contains("\"domain\":\"gmail.com\""))
        #expect(!logs.contains(local), "an address was logged at info level: \(logs)")
    }
}
