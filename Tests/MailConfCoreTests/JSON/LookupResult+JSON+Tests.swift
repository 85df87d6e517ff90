import Foundation
import MailConfCore
import MailConfTesting
import Testing

@Suite(.timeLimit(.minutes(2))) struct LookupResultJSONTests {
    func result() throws -> LookupResult {
        let address = try EmailAddress(parsing: "ayşe@örnek.com.tr")
        var config = sampleAccount.resolved(for: address)
        config.notes = [.appPassword]
        return LookupResult(
            address: address,
            config: config,
            sources: [SourceAttempt(kind: .database, query: address.domain, outcome: .hit, milliseconds: 0.1234)],
            resolvedAt: Date(timeIntervalSince1970: 1_795_943_730.25)
        )
    }

    @Test func serialisesStringsSafely() {
        let value: JSONValue = .object([("k", .string("a\"b\\c\n\u{1}\u{2028}é"))])
        #expect(value.serialized(pretty: false) == #"{"k":"a\"b\\c\n\u0001\u2028é"}"#)
        #expect(JSONValue.double(0.1234).serialized() == "0.123")
        #expect(JSONValue.double(2).serialized() == "2")
        #expect(JSONValue.double(.nan).serialized() == "null")
    }

    @Test(.enabled(if: Python.isAvailable))
    func matchesTheContractAsPythonReadsIt() async throws {
        let json = try result().json.serialized()
        let script = """
            import sys, json
            d = json.load(sys.stdin)
            assert list(d)[:6] == ['address', 'domain', 'unicodeDomain', 'provider', 'incoming', 'outgoing'], list(d)
            print(d['address'], d['domain'], d['unicodeDomain'], d['provider']['id'], d['provider']['status'])
            s = d['incoming'][0]
            print(sorted(s) == sorted(['protocol', 'host', 'port', 'security', 'auth', 'username', 'source',
                  'verification', 'untrusted', 'origin']), s['protocol'], s['port'], s['security'], s['auth'],
                  s['username'], s['verification'], s['origin'])
            print(d['sources'][0]['kind'], d['sources'][0]['status'], d['sources'][0]['ms'])
            print(d['provider']['notes'][0]['code'])
            print(d['resolvedAt'])
            """
        let lines = try await Python.run(script, input: json).split(separator: "\n").map(String.init)
        #expect(lines[0] == "ayşe@xn--rnek-4qa.com.tr xn--rnek-4qa.com.tr örnek.com.tr example.com ok")
        #expect(
            lines[1]
                == "True imap 993 tls ['oauth2'] ayşe@xn--rnek-4qa.com.tr {'status': 'unverified'} {'kind': 'database'}"
        )
        #expect(lines[2] == "database hit 0.123")
        #expect(lines[3] == "app-password")
        #expect(lines[4] == "2026-11-29T09:15:30Z")
    }

    @Test func sourceAttemptsCarryTheirReasonAsACode() {
        let declared = SourceAttempt(
            kind: .srv,
            query: "q",
            outcome: .miss(.declaredUnavailable(services: ["_imaps._tcp"])),
            detail: "for people"
        )
        #expect(
            declared.json.serialized(pretty: false)
                == #"{"kind":"srv","query":"q","status":"miss","ms":0,"reason":"declared-unavailable","#
                + #""services":["_imaps._tcp"],"detail":"for people"}"#
        )
        let failed = SourceAttempt(kind: .mx, query: "q", outcome: .error(.dns(.servfail)))
        #expect(failed.json.serialized(pretty: false).contains(#""reason":"dns-servfail""#))
        let hit = SourceAttempt(kind: .database, query: "q", outcome: .hit)
        #expect(!hit.json.serialized(pretty: false).contains("reason"))
    }

    @Test func textOutputNamesEveryServerAndColoursOnlyWhenAsked() throws {
        let plain = try result().text()
        #expect(plain.contains("imap.example.com"))
        #expect(plain.contains("STARTTLS"))
        #expect(plain.contains("needs an app password"))
        #expect(!plain.contains("\u{1B}["))
        #expect(try result().text(style: TextStyle(colors: true)).contains("\u{1B}["))
    }
}
