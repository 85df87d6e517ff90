import Testing

@testable import MailConfCore

@Suite struct SMTPReplyParserTests {
    func parse(_ lines: [String]) throws -> [SMTPReply] {
        var parser = SMTPReplyParser(maximumLines: 4)
        var replies: [SMTPReply] = []
        for line in lines {
            if let reply = try parser.feed(line) { replies.append(reply) }
        }
        return replies
    }

    @Test func multiLineReplies() throws {
        let replies = try parse(["250-mail.example.com", "250-STARTTLS", "250 AUTH PLAIN LOGIN", "220", "354 go"])
        #expect(replies.count == 3)
        #expect(replies[0].code == 250)
        #expect(replies[0].lines == ["mail.example.com", "STARTTLS", "AUTH PLAIN LOGIN"])
        #expect(replies[1] == SMTPReply(code: 220, lines: [""]))
        #expect(SMTPCapabilities(ehlo: replies[0]).authMechanisms == ["PLAIN", "LOGIN"])
        #expect(SMTPCapabilities(ehlo: replies[0]).has("starttls"))
    }

    @Test(arguments: ["hello", "25", "2500 x", "650 nope", "250_x", "abc def"])
    func malformedLines(_ line: String) {
        var parser = SMTPReplyParser()
        #expect(throws: SMTPReplyParser.Malformed.self) { try parser.feed(line) }
    }

    @Test func codeMustNotChangeAndLinesAreCapped() {
        #expect(throws: SMTPReplyParser.Malformed.self) { try parse(["250-a", "251 b"]) }
        #expect {
            try parse(["250-a", "250-b", "250-c", "250-d", "250 e"])
        } throws: { error in
            (error as? SMTPReplyParser.Malformed)?.tooManyLines == true
        }
    }

    @Test func legacyAuthEqualsForm() {
        let capabilities = SMTPCapabilities(lines: ["AUTH=LOGIN PLAIN", "AUTH PLAIN CRAM-MD5", "SIZE 1000", "DSN"])
        #expect(capabilities.authMechanisms == ["LOGIN", "PLAIN", "CRAM-MD5"])
        #expect(capabilities.keywords == ["AUTH", "AUTH", "SIZE", "DSN"])
    }
}

@Suite struct IMAPResponseTests {
    static let cases: [(String, IMAPResponse)] = [
        (
            "* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] Dovecot ready.",
            .untagged(keyword: "OK", code: "CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED", text: "Dovecot ready.")
        ),
        ("* PREAUTH welcome", .untagged(keyword: "PREAUTH", code: nil, text: "welcome")),
        (
            "* CAPABILITY IMAP4rev1 AUTH=PLAIN",
            .untagged(keyword: "CAPABILITY", code: nil, text: "IMAP4rev1 AUTH=PLAIN")
        ),
        ("* 3 EXISTS", .untagged(keyword: "3", code: nil, text: "EXISTS")),
        (
            "a5 NO [AUTHENTICATIONFAILED] Authentication failed.",
            .tagged(tag: "a5", status: "NO", code: "AUTHENTICATIONFAILED", text: "Authentication failed.")
        ),
        ("a1 ok done", .tagged(tag: "a1", status: "OK", code: nil, text: "done")),
        ("+ ", .continuation("")),
        ("+ PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2U+", .continuation("PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2U+")),
    ]

    @Test(arguments: cases)
    func parsesResponses(_ line: String, _ expected: IMAPResponse) throws {
        #expect(try IMAPResponse(parsing: line) == expected)
    }

    @Test(arguments: ["", "*", "a1 MAYBE later", " leading space"])
    func rejectsMalformed(_ line: String) {
        #expect(throws: IMAPResponse.Malformed.self) { try IMAPResponse(parsing: line) }
    }

    @Test func literalsAndCapabilities() {
        #expect(IMAPResponse.literalLength(at: "* CAPABILITY {12}") == 12)
        #expect(IMAPResponse.literalLength(at: "a LOGIN {5+}") == 5)
        #expect(IMAPResponse.literalLength(at: "text {x}") == nil)
        #expect(IMAPResponse.literalLength(at: "text {9999999999}") == nil)
        let capabilities = IMAPCapabilities("IMAP4rev1 SASL-IR LOGINDISABLED auth=plain AUTH=SCRAM-SHA-256")
        #expect(capabilities.authMechanisms == ["PLAIN", "SCRAM-SHA-256"])
        #expect(capabilities.loginDisabled)
        #expect(capabilities.hasSASLIR)
    }
}

@Suite struct POP3Tests {
    @Test func statusLinesAndCodes() throws {
        let ok = try POP3Reply(parsing: "+OK Dovecot ready.")
        #expect(ok.ok && ok.text == "Dovecot ready.")
        let failed = try POP3Reply(parsing: "-ERR [AUTH] Authentication failed.")
        #expect(!failed.ok && failed.code == "AUTH")
        #expect(throws: POP3Reply.Malformed.self) { try POP3Reply(parsing: "* OK imap?") }
    }

    @Test func multilineCAPAWithDotStuffing() throws {
        var reader = POP3MultilineReader(maximumLines: 3)
        #expect(try !reader.feed("STLS"))
        #expect(try !reader.feed("SASL PLAIN LOGIN"))
        #expect(try !reader.feed("..odd"))
        #expect(try reader.feed("."))
        let capabilities = POP3Capabilities(lines: reader.lines)
        #expect(capabilities.has("stls"))
        #expect(capabilities.saslMechanisms == ["PLAIN", "LOGIN"])
        #expect(reader.lines[2] == ".odd")
        var capped = POP3MultilineReader(maximumLines: 1)
        _ = try capped.feed("a")
        #expect(throws: POP3MultilineReader.TooLong.self) { try capped.feed("b") }
    }
}
