import MailConfCore
import Testing

@Suite struct ProviderFileParserTests {
    static let sample = """
        # comment
        id = example.net
        name = Example Mail
        status = preparation
        note = app-password
        source = mailconf https://example.net/help
        domain = Example.NET
        domain = example.org
        domain = *.example.io
        mx = mx.example.net
        mx-username = %EMAILADDRESS%

        [imap]
        host = IMAP.example.net
        port = 993
        security = tls
        auth = oauth2 password-cleartext
        username = %EMAILLOCALPART%

        [smtp]
        host = mail.%EMAILDOMAIN%
        port = 587
        security = STARTTLS
        username = %EMAILADDRESS%

        [oauth2]
        issuer = login.example.net
        scope = mail offline
        auth-url = https://login.example.net/auth
        token-url = https://login.example.net/token
        """

    @Test func readsEveryField() throws {
        let record = try ProviderFileParser().parse(Self.sample)
        #expect(record.id == "example.net")
        #expect(record.name == "Example Mail")
        #expect(record.status == .preparation)
        #expect(record.notes == [.appPassword])
        #expect(record.domains == ["example.net", "example.org", "*.example.io"])
        #expect(record.mxSuffixes == ["mx.example.net"])
        #expect(record.mxUsername == "%EMAILADDRESS%")
        #expect(record.servers.count == 2)
        #expect(record.servers[0].host == "imap.example.net")
        #expect(record.servers[0].auth == [.oauth2, .passwordCleartext])
        #expect(record.servers[0].username == "%EMAILLOCALPART%")
        #expect(record.servers[1].host == "mail.%EMAILDOMAIN%")
        #expect(record.servers[1].security == .starttls)
        #expect(record.servers[1].auth == [.passwordCleartext], "auth defaults to password-cleartext")
        #expect(record.oauth2?.tokenURL == "https://login.example.net/token")
    }

    @Test func writerRoundTrips() throws {
        let record = try ProviderFileParser().parse(Self.sample)
        let again = try ProviderFileParser().parse(record.fileText)
        #expect(again == record)
        #expect(again.fileText == record.fileText)
    }

    static let broken: [(String, Int, String)] = [
        ("domain = x.com", 0, "no 'id'"),
        ("id = a\nid = b", 2, "twice"),
        ("id = a\nfoo = bar", 2, "unknown key 'foo'"),
        ("id = a\n[imap]\nhost = h.com\nport = 99x", 4, "not a number"),
        ("id = a\n[imap]\nsecurity = ssl", 3, "unknown security"),
        ("id = a\n[ftp]", 2, "unknown section"),
        ("id = a\n[imap", 2, "closing ']'"),
        ("id = a\njust text", 2, "expected 'key = value'"),
        ("id = a\ndomain =", 2, "has no value"),
        ("id = a\n[imap]\nhost = h.com\nport = 1\nsecurity = tls", 0, "lacks username"),
        ("id = a\n[imap]\nhost = h.com\nhost = i.com", 4, "given twice"),
        ("id = a\n[oauth2]\nissuer = x", 2, "needs issuer, scope"),
        ("id = a\nstatus = fine", 2, "unknown status"),
    ]

    @Test(arguments: broken)
    func reportsTheLineAtFault(_ text: String, _ line: Int, _ message: String) {
        #expect {
            try ProviderFileParser().parse(text, fileName: "x.conf")
        } throws: { error in
            guard let error = error as? ProviderFileError else { return false }
            return error.line == line && error.message.contains(message) && error.file == "x.conf"
        }
    }

    @Test func limitsAreEnforced() {
        var limits = ProviderFileParser.Limits()
        limits.maximumLineBytes = 100
        limits.maximumServers = 2
        limits.maximumFileBytes = 10_000
        let parser = ProviderFileParser(limits: limits)
        #expect(throws: ProviderFileError.self) { try parser.parse("id = " + String(repeating: "a", count: 200)) }
        #expect(throws: ProviderFileError.self) { try parser.parse("id = a\n[imap]\n[imap]\n[imap]") }
        #expect(throws: ProviderFileError.self) { try parser.parse(String(repeating: "# x\n", count: 5000)) }
    }
}
