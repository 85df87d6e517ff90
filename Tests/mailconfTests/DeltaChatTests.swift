import Foundation
import MailConfTesting
import Testing

/// A real mail client configures itself from `mailconf serve` and then sends and receives mail: Delta Chat's core
/// (PyPI `deltachat-rpc-server`, pinned in Scripts/fixtures/deltachat) in a network namespace of the test's own, with
/// `serve` behind nginx's TLS on 443 and the real Postfix/Dovecot on the standard ports. The namespace has no DNS and
/// no route out: names come from its hosts file, and the mail host is one no client guesses, so only `serve`'s answer
/// can make configuration work. The control stops `serve` and shows that configuration then fails.
// Skipped, saying why, where network namespaces cannot be made; where they can, a missing Delta Chat fails the
// run that requires it (the README's test command installs it).
@Suite(
    .serialized,
    .timeLimit(.minutes(5)),
    .enabled(
        if: DeltaChat.noNamespaces == nil && (DeltaChat.notInstalled == nil || DeltaChat.isRequired),
        Comment(rawValue: DeltaChat.noNamespaces ?? DeltaChat.notInstalled ?? "")
    )
)
struct DeltaChatTests {
    /// The test user, as Scripts/fixtures/mailservers creates it.
    static let address = "alice@mailconf.test"

    @Test func deltaChatConfiguresFromServeSendsAndReceivesAndFailsWithoutServe() async throws {
        if let reason = DeltaChat.notInstalled {
            Issue.record("MAILCONF_REQUIRE_DELTACHAT is set, but: \(reason)")
            return
        }
        let namespace = DeltaChat.Namespace()
        try await namespace.up()
        do {
            try await run(in: namespace)
        } catch {
            Issue.record(error)
        }
        await namespace.down()
    }

    func run(in namespace: DeltaChat.Namespace) async throws {
        let password = try await namespace.password()

        // What serve answers, read by a parser other than ours.
        let served = try await namespace.client(["-", Self.address, "serve"], password: "")
        let servedIMAP = try #require(served["imap"] as? [String: Any])
        let servedSMTP = try #require(served["smtp"] as? [String: Any])

        // Delta Chat, given the address and the password only: configures, sends to itself, fetches it over IMAP.
        let sent = try await namespace.client(
            [namespace.directory + "/accounts", Self.address, "send"],
            password: password
        )
        #expect(sent["configured"] as? Bool == true, "Delta Chat did not configure: \(sent["error"] ?? "")")
        let stored = try #require(sent["stored"] as? [String: Any], "Delta Chat stored no transport: \(sent)")
        for (kind, answer) in [("imap", servedIMAP), ("smtp", servedSMTP)] {
            let entries = try #require(stored[kind] as? [[String: Any]], "no \(kind) in \(stored)")
            let entry = try #require(entries.first)
            #expect(entries.count == 1, "\(kind): \(entries)")
            #expect(entry["host"] as? String == answer["host"] as? String, "\(kind): \(entry) vs \(answer)")
            #expect(entry["port"] as? Int == answer["port"] as? Int, "\(kind): \(entry) vs \(answer)")
            #expect(entry["user"] as? String == answer["username"] as? String, "\(kind): \(entry) vs \(answer)")
            // Delta Chat's "Tls" is implicit TLS, clientConfig's "SSL"; "Starttls" is "STARTTLS".
            let security = ["Tls": "SSL", "Starttls": "STARTTLS", "Plain": "plain"][entry["security"] as? String ?? ""]
            #expect(security == answer["socketType"] as? String, "\(kind): \(entry) vs \(answer)")
        }
        #expect(sent["receivedIn"] as? String != nil, "the message to itself never came back over IMAP: \(sent)")

        // The control: without serve's answer, the same client with the same address and password cannot configure.
        try await namespace.stopServe()
        let control = try await namespace.client(
            [namespace.directory + "/accounts-control", Self.address, "configure"],
            password: password
        )
        #expect(control["configured"] as? Bool == false, "Delta Chat configured without serve: \(control)")
        #expect(control["stored"] is NSNull, "\(control)")
    }
}

