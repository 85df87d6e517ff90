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
        ("id = a\nchecked = soon help-page", 2, "must start with a date"),
        ("id = a\n[imap]\nchecked = 2026-01-01 guessed", 3, "needs a method"),
        ("id = a\n[note]\nsource = x", 2, "lacks 'code'"),
        ("id = a\n[note]\ncode = x\ncode = y", 4, "given twice"),
        ("id = a\n[ews]\nurl = http://x.net/ews", 3, "not an https:// URL"),
        ("id = a\n[ews]\nurl = https://x.net/ews", 2, "lacks username"),
        ("id = a\nnotes = some", 2, "takes exact or merge"),
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

    static let provenanceSample = """
        id = acme
        notes = exact
        source = ispdb 2026-03-12 acme.xml
        checked = 2026-12-04 help-page
        domain = acme.net
        domain-label = acme
        note = oauth2-only

        [note]
        code = app-password
        source = mailconf https://acme.net/help/app-passwords
        checked = 2026-12-04 help-page

        [imap]
        host = imap.acme.net
        port = 993
        security = tls
        auth = oauth2
        username = %EMAILADDRESS%
        source = ispdb 2026-03-12 acme.xml
        source = deltachat 2024-11-22 acme.md
        checked = 2024-08 source deltachat
        checked = 2026-12-05 live-probe drifted claims auth oauth2, server offers PLAIN LOGIN after TLS

        [ews]
        url = https://outlook.acme.net/EWS/Exchange.asmx
        auth = oauth2
        username = %EMAILADDRESS%
        source = ispdb 2026-03-12 acme.xml

        [oauth2]
        issuer = login.acme.net
        scope = mail
        auth-url = https://login.acme.net/a
        token-url = https://login.acme.net/t
        source = mailconf https://acme.net/help/oauth
        """

    @Test func readsProvenanceExchangeLabelsAndDirectives() throws {
        let file = try ProviderFileParser().parseFile(Self.provenanceSample)
        #expect(file.notesAreExact)
        #expect(!file.statesStatus)
        let record = file.record
        #expect(record.sources == ["ispdb 2026-03-12 acme.xml"])
        #expect(record.checks.map(\.method) == [.helpPage])
        #expect(record.domainLabels == ["acme"])
        #expect(record.notes == [.oauth2Only, .appPassword])
        #expect(
            record.noteProvenance[.appPassword]?.sources.first?.citationURL == "https://acme.net/help/app-passwords"
        )
        #expect(record.noteProvenance[.oauth2Only] == nil)
        let imap = try #require(record.servers.first?.provenance)
        #expect(imap.sources.map(\.dataSet) == ["ispdb", "deltachat"])
        #expect(imap.lastLiveProbe?.outcome == .drifted)
        #expect(record.exchange.first?.kind == .ews)
        #expect(record.exchange.first?.host == "outlook.acme.net")
        #expect(record.exchange.first?.auth == [.oauth2])
        #expect(record.oauth2?.provenance?.sources.first?.citationURL == "https://acme.net/help/oauth")
        #expect(record.newestCheck?.method == .liveProbe)
    }

    @Test func provenanceRoundTrips() throws {
        let record = try ProviderFileParser().parse(Self.provenanceSample)
        let again = try ProviderFileParser().parse(record.fileText)
        #expect(again == record)
    }

    @Test func aStatusLineIsAStatement() throws {
        #expect(try ProviderFileParser().parseFile("id = a\nstatus = ok").statesStatus)
        #expect(try !ProviderFileParser().parseFile("id = a\nmx = a.net").statesStatus)
    }
}
