import MailConfCore
import Testing

@Suite struct EmailAddressTests {
    struct Valid: CustomTestStringConvertible, Sendable {
        var input: String
        var local: String
        var domain: String
        var unicode: String? = nil
        var testDescription: String { input }
    }

    static let valid: [Valid] = [
        Valid(input: "alice@gmail.com", local: "alice", domain: "gmail.com"),
        Valid(input: "  Alice@Example.COM.  ", local: "Alice", domain: "example.com"),
        Valid(input: "Alice Smith <alice@example.com>", local: "alice", domain: "example.com"),
        Valid(input: "\"Smith, Alice\" <alice@example.com>", local: "alice", domain: "example.com"),
        Valid(input: "<bob@example.org>", local: "bob", domain: "example.org"),
        Valid(input: "ayşe@örnek.com.tr", local: "ayşe", domain: "xn--rnek-4qa.com.tr", unicode: "örnek.com.tr"),
        Valid(input: "ayse@ÖRNEK.COM.TR", local: "ayse", domain: "xn--rnek-4qa.com.tr", unicode: "örnek.com.tr"),
        Valid(input: "x@straße.de", local: "x", domain: "xn--strae-oqa.de", unicode: "straße.de"),
        Valid(input: "x@例え。テスト", local: "x", domain: "xn--r8jz45g.xn--zckzah", unicode: "例え.テスト"),
        Valid(input: "x@xn--rnek-4qa.com.tr", local: "x", domain: "xn--rnek-4qa.com.tr", unicode: "örnek.com.tr"),
        Valid(input: "\"john doe\"@example.com", local: "\"john doe\"", domain: "example.com"),
        Valid(input: "\"a@b\"@example.com", local: "\"a@b\"", domain: "example.com"),
        Valid(input: "\"a<b\"@example.com", local: "\"a<b\"", domain: "example.com"),
        Valid(input: "\"Bob <x>\" <bob@example.com>", local: "bob", domain: "example.com"),
        Valid(input: "user+tag@sub.example.co.uk", local: "user+tag", domain: "sub.example.co.uk"),
        Valid(input: "taro..yamada.@docomo.ne.jp", local: "taro..yamada.", domain: "docomo.ne.jp"),
        Valid(input: "用户@例子.广告", local: "用户", domain: "xn--fsqu00a.xn--4rr70v", unicode: "例子.广告"),
    ]

    @Test(arguments: valid)
    func parsesAndNormalises(_ case: Valid) throws {
        let address = try EmailAddress(parsing: `case`.input)
        #expect(address.localPart == `case`.local)
        #expect(address.domain == `case`.domain)
        #expect(address.unicodeDomain == (`case`.unicode ?? `case`.domain))
        #expect(address.address == `case`.local + "@" + `case`.domain)
    }

    static let invalid: [(String, EmailAddressError)] = [
        ("", .empty),
        ("   ", .empty),
        ("alice", .missingAt),
        ("alice.example.com", .missingAt),
        ("@example.com", .emptyLocalPart),
        ("alice@", .emptyDomain),
        ("alice@.", .emptyDomain),
        ("a\u{0007}b@example.com", .controlCharacter(offset: 1)),
        ("alice@exa\u{0000}mple.com", .controlCharacter(offset: 9)),
        ("alice@[192.0.2.1]", .addressLiteral),
        ("a b@example.com", .invalidLocalPartCharacter(" ")),
        ("a(b)@example.com", .invalidLocalPartCharacter("(")),
        ("\"unterminated@example.com", .unterminatedQuotedLocalPart),
        ("Alice <alice@example.com", .unbalancedAngleBrackets),
        ("alice@example.com>", .unbalancedAngleBrackets),
        ("a<b@example.com", .unbalancedAngleBrackets),
        ("alice@example..com", .emptyLabel),
        ("alice@.example.com", .emptyLabel),
        ("alice@exa_mple.com", .invalidLabelCharacter(label: "exa_mple", character: "_")),
        ("alice@-example.com", .labelHyphen(label: "-example")),
        ("alice@example-.com", .labelHyphen(label: "example-")),
        ("alice@localhost", .singleLabelDomain("localhost")),
        (String(repeating: "a", count: 65) + "@example.com", .localPartTooLong(octets: 65)),
        (
            "a@" + String(repeating: "b", count: 64) + ".com",
            .labelTooLong(label: String(repeating: "b", count: 64), octets: 64)
        ),
        (
            "a@" + Array(repeating: String(repeating: "c", count: 50), count: 5).joined(separator: ".") + ".com",
            .domainTooLong(octets: 258)
        ),
    ]

    @Test(arguments: invalid)
    func rejectsWithPreciseReason(_ input: String, _ expected: EmailAddressError) {
        #expect(throws: expected) { try EmailAddress(parsing: input) }
    }

    @Test func everyErrorSaysWhatIsWrong() {
        for (input, _) in Self.invalid {
            do {
                _ = try EmailAddress(parsing: input)
                Issue.record("accepted \(input)")
            } catch {
                #expect(!error.description.isEmpty)
                #expect(!error.description.contains("Error("))
            }
        }
    }

    @Test func rejectsDisallowedUnicodeThroughLibidn2() {
        #expect {
            try EmailAddress(parsing: "x@exa\u{2764}mple.com")
        } throws: { error in
            guard case EmailAddressError.invalidInternationalDomain = error else { return false }
            return true
        }
    }

    @Test func rejectsInvalidALabel() {
        #expect {
            try EmailAddress(parsing: "x@xn--zz-.com")
        } throws: { error in
            error is EmailAddressError
        }
    }

    @Test func normalisesBareDomains() throws {
        #expect(try EmailAddress.normalise(domain: "Örnek.Com.TR.") == "xn--rnek-4qa.com.tr")
    }
}
