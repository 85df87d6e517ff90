import Foundation
import MailConfTesting
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `mailconf providers verify` against the real Postfix/Dovecot fixture, with a provider directory whose entries
/// are right, or wrong in one planted way each.
@Suite(
    .enabled(if: Fixture.current != nil && DNSFixture.server != nil, "dnsmasq/mail fixtures not running"),
    .timeLimit(.minutes(3))
)
struct ProvidersVerifyCommandTests {
    let fixture = Fixture.current ?? Fixture(values: [:])

    /// A loopback port where nothing listens (bound by the OS a moment ago, then closed).
    func closedPort() -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, length)
                return getsockname(descriptor, $0, &length)
            }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    func entry(_ id: String, _ sections: [(String, Int, String, String)]) -> String {
        var text = "id = \(id)\ndomain = \(id).test\n"
        for (proto, port, security, auth) in sections {
            text += """

                [\(proto)]
                host = \(fixture.hostname)
                port = \(port)
                security = \(security)
                auth = \(auth)
                username = %EMAILADDRESS%

                """
        }
        return text
    }

    /// The planted directory: one right provider, one sharing its IMAP endpoint, one wrong in each way (the wrong
    /// auth method shares the right submission endpoint: five endpoints for seven claims).
    func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("verify-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let files = [
            "right": entry(
                "right",
                [
                    ("imap", fixture.port("IMAPS"), "tls", "password-cleartext"),
                    ("smtp", fixture.port("SUBMISSION"), "starttls", "password-cleartext"),
                ]
            ),
            "shared": entry("shared", [("imap", fixture.port("IMAPS"), "tls", "password-cleartext")]),
            "wrong-port": entry("wrong-port", [("imap", closedPort(), "tls", "password-cleartext")]),
            "wrong-tls": entry("wrong-tls", [("imap", fixture.port("IMAP"), "tls", "password-cleartext")]),
            "wrong-auth": entry("wrong-auth", [("smtp", fixture.port("SUBMISSION"), "starttls", "oauth2")]),
            "expired": entry("expired", [("smtp", fixture.port("EXPIRED"), "tls", "password-cleartext")]),
        ]
        for (id, text) in files {
            try Data(text.utf8).write(to: url.appendingPathComponent("\(id).conf"))
        }
        return url
    }

    func verify(_ arguments: [String], in directory: URL) async throws -> ProcessResult {
        try await ProcessResult.mailconf(
            [
                "providers", "verify", "--providers", directory.path, "--dns-server", DNSFixture.server ?? "",
                "--ca-file", fixture.caFile, "--timeout", "10", "--concurrency", "4",
            ] + arguments
        )
    }

    @Test(.enabled(if: Python.isAvailable))
    func findsEachPlantedDriftAndConfirmsTheRightEntries() async throws {
        let directory = try directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try await verify(["--all", "--json"], in: directory)
        #expect(result.status == 1, "drift found: \(result.stderr)")
        let script = """
            import sys, json
            d = json.load(sys.stdin)
            for p in sorted(d['providers'], key=lambda p: p['id']):
                codes = [x['code'] for c in p['claims'] for x in c.get('drifts', [])]
                print(p['id'], p['verdict'], ' '.join(codes))
            print('endpoints', d['endpoints'], 'claims', d['claims'], 'probed', d['probed'])
            """
        let lines = try await Python.run(script, input: result.stdout).split(separator: "\n").map(String.init)
        #expect(
            lines == [
                "expired drifted certificate",
                "right confirmed ",
                "shared confirmed ",
                "wrong-auth drifted auth-missing",
                "wrong-port drifted port-closed",
                "wrong-tls drifted no-implicit-tls",
                "endpoints 5 claims 7 probed 5",
            ]
        )
    }

    @Test func writeRecordsLiveProbeChecksAndFlagsDriftWithoutRewriting() async throws {
        let directory = try directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try await verify(["right.test", "wrong-auth", "--write", "--today", "2026-12-05"], in: directory)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.contains("claims auth oauth2, server offers"))
        let right = try String(contentsOf: directory.appendingPathComponent("right.conf"), encoding: .utf8)
        #expect(right.components(separatedBy: "checked = 2026-12-05 live-probe confirmed").count == 3)
        let wrong = try String(contentsOf: directory.appendingPathComponent("wrong-auth.conf"), encoding: .utf8)
        #expect(wrong.contains("checked = 2026-12-05 live-probe drifted claims auth oauth2"))
        #expect(wrong.contains("auth = oauth2"), "the claim stays; the check line flags it")
        let untouched = try String(contentsOf: directory.appendingPathComponent("expired.conf"), encoding: .utf8)
        #expect(!untouched.contains("live-probe"), "providers not named are not touched")
        // The files stay valid and the check now dates them.
        let check = try await ProcessResult.mailconf(
            ["providers", "check", directory.path, "--allow-reserved", "--stale", "30", "--today", "2026-12-06"]
        )
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(!check.stdout.contains("right: stale"))
        #expect(check.stdout.contains("expired: stale: never checked"))
    }

    @Test func exitCodes() async throws {
        let directory = try directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try await verify(["right"], in: directory).status == 0)
        #expect(try await verify(["no-such-provider.test"], in: directory).status == 2)
        #expect(try await verify([], in: directory).status == 64, "names or --all")
        #expect(try await verify(["--all", "--concurrency", "0"], in: directory).status == 64)
    }
}

/// `verify` without the fixture: a resolver that answers nothing proves nothing.
@Suite(.timeLimit(.minutes(2))) struct ProvidersVerifyOfflineTests {
    @Test func aRunWhereNoNameResolvesIsNoConclusion() async throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("verify-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: url) }
        let text =
            "id = lone\ndomain = lone.net\n[imap]\nhost = imap.lone.net\nport = 993\nsecurity = tls\nusername = %EMAILADDRESS%\n"
        try Data(text.utf8).write(to: url.appendingPathComponent("lone.conf"))
        // A loopback port where no DNS server listens: every query fails at once.
        let result = try await ProcessResult.mailconf(
            ["providers", "verify", "--all", "--providers", url.path, "--dns-server", "127.0.0.1:9", "--timeout", "1"]
        )
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("lone: unreachable"))
        #expect(result.stdout.contains("1 distinct endpoints for 1 claims"))
    }
}
