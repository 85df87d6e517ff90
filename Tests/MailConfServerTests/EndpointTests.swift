import Foundation
import MailConfCore
import MailConfServer
import MailConfTesting
import NIOHTTP1
import Testing

/// Real HTTP requests against a running `serve` (static mode), every endpoint, outputs read by Python's parsers.
@Suite(.serialized, .timeLimit(.minutes(3))) struct EndpointTests {
    static let autodiscoverBody = """
        <?xml version="1.0" encoding="utf-8"?>
        <Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006">
          <Request><EMailAddress>bob@gmail.com</EMailAddress>
          <AcceptableResponseSchema>http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a</AcceptableResponseSchema>
          </Request></Autodiscover>
        """

    func localProviders() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "serve-providers-\(UUID().uuidString)"
        )
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = """
            id = ornek
            domain = xn--rnek-4qa.com.tr
            [imap]
            host = imap.%EMAILDOMAIN%
            port = 993
            security = tls
            auth = oauth2
            username = %EMAILLOCALPART%
            [imap]
            host = legacy.xn--rnek-4qa.com.tr
            port = 143
            security = plain
            username = %EMAILLOCALPART%
            [smtp]
            host = smtp.xn--rnek-4qa.com.tr
            port = 465
            security = tls
            username = %EMAILADDRESS%
            """
        try Data(file.utf8).write(to: directory.appendingPathComponent("ornek.conf"))
        return directory.path
    }

    @Test(.enabled(if: Python.isAvailable))
    func autoconfigForAnAddressIsWhatThunderbirdReads() async throws {
        try await ServerHarness.with { harness in
            let reply = try await harness.request("/mail/config-v1.1.xml?emailaddress=alice%40gmail.com")
            #expect(reply.status == 200)
            #expect(reply.headers.first(name: "Content-Type")?.hasPrefix("text/xml") == true)
            #expect(reply.headers.first(name: "ETag") != nil)
            #expect(reply.headers.first(name: "Cache-Control")?.contains("max-age=") == true)
            let script = """
                import sys, re, xml.etree.ElementTree as ET
                raw = sys.stdin.buffer.read()
                assert raw.startswith(b'<?xml version="1.0" encoding="UTF-8"?>'), raw[:60]
                root = ET.fromstring(raw)
                assert root.tag == 'clientConfig'
                p = root.find('emailProvider')
                assert re.fullmatch(r'[a-z0-9.-]+\\.[a-z]+', p.get('id')), p.get('id')
                assert p.findall('domain')
                for s in p.findall('incomingServer') + p.findall('outgoingServer'):
                    assert s.findtext('socketType') in ('SSL', 'STARTTLS'), s.findtext('socketType')
                    print(s.get('type'), s.findtext('hostname'), s.findtext('port'), s.findtext('username'))
                """
            let lines = try await Python.run(script, input: reply.body).split(separator: "\n")
            #expect(lines.first == "imap imap.gmail.com 993 alice@gmail.com")
        }
    }

    @Test func autoconfigWithoutAddressKeepsPlaceholdersAndMatchesPathsInAnyCase() async throws {
        try await ServerHarness.with { harness in
            let byHost = try await harness.request(
                "/.well-known/autoconfig/mail/config-v1.1.xml",
                headers: [("Host", "autoconfig.GMAIL.com:8080")]
            )
            #expect(byHost.status == 200)
            #expect(byHost.body.contains("<username>%EMAILADDRESS%</username>"))
            let byParameter = try await harness.request("/MAIL/Config-v1.1.XML?domain=GMAIL.COM")
            #expect(byParameter.status == 200)
            #expect(byParameter.body.contains("<domain>gmail.com</domain>"))
            let missing = try await harness.request("/mail/config-v1.1.xml")
            #expect(missing.status == 400)
            #expect(missing.body.contains("\"error\":\"missing-address\""))
            let invalid = try await harness.request("/mail/config-v1.1.xml?emailaddress=not-an-address")
            #expect(invalid.status == 400)
            #expect(invalid.body.contains("invalid-address"))
            let unknown = try await harness.request("/mail/config-v1.1.xml?emailaddress=a%40unknown-domain.example")
            #expect(unknown.status == 404)
        }
    }

    @Test func wellKnownAutoconfigOnTheDomainsOwnHostTakesTheDomainFromHost() async throws {
        try await ServerHarness.with { harness in
            // Delta Chat's request, exactly: no address, the mail domain's own web host.
            let own = try await harness.request(
                "/.well-known/autoconfig/mail/config-v1.1.xml",
                headers: [("Host", "GMail.com")]
            )
            #expect(own.status == 200, "\(own.body)")
            #expect(own.body.contains("<domain>gmail.com</domain>"))
            #expect(own.body.contains("<hostname>imap.gmail.com</hostname>"))
            #expect(own.body.contains("<username>%EMAILADDRESS%</username>"))
            let withPort = try await harness.request(
                "/.well-known/autoconfig/mail/config-v1.1.xml",
                headers: [("Host", "gmail.com:443")]
            )
            #expect(withPort.status == 200)
            // An address literal names no domain.
            let literal = try await harness.request(
                "/.well-known/autoconfig/mail/config-v1.1.xml",
                headers: [("Host", "127.0.0.1")]
            )
            #expect(literal.status == 400)
            #expect(literal.body.contains("missing-address"))
            // The plain path on some other host still needs an address: only autoconfig.DOMAIN names its domain.
            let plain = try await harness.request("/mail/config-v1.1.xml", headers: [("Host", "gmail.com")])
            #expect(plain.status == 400)
        }
    }

    @Test func idnDomainsPlainServersAndOAuthFallback() async throws {
        let directory = try localProviders()
        try await ServerHarness.with {
            $0.providersDirectory = directory
        } body: { harness in
            let reply = try await harness.request("/mail/config-v1.1.xml?emailaddress=ay%C5%9Fe%40%C3%B6rnek.com.tr")
            #expect(reply.status == 200)
            #expect(reply.body.contains("<hostname>imap.xn--rnek-4qa.com.tr</hostname>"))
            #expect(reply.body.contains("<username>ayşe</username>"))
            #expect(!reply.body.contains("plain"), "plain servers are left out when TLS exists")
            #expect(
                reply.body.contains("<authentication>OAuth2</authentication>\n      <authentication>password-cleartext")
            )
        }
    }

    @Test func conditionalRequestsGet304() async throws {
        try await ServerHarness.with { harness in
            let first = try await harness.request("/mail/config-v1.1.xml?emailaddress=alice%40gmail.com")
            let tag = try #require(first.headers.first(name: "ETag"))
            let again = try await harness.request(
                "/mail/config-v1.1.xml?emailaddress=alice%40gmail.com",
                headers: [("If-None-Match", tag)]
            )
            #expect(again.status == 304)
            #expect(again.bytes.isEmpty)
            // If-None-Match compares weakly: a W/ that a proxy added still matches.
            let weak = try await harness.request(
                "/mail/config-v1.1.xml?emailaddress=alice%40gmail.com",
                headers: [("If-None-Match", "\"other\", W/\(tag)")]
            )
            #expect(weak.status == 304)
            let wrongMethod = try await harness.request("/metrics", method: .POST, body: "x")
            #expect(wrongMethod.status == 405)
            #expect(wrongMethod.headers.first(name: "Allow") == "GET, HEAD")
        }
    }

    @Test func aRequestTargetInAbsoluteFormIsServed() async throws {
        try await ServerHarness.with { harness in
            let port = harness.server.port
            let received = try await RawConnection.connect(port: port).exchange(
                ["GET http://127.0.0.1:\(port)/healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"]
            )
            #expect(received.text.hasPrefix("HTTP/1.1 200"), "\(received.text)")
            #expect(received.text.hasSuffix("ok\n"))
        }
    }

    @Test(.enabled(if: Python.isAvailable))
    func autodiscoverPOXWhateverTheContentType() async throws {
        try await ServerHarness.with { harness in
            let reply = try await harness.request(
                "/AutoDiscover/AutoDiscover.xml",
                method: .POST,
                headers: [("Content-Type", "text/plain")],
                body: Self.autodiscoverBody
            )
            #expect(reply.status == 200)
            #expect(!reply.body.contains("<a:"))
            let script = """
                import sys, xml.etree.ElementTree as ET
                ns = {'r': 'http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a'}
                root = ET.fromstring(sys.stdin.buffer.read())
                for p in root.findall('r:Response/r:Account/r:Protocol', ns):
                    print(p.findtext('r:Type', namespaces=ns), p.findtext('r:Server', namespaces=ns),
                          p.findtext('r:LoginName', namespaces=ns), p.findtext('r:SPA', namespaces=ns),
                          p.findtext('r:Encryption', namespaces=ns))
                """
            let lines = try await Python.run(script, input: reply.body).split(separator: "\n")
            #expect(lines.first == "IMAP imap.gmail.com bob@gmail.com off SSL")
            let viaGet = try await harness.request("/autodiscover/autodiscover.xml?email=bob%40gmail.com")
            #expect(viaGet.body.contains("<Server>imap.gmail.com</Server>"))
        }
    }

    static let badBodies: [(String, String)] = [
        ("empty", ""),
        ("malformed", "<Autodiscover><Request>"),
        ("not xml", "hello"),
        (
            "entities",
            "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Autodiscover><Request><EMailAddress>&x;</EMailAddress></Request></Autodiscover>"
        ),
        (
            "no address",
            "<Autodiscover><Request><AcceptableResponseSchema>\(AutodiscoverResponse.responseNamespace)</AcceptableResponseSchema></Request></Autodiscover>"
        ),
        ("bad address", "<Autodiscover><Request><EMailAddress>nobody</EMailAddress></Request></Autodiscover>"),
    ]

    @Test(arguments: badBodies)
    func badAutodiscoverBodiesGetAPOXErrorNeverA500(_ name: String, _ body: String) async throws {
        try await ServerHarness.with { harness in
            let reply = try await harness.request("/autodiscover/autodiscover.xml", method: .POST, body: body)
            #expect(reply.status == 200, "\(name)")
            #expect(reply.body.contains("<ErrorCode>600</ErrorCode>"), "\(name): \(reply.body)")
        }
    }

    @Test func hugeBodiesAre413AndUnknownDomainsAPOXError() async throws {
        try await ServerHarness.with { harness in
            let huge = "<Autodiscover>" + String(repeating: "x", count: 70_000) + "</Autodiscover>"
            let tooBig = try await harness.request("/autodiscover/autodiscover.xml", method: .POST, body: huge)
            #expect(tooBig.status == 413)
            let unknown = try await harness.request(
                "/autodiscover/autodiscover.xml",
                method: .POST,
                body: Self.autodiscoverBody.replacing("gmail.com", with: "unknown-domain.example")
            )
            #expect(unknown.body.contains("<ErrorCode>500</ErrorCode>"))
        }
    }

    @Test func a413ReachesAClientThatKeepsSendingItsBody() async throws {
        try await ServerHarness.with { harness in
            // No Expect: 100-continue, so the body follows the head at once; the server answers before reading it.
            let head = "POST /autodiscover/autodiscover.xml HTTP/1.1\r\nHost: a\r\nContent-Length: 4000000\r\n\r\n"
            let chunk = String(repeating: "x", count: 256 * 1024)
            let received = try await RawConnection.connect(port: harness.server.port).exchange([
                head, chunk, chunk, chunk,
            ])
            #expect(received.text.hasPrefix("HTTP/1.1 413"), "\(received.text.prefix(200))")
        }
    }

    @Test(arguments: [
        ("Autodiscover.Example.org:8443", "https://autodiscover.example.org/"), ("[::1]:8080", "https://[::1]/"),
        ("evil.example\"><x", "https://localhost/"), ("a b", "https://localhost/"), ("::1", "https://localhost/"),
    ])
    func autodiscoverJSONBuildsItsURLOnlyFromAValidHost(_ host: String, _ base: String) async throws {
        try await ServerHarness.with { harness in
            let reply = try await RawConnection.connect(port: harness.server.port).exchange([
                "GET /autodiscover/autodiscover.json?Email=a%40gmail.com&Protocol=AutodiscoverV1 HTTP/1.1\r\n"
                    + "Host: \(host)\r\nConnection: close\r\n\r\n"
            ])
            #expect(reply.text.contains(#""Url":"\#(base)Autodiscover/Autodiscover.xml""#), "\(reply.text)")
        }
    }

    @Test func autodiscoverJSON() async throws {
        try await ServerHarness.with {
            $0.publicURL = "https://autoconfig.example.net/"
        } body: { harness in
            let ok = try await harness.request(
                "/autodiscover/autodiscover.json?Email=a%40gmail.com&Protocol=autodiscoverv1"
            )
            #expect(ok.status == 200)
            #expect(
                ok.body
                    == #"{"Protocol":"AutodiscoverV1","Url":"https://autoconfig.example.net/Autodiscover/Autodiscover.xml"}"#
            )
            let path = try await harness.request(
                "/autodiscover/autodiscover.json/v1.0/a@gmail.com?Protocol=AutodiscoverV1"
            )
            #expect(path.status == 200)
            let other = try await harness.request(
                "/autodiscover/autodiscover.json?Email=a%40gmail.com&Protocol=ActiveSync"
            )
            #expect(other.status == 400)
            #expect(other.body.contains("\"ErrorCode\":\"InvalidProtocol\""))
        }
    }

    @Test(.enabled(if: Python.isAvailable))
    func mobileconfigIsAStableProfile() async throws {
        try await ServerHarness.with { harness in
            let first = try await harness.request("/email.mobileconfig?email=alice%40gmail.com")
            #expect(first.status == 200)
            #expect(first.headers.first(name: "Content-Type") == "application/x-apple-aspen-config")
            #expect(first.headers.first(name: "Content-Disposition")?.contains("filename=") == true)
            let script = """
                import sys, plistlib
                p = plistlib.loads(sys.stdin.buffer.read())
                print(p['PayloadUUID'], p['PayloadContent'][0]['IncomingMailServerHostName'])
                """
            let parsed = try await Python.run(script, input: first.body)
            #expect(parsed.hasSuffix(" imap.gmail.com"))
            let missing = try await harness.request("/email.mobileconfig")
            #expect(missing.status == 400)
        }
    }

    @Test(.enabled(if: Python.isAvailable))
    func lookupJSONHealthAndMetrics() async throws {
        try await ServerHarness.with { harness in
            let lookup = try await harness.request("/v1/lookup?email=carol%40gmail.com")
            #expect(lookup.status == 200)
            let script = """
                import sys, json
                d = json.load(sys.stdin)
                print(d['address'], d['provider']['id'], d['incoming'][0]['username'], d['incoming'][0]['verification']['status'])
                """
            #expect(
                try await Python.run(script, input: lookup.body) == "carol@gmail.com gmail carol@gmail.com unverified"
            )
            let health = try await harness.request("/healthz")
            #expect(health.status == 200 && health.body == "ok\n")
            let metrics = try await harness.request("/metrics")
            #expect(metrics.body.contains("mailconf_http_requests_total{endpoint=\"lookup\",status=\"200\"} 1"))
            #expect(metrics.body.contains("mailconf_http_request_duration_seconds_bucket"))
            let missing = try await harness.request("/nothing-here")
            #expect(missing.status == 404)
        }
    }

    @Test func homePageShowsATableAndLinks() async throws {
        try await ServerHarness.with { harness in
            let empty = try await harness.request("/")
            #expect(empty.status == 200)
            #expect(empty.body.contains("<form"))
            #expect(!empty.body.contains("<script"))
            let page = try await harness.request("/?email=dan%40gmail.com")
            #expect(page.body.contains("<td>imap.gmail.com</td>"))
            #expect(page.body.contains("class=\"unverified\""))
            #expect(!page.body.contains("class=\"checked\""), "nothing was checked live")
            #expect(page.body.contains("/mail/config-v1.1.xml?emailaddress=dan%40gmail.com"))
            #expect(page.body.contains("/email.mobileconfig?email=dan%40gmail.com"))
            let hostile = try await harness.request("/?email=%3Cscript%3E")
            #expect(!hostile.body.contains("<script>"))
        }
    }
}
