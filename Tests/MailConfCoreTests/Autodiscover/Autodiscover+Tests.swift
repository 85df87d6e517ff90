import Foundation
import MailConfCore
import MailConfTesting
import Testing

@Suite(.timeLimit(.minutes(2))) struct AutodiscoverTests {
    let address = "alice@example.com"

    let account: AccountConfig

    init() throws {
        account = sampleAccount.resolved(for: try EmailAddress(parsing: "alice@example.com"))
    }

    @Test func responseReadsBack() throws {
        let response = AutodiscoverResponse(account: account, displayName: address)
        guard case .settings(let parsed) = try AutodiscoverResponseParser().parse(Data(response.xml.utf8)) else {
            Issue.record("not a settings document")
            return
        }
        #expect(parsed == response)
        let servers = parsed.servers()
        #expect(servers.map(\.security) == [.tls, .starttls, .plain, .tls, .starttls])
        #expect(servers.map(\.protocol) == [.imap, .pop3, .imap, .smtp, .smtp])
        #expect(servers[4].username == "alice")
    }

    @Test func responseHasTheFieldsOutlookReads() {
        let xml = AutodiscoverResponse(account: account).xml
        #expect(xml.contains("<Encryption>SSL</Encryption>"))
        #expect(xml.contains("<Encryption>TLS</Encryption>"))
        #expect(xml.contains("<SPA>off</SPA>"))
        #expect(xml.contains("<DomainRequired>off</DomainRequired>"))
        #expect(xml.contains("<AuthRequired>on</AuthRequired>"))
        #expect(xml.contains("<Type>POP3</Type>"))
        #expect(!xml.contains("<a:"), "no namespace prefixes")
    }

    @Test(.enabled(if: Python.isAvailable))
    func pythonReadsTheResponse() async throws {
        let xml = AutodiscoverResponse(account: account, displayName: address).xml
        let script = """
            import sys, xml.etree.ElementTree as ET
            ns = {'r': 'http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a'}
            root = ET.fromstring(sys.stdin.buffer.read())
            assert root.tag == '{http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006}Autodiscover'
            acct = root.find('r:Response/r:Account', ns)
            print(acct.findtext('r:AccountType', namespaces=ns), acct.findtext('r:Action', namespaces=ns))
            for p in acct.findall('r:Protocol', ns):
                print(*[p.findtext('r:' + k, namespaces=ns) for k in
                        ('Type', 'Server', 'Port', 'LoginName', 'SPA', 'SSL', 'Encryption', 'AuthRequired')])
            """
        let lines = try await Python.run(script, input: xml).split(separator: "\n").map(String.init)
        #expect(lines[0] == "email settings")
        #expect(lines[1] == "IMAP imap.example.com 993 alice@example.com off on SSL on")
        #expect(lines[2] == "POP3 pop.example.com 110 alice@example.com off on TLS on")
        #expect(lines[3] == "IMAP plain.example.com 143 alice@example.com off off None on")
    }

    @Test func errorDocumentReadsBack() throws {
        let error = AutodiscoverError(code: 600, message: "Invalid Request", time: "12:00:00.0000000", id: 42)
        #expect(try AutodiscoverResponseParser().parse(Data(error.xml.utf8)) == .error(error))
    }

    @Test(arguments: [
        AutodiscoverRequest.namespace, "urn:some-other-namespace", "",
    ])
    func requestIsReadByLocalNamesWhateverTheNamespace(_ namespace: String) async throws {
        let xmlns = namespace.isEmpty ? "" : " xmlns=\"\(namespace)\""
        let body = """
            <?xml version="1.0" encoding="utf-8"?>
            <Autodiscover\(xmlns)><Request>
              <EMailAddress> alice@example.com </EMailAddress>
              <AcceptableResponseSchema>\(AutodiscoverResponse.responseNamespace)</AcceptableResponseSchema>
            </Request></Autodiscover>
            """
        let request = try AutodiscoverRequestParser().parse(Data(body.utf8))
        #expect(request.emailAddress == "alice@example.com")
        #expect(request.acceptsOutlookResponse)
    }

    @Test func requestWithPrefixesAndOwnWriterReadsBack() throws {
        let prefixed = """
            <a:Autodiscover xmlns:a="\(AutodiscoverRequest.namespace)"><a:Request>\
            <a:EMailAddress>bob@example.org</a:EMailAddress></a:Request></a:Autodiscover>
            """
        #expect(try AutodiscoverRequestParser().parse(Data(prefixed.utf8)).emailAddress == "bob@example.org")
        let request = AutodiscoverRequest(emailAddress: "c@example.net", acceptableResponseSchema: "x/2006")
        let parsed = try AutodiscoverRequestParser().parse(Data(request.xml.utf8))
        #expect(parsed == request)
        #expect(!parsed.acceptsOutlookResponse)
    }

    static let badRequests: [String] = [
        "",
        "not xml at all",
        "<Autodiscover/>",
        "<Other><Request/></Other>",
        "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Autodiscover/>",
        "<Autodiscover><Request>" + String(repeating: "x", count: 70_000) + "</Request></Autodiscover>",
    ]

    @Test(arguments: badRequests)
    func badRequestsAreTypedErrors(_ body: String) async throws {
        #expect(throws: XMLReadError.self) { try AutodiscoverRequestParser().parse(Data(body.utf8)) }
    }
}
