import Foundation
import MailConfTesting
import Testing

@Suite(.timeLimit(.minutes(3))) struct LookupOptionTests {
    @Test(arguments: [
        ["--deadline", "0"], ["--deadline", "-1"], ["--prefer", "smtp"], ["--dns-server", "not-an-ip"],
        ["--dns-server", "127.0.0.1:70000"], ["--timeout", "0"],
    ])
    func badOptionsAreUsageErrors(_ options: [String]) async throws {
        let result = try await ProcessResult.mailconf(["lookup", "a@gmail.com", "--offline"] + options)
        #expect(result.status == 64, "\(options): \(result.stderr)")
        #expect(!result.stderr.isEmpty)
    }

    @Test(.enabled(if: Python.isAvailable))
    func offlineListsTheNetworkSourcesAsSkipped() async throws {
        let result = try await ProcessResult.mailconf(["lookup", "a@gmail.com", "--offline", "--json"])
        #expect(result.status == 0)
        let script = """
            import sys, json
            d = json.load(sys.stdin)
            print(' '.join(a['kind'] + ':' + a['status'] for a in d['sources']))
            """
        #expect(
            try await Python.run(script, input: result.stdout)
                == "database:hit mx:skipped autoconfig:skipped srv:skipped"
        )
    }
}

@Suite(
    .enabled(if: Fixture.current != nil && DNSFixture.server != nil, "dnsmasq/mail fixtures not running"),
    .timeLimit(.minutes(3))
)
struct LookupDiscoveryCommandTests {
    let fixture = Fixture.current ?? Fixture(values: [:])

    @Test(.enabled(if: Python.isAvailable))
    func discoversAndVerifiesThroughTheChosenDNSServer() async throws {
        let result = try await ProcessResult.mailconf([
            "lookup", "bob@srvonly.test", "--dns-server", DNSFixture.server ?? "", "--ca-file", fixture.caFile,
            // Generous, as in DiscoveryRealTests: the test asserts what was verified, on two busy cores.
            "--deadline", "30", "--json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let script = """
            import sys, json
            d = json.load(sys.stdin)
            for s in d['incoming'] + d['outgoing']:
                print(s['protocol'], s['port'], s['security'], s['source'], s['verification']['status'])
            """
        let lines = try await Python.run(script, input: result.stdout).split(separator: "\n")
        #expect(
            lines == [
                "imap \(fixture.port("IMAPS")) tls srv verified",
                "smtp \(fixture.port("SUBMISSION")) starttls srv verified",
            ]
        )
    }

    @Test func environmentVariableSelectsTheDNSServer() async throws {
        let result = try await ProcessResult.mailconf(
            ["lookup", "x@nothing-here.test", "--no-verify", "--deadline", "20"],
            environment: ["MAILCONF_DNS_SERVER": DNSFixture.server]
        )
        #expect(result.status == 2)
        #expect(result.stdout.contains("NXDOMAIN") || result.stdout.contains("miss"))
    }
}
