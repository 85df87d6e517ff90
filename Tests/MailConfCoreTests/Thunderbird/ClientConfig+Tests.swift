import Foundation
import MailConfCore
import MailConfTesting
import Testing

@Suite(.timeLimit(.minutes(2))) struct ClientConfigTests {
    @Test func writerOutputReadsBackToTheSameModel() throws {
        let document = ClientConfig(account: sampleAccount, domain: "example.com")
        let again = try ClientConfigParser().parse(document.xml)
        #expect(again == document)
        let account = again.accountConfig(origin: .database(provider: nil))
        #expect(account.incoming.map(\.host) == sampleAccount.incoming.map(\.host))
        #expect(account.outgoing.map(\.port) == [465, 587])
        #expect(account.incoming[0].auth == [.oauth2])
        #expect(account.outgoing[1].auth == [.passwordEncrypted])
        #expect(account.oauth2 == sampleAccount.oauth2)
    }

    @Test func writesWhatThunderbirdExpects() {
        let xml = ClientConfig(account: sampleAccount, domain: "example.com", ensurePasswordFallback: true).xml
        #expect(xml.hasPrefix(#"<?xml version="1.0" encoding="UTF-8"?>"#))
        #expect(xml.contains(#"<clientConfig version="1.1">"#))
        #expect(xml.contains(#"<emailProvider id="example.com">"#))
        #expect(xml.contains("<socketType>SSL</socketType>"))
        #expect(xml.contains("<socketType>STARTTLS</socketType>"))
        #expect(xml.contains("<authentication>password-cleartext</authentication>"))
        #expect(!xml.contains("<authentication>plain</authentication>"))
        #expect(xml.contains("<authentication>OAuth2</authentication>\n      <authentication>password-cleartext"))
        #expect(xml.contains("Example &amp; Co &lt;Mail&gt;"))
        let first = xml.range(of: "imap.example.com")
        let second = xml.range(of: "pop.example.com")
        #expect(first != nil && second != nil && first!.lowerBound < second!.lowerBound)
    }

    @Test func canLeaveOutPlainServers() {
        let xml = ClientConfig(account: sampleAccount, domain: "example.com", omitPlainWhenTLSExists: true).xml
        #expect(!xml.contains("plain.example.com"))
        #expect(!xml.contains("<socketType>plain</socketType>"))
    }

    @Test(.enabled(if: Python.isAvailable))
    func pythonReadsTheDocument() async throws {
        let xml = ClientConfig(account: sampleAccount, domain: "example.com").xml
        let script = """
            import sys, xml.etree.ElementTree as ET
            root = ET.fromstring(sys.stdin.buffer.read())
            assert root.tag == 'clientConfig', root.tag
            p = root.find('emailProvider')
            print(p.get('id'), p.findtext('domain'), p.findtext('displayName'))
            for s in p.findall('incomingServer') + p.findall('outgoingServer'):
                print(s.get('type'), s.findtext('hostname'), s.findtext('port'), s.findtext('socketType'),
                      s.findtext('username'), ','.join(a.text for a in s.findall('authentication')))
            print(root.find('oAuth2').findtext('authURL'))
            """
        let lines = try await Python.run(script, input: xml).split(separator: "\n").map(String.init)
        #expect(lines[0] == "example.com example.com Example & Co <Mail>")
        #expect(lines[1] == "imap imap.example.com 993 SSL %EMAILADDRESS% OAuth2")
        #expect(lines[2] == "pop3 pop.example.com 110 STARTTLS %EMAILADDRESS% password-cleartext")
        #expect(lines[5] == "smtp smtp.example.com 587 STARTTLS %EMAILLOCALPART% password-encrypted")
        #expect(lines[6] == "https://login.example.com/a?x=1&y=2")
    }

    @Test func toleratesQuirks() throws {
        let xml = """
            <?xml version="1.0"?>
            <clientConfig version="1.1"><emailProvider id="q.example">
              <domain> Q.example </domain>
              <displayNameShort>Q</displayNameShort>
              <incomingServer type="IMAP">
                <hostname> imap.q.example </hostname><port>993</port><socketType>ssl</socketType>
                <username>%EMAILADDRESS</username><authentication>plain</authentication>
              </incomingServer>
              <incomingServer type="ews"><url>https://q.example/ews</url></incomingServer>
              <outgoingServer type="smtp">
                <hostname>smtp.%EMAILDOMAIN%</hostname><socketType>Starttls</socketType>
                <username>%EMAILLOCALPART%@%EMAILDOMAIN</username>
              </outgoingServer>
              <unknownElement>ignored</unknownElement>
            </emailProvider></clientConfig>
            """
        let config = try ClientConfigParser().parse(xml)
        let provider = try #require(config.providers.first)
        #expect(provider.domains == ["Q.example"])
        #expect(provider.displayShortName == "Q")
        #expect(provider.incomingServers[0].socketType == .ssl)
        #expect(provider.incomingServers[0].username == "%EMAILADDRESS%")
        #expect(provider.outgoingServers[0].username == "%EMAILLOCALPART%@%EMAILDOMAIN%")
        let account = config.accountConfig()
        #expect(account.incoming.count == 1, "the ews server is not a mail protocol")
        #expect(account.incoming[0].auth == [.passwordCleartext])
        #expect(account.outgoing[0].port == 587)
        #expect(account.outgoing[0].security == .starttls)
        #expect(account.outgoing[0].host == "smtp.%EMAILDOMAIN%")
    }

    static let hostile: [(String, String)] = [
        (
            "external entity",
            """
            <?xml version="1.0"?><!DOCTYPE clientConfig [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <clientConfig><emailProvider id="x"><domain>&xxe;</domain></emailProvider></clientConfig>
            """
        ),
        (
            "billion laughs",
            """
            <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
            <clientConfig><emailProvider id="x"><domain>&lol2;</domain></emailProvider></clientConfig>
            """
        ),
        ("lower-case doctype", "<!doctype clientConfig SYSTEM \"http://x/\"><clientConfig/>"),
        ("not XML", "HTTP/1.1 200 OK\n\nhello"),
        ("wrong root", "<html><body>parked domain</body></html>"),
        ("truncated", "<clientConfig><emailProvider id=\"x\">"),
    ]

    @Test(arguments: hostile)
    func refusesHostileOrBrokenDocuments(_ name: String, _ xml: String) async throws {
        #expect(throws: XMLReadError.self, "\(name)") { try ClientConfigParser().parse(xml) }
    }

    @Test func boundsDepthSizeAndCount() {
        let deep = String(repeating: "<a>", count: 100) + String(repeating: "</a>", count: 100)
        #expect(throws: XMLReadError.tooDeep(limit: 32)) { try ClientConfigParser().parse(deep) }
        var limits = XMLTreeReader.Limits()
        limits.maximumBytes = 1000
        let small = ClientConfigParser(reader: XMLTreeReader(limits: limits))
        #expect(throws: XMLReadError.tooLarge(limit: 1000)) {
            try small.parse("<clientConfig>" + String(repeating: " ", count: 2000) + "</clientConfig>")
        }
        let many = "<clientConfig>" + String(repeating: "<x/>", count: 30000) + "</clientConfig>"
        #expect(throws: XMLReadError.tooManyElements(limit: 20000)) { try ClientConfigParser().parse(many) }
    }

    @Test(.enabled(if: RepositoryPaths.hasSharedProviderData))
    func everyISPDBFileRoundTrips() async throws {
        let (files, changed, servers) = try await CPUBound.run {
            let directory = RepositoryPaths.sharedProviderData.appendingPathComponent("ispdb")
            let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
                .filter { $0.hasSuffix(".xml") }
            var changed: [String] = []
            var servers = 0
            for name in names {
                let data = try Data(contentsOf: directory.appendingPathComponent(name))
                let first = try ClientConfigParser().parse(data)
                if try ClientConfigParser().parse(first.xml) != first { changed.append(name) }
                servers += first.providers.reduce(0) { $0 + $1.incomingServers.count + $1.outgoingServers.count }
            }
            return (names.count, changed, servers)
        }
        #expect(files >= 160)
        #expect(changed == [], "these changed in a round trip")
        #expect(servers >= 500)
    }
}