/// Scripts/fixtures/deltachat, driven from a test.
enum DeltaChat {
    static let script = RepositoryPaths.root.appendingPathComponent("Scripts/fixtures/deltachat").path
    static let client = RepositoryPaths.root.appendingPathComponent("Scripts/fixtures/deltachat.d/client.py").path
    static let env = URL(fileURLWithPath: "/usr/bin/env")

    /// Whether a run must not skip this test (the README's test command sets it).
    static let isRequired = ProcessInfo.processInfo.environment["MAILCONF_REQUIRE_DELTACHAT"] == "1"

    /// The venv's python, when Delta Chat is installed.
    static let python: String? = {
        guard let result = try? ProcessResult.runBlocking(URL(fileURLWithPath: script), ["env"]), result.status == 0
        else { return nil }
        let path = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        return path.isEmpty ? nil : path
    }()

    /// Why no network namespace can be made here, or `nil` when one can (tried: made and deleted).
    static let noNamespaces: String? = {
        guard DNSFixture.isRoot else { return "network namespaces need root" }
        let name = "mcdc-check-\(ProcessInfo.processInfo.processIdentifier)"
        guard let made = try? ProcessResult.runBlocking(env, ["ip", "netns", "add", name]) else {
            return "`ip` (iproute2) is missing: Scripts/fixtures/deltachat install installs it"
        }
        guard made.status == 0 else {
            let reason = made.stderr.trimmingCharacters(in: .whitespacesAndNewlines)
            return "no network namespace can be made here: \(reason)"
        }
        _ = try? ProcessResult.runBlocking(env, ["ip", "netns", "del", name])
        return nil
    }()

    /// Why Delta Chat cannot run, or `nil` when it is installed.
    static var notInstalled: String? {
        python == nil ? "Delta Chat is not installed: run Scripts/fixtures/deltachat install" : nil
    }

    /// A failed step of the fixture, with what it printed.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// One namespace with the mail servers, `serve` and nginx in it.
    struct Namespace {
        let name = "mcdc\(ProcessInfo.processInfo.processIdentifier % 100_000)"
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("mailconf-deltachat-\(UUID().uuidString.prefix(8))").path

        func up() async throws {
            let result = try await ProcessResult.run(
                URL(fileURLWithPath: DeltaChat.script),
                ["up", name, directory, RepositoryPaths.mailconfBinary.path]
            )
            guard result.status == 0 else {
                await down()
                throw Failure(description: "the namespace did not come up: \(result.stderr)")
            }
        }

        func stopServe() async throws {
            let result = try await ProcessResult.run(
                URL(fileURLWithPath: DeltaChat.script),
                ["serve-stop", name, directory]
            )
            guard result.status == 0 else { throw Failure(description: "serve did not stop: \(result.stderr)") }
        }

        func down() async {
            _ = try? await ProcessResult.run(URL(fileURLWithPath: DeltaChat.script), ["down", name, directory])
        }

        /// The password of the namespace's mail fixture, from the fixture.env it wrote.
        func password() async throws -> String {
            let text = try String(contentsOfFile: directory + "/mail/fixture.env", encoding: .utf8)
            let prefix = "MAILCONF_FIXTURE_PASSWORD="
            guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(prefix) }) else {
                throw Failure(description: "the namespace's fixture.env has no password")
            }
            var value = String(line.dropFirst(prefix.count))
            if value.hasPrefix("'") && value.hasSuffix("'") && value.count >= 2 {
                value = String(value.dropFirst().dropLast())
            }
            return value
        }

        /// Runs the client script in the namespace; its one JSON object.
        func client(_ arguments: [String], password: String) async throws -> [String: Any] {
            let python = DeltaChat.python ?? "python3"
            let result = try await ProcessResult.run(
                DeltaChat.env,
                ["ip", "netns", "exec", name, python, DeltaChat.client] + arguments,
                environment: ["MAILCONF_DELTACHAT_PASSWORD": password]
            )
            guard result.status == 0,
                let object = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            else {
                throw Failure(
                    description: "client.py \(arguments.last ?? "") failed (\(result.status)): \(result.stderr)"
                )
            }
            return object
        }
    }
}
