import Foundation
import MailConfTesting
import Testing

@testable import MailConfCore

/// Bugs libFuzzer found (`Scripts/fuzz`), each from its crashing input, which also sits in `Fuzz/Corpus/` so that
/// every fuzz run replays it.
@Suite struct FuzzRegressionTests {
    /// `Fuzz/Corpus/TARGET/NAME`, as committed.
    static func corpus(_ target: String, _ name: String) throws -> Data {
        try Data(contentsOf: RepositoryPaths.root.appendingPathComponent("Fuzz/Corpus/\(target)/\(name)"))
    }

    @Test func anALabelMustEncodeBackToItself() throws {
        let input = String(decoding: try Self.corpus("address", "regression-7d23ef9e01ea"), as: UTF8.self)
        #expect(input.contains("xn--80ak6-aa92e.com"))
        // Punycode of text with an upper-case letter: libidn2 decodes it, but no valid name encodes to it.
        #expect(throws: EmailAddressError.self) { try EmailAddress(parsing: input) }
        #expect(throws: EmailAddressError.self) { try EmailAddress.normalise(domain: "xn--80ak6-aa92e.com") }
        // Real A-labels still parse, to the same address as their Unicode form.
        let alabel = try EmailAddress(parsing: "ayse@xn--rnek-4qa.com.tr")
        #expect(alabel == (try EmailAddress(parsing: "ayse@örnek.com.tr")))
        #expect(alabel.unicodeDomain == "örnek.com.tr")
    }

    @Test func aCombiningMarkAfterAColonIsNoIPAddressAndNoLoop() throws {
        let input = String(decoding: try Self.corpus("address", "regression-2605e3d8d388"), as: UTF8.self)
        #expect(input.unicodeScalars.contains("\u{200D}"))
        // ':' joined to U+200D is one Character: split(":") kept it whole while contains(":") still found it, so
        // the IPv6 check and the IPv4 check called each other until the stack ran out.
        #expect(throws: EmailAddressError.self) { try HostName(parsing: input) }
        #expect(throws: EmailAddressError.self) { try HostName(parsing: "1::2:\u{301}3.4.5.6") }
    }

    @Test func imapLiteralLengthsAreDigitsOnly() throws {
        let lines = String(decoding: try Self.corpus("imap", "regression-b4a8776b7b28"), as: UTF8.self)
        #expect(lines.contains("{-5}"))
        // `{-5}` made the session ask the transport for -5 bytes.
        #expect(IMAPResponse.literalLength(at: "* OK {-5}") == nil)
        #expect(IMAPResponse.literalLength(at: "* OK {+5}") == nil)
        #expect(IMAPResponse.literalLength(at: "* OK {99999999999}") == nil)
        #expect(IMAPResponse.literalLength(at: "* OK {5}") == 5)
        #expect(IMAPResponse.literalLength(at: "* OK {5+}") == 5)
    }

    @Test func clientConfigPortsOutsideTheTCPRangeAreIgnored() throws {
        let config = try ClientConfigParser().parse(try Self.corpus("clientconfig", "regression-1a6f9301a4d2"))
        let provider = try #require(config.providers.first)
        #expect(provider.incomingServers.first?.port == 993)  // written 0993
        #expect(provider.outgoingServers.first?.port == nil)  // written 99999
        let account = config.accountConfig()
        #expect(account.outgoing.map(\.port) == [587])  // STARTTLS SMTP: the standard port, not 99999
        #expect(try ClientConfigParser().parse(config.xml) == config)
    }

    @Test func autodiscoverPortsOutsideTheTCPRangeFallBackToTheStandardOnes() throws {
        let xml = """
            <Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006">
            <Response xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a">
            <Account><AccountType>email</AccountType><Action>settings</Action>
            <Protocol><Type>IMAP</Type><Server>imap.example.com</Server><Port>-993</Port><SSL>on</SSL></Protocol>
            <Protocol><Type>SMTP</Type><Server>smtp.example.com</Server><Port>70000</Port><SSL>on</SSL></Protocol>
            </Account></Response></Autodiscover>
            """
        guard case .settings(let response) = try AutodiscoverResponseParser().parse(Data(xml.utf8)) else {
            Issue.record("not read as settings")
            return
        }
        #expect(response.servers().map(\.port).sorted() == [465, 993])  // SSL on, no usable port: implicit TLS
    }

    @Test(arguments: ["00", "0", "65536", "99999", "+993", "-1", "9 9", "0x1f"])
    func providerFilePortsMustBeFrom1To65535(_ port: String) throws {
        var text = String(decoding: try Self.corpus("provider-file", "regression-21cdf809fe25"), as: UTF8.self)
        #expect(text.contains("port = 00"))
        text = text.replacingOccurrences(of: "port = 00 ", with: "port = \(port)")
        #expect(throws: ProviderFileError.self) { try ProviderFileParser().parse(text) }
        let fixed = text.replacingOccurrences(of: "port = \(port)", with: "port = 995")
        #expect(throws: Never.self) { try ProviderFileParser().parse(fixed) }
    }

    /// A value of whitespace the line trimming kept (form feeds) read as a source with no words, which was written
    /// back as `source = ` and no longer read.
    @Test func aValueOfWhitespaceAloneIsNoValueAndEveryRecordReadsBack() throws {
        let text = String(decoding: try Self.corpus("provider-file", "regression-6dea3b749005"), as: UTF8.self)
        #expect(throws: ProviderFileError.self) { try ProviderFileParser().parse(text) }
        for space in ["\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{2028}", "\u{3000}"] {
            let file =
                "id = x\ndomain = x.example\n[imap]\nhost = imap.x.example\nport = 993\nsecurity = tls\n"
                + "username = %EMAILADDRESS%\n"
            #expect(throws: ProviderFileError.self) {
                try ProviderFileParser().parse(file + "source =\(space)\(space)\n")
            }
            let record = try ProviderFileParser().parse(file + "source =\(space)ispdb\(space)\n")
            #expect(try ProviderFileParser().parse(record.fileText) == record)
        }
    }
}

/// Foundation's XMLParser traps on invalid UTF-8 inside names that libxml2 passes on: the reader now hands it
/// only valid UTF-8, converting or refusing other encodings first.
@Suite struct XMLEncodingRegressionTests {
    @Test(arguments: [
        ("clientconfig", "regression-47b3c93205e2"), ("autodiscover", "regression-5d01c2a88722"),
    ])
    func invalidUTF8InNamesIsAnErrorNotATrap(_ target: String, _ name: String) throws {
        let data = try FuzzRegressionTests.corpus(target, name)
        #expect(throws: XMLReadError.self) { try XMLTreeReader().read(data) }
    }

    @Test func otherEncodingsAreConvertedOrRefused() throws {
        let latin1 = try #require(#"<?xml version="1.0" encoding="ISO-8859-1"?><a>bär</a>"#.data(using: .isoLatin1))
        #expect(try XMLTreeReader().read(latin1).text == "bär")
        let utf16 = try #require(#"<?xml version="1.0" encoding="UTF-16"?><a>ş</a>"#.data(using: .utf16))
        #expect(try XMLTreeReader().read(utf16).text == "ş")
        // The DTD refusal sees through UTF-16.
        let dtd = try #require(#"<?xml version="1.0"?><!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>"#.data(using: .utf16))
        #expect(throws: XMLReadError.doctypeRefused) { try XMLTreeReader().read(dtd) }
        let ebcdic = Data(#"<?xml version="1.0" encoding="EBCDIC-US"?><a/>"#.utf8)
        #expect(throws: XMLReadError.self) { try XMLTreeReader().read(ebcdic) }
        #expect(throws: XMLReadError.self) { try XMLTreeReader().read(Data("<a>\u{0}</a>".utf8)) }
    }
}

/// Foundation's XMLParser crashes (strlen of NULL) on a processing instruction without data.
@Suite struct XMLProcessingInstructionRegressionTests {
    @Test(arguments: ["<a><?pi?></a>", "<?pi?><a/>", "<a><?x data?></a>", "\u{FEFF}<?xml version=\"1.0\"?><?pi?><a/>"])
    func processingInstructionsAreRefused(_ text: String) {
        #expect(throws: XMLReadError.self) { try XMLTreeReader().read(text) }
    }

    @Test func theCrashingInputIsAnError() throws {
        let data = try FuzzRegressionTests.corpus("autodiscover", "regression-pi-without-data")
        #expect(throws: XMLReadError.self) { try AutodiscoverRequestParser().parse(data) }
        #expect(try XMLTreeReader().read("<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<a>x</a>").text == "x")
    }

    /// A broken declaration that swallows a data-less PI up to its `?>` (found by the long autodiscover run).
    @Test func aDeclarationCannotHideAProcessingInstruction() throws {
        let data = try FuzzRegressionTests.corpus("autodiscover", "regression-pi-after-broken-declaration")
        #expect(throws: XMLReadError.self) { try AutodiscoverRequestParser().parse(data) }
        #expect(throws: XMLReadError.self) { try XMLTreeReader().read("<?xml version=\"1.0\" <a/>") }
        #expect(throws: XMLReadError.self) { try XMLTreeReader().read("<?xml <?x?><a/>") }
    }
}

/// Text holding a carriage return (a CDATA section keeps `\r\n`) was written back raw, and a reader folds a raw
/// `\r\n` into `\n`: the request written back read differently (found by the long autodiscover run).
@Suite struct XMLCarriageReturnRegressionTests {
    /// The input itself is not well-formed (libxml2's reader refuses it; Foundation's parser let it through), so
    /// it must be refused or round-trip; a well-formed request with the same CDATA must round-trip.
    @Test func theFoundRequestRoundTrips() throws {
        let data = try FuzzRegressionTests.corpus("autodiscover", "regression-roundtrip-crlf")
        if let request = try? AutodiscoverRequestParser().parse(data) {
            #expect(try AutodiscoverRequestParser().parse(Data(request.xml.utf8)) == request)
        }
        let wellFormed = Data(
            "<Autodiscover><Request><EMailAddress><![CDATA[a\r\nb@example.com]]></EMailAddress></Request></Autodiscover>"
                .utf8
        )
        let request = try AutodiscoverRequestParser().parse(wellFormed)
        #expect(request.emailAddress == "a\r\nb@example.com")
        #expect(try AutodiscoverRequestParser().parse(Data(request.xml.utf8)) == request)
    }

    @Test(arguments: ["a\r\nb", "a\rb", "tab\there", "line\nfeed", "  x  "])
    func textAndAttributesReadBackAsWritten(_ text: String) throws {
        var writer = XMLWriter(declaration: "")
        writer.open("a", ["v": text])
        writer.element("b", text)
        writer.close("a")
        let root = try XMLTreeReader().read(writer.output)
        #expect(root.attributes["v"] == text)
        #expect(root.child("b")?.text == text)
    }
}

extension XMLCarriageReturnRegressionTests {
    /// The clientconfig finding of 2026-11-28 (instruction text with CDATA did not read back the same) had the same
    /// cause: its text holds carriage returns.
    @Test func instructionTextRoundTripsWhole() throws {
        let data = try FuzzRegressionTests.corpus("clientconfig", "regression-text-roundtrip")
        if let config = try? ClientConfigParser().parse(data) {
            #expect(try ClientConfigParser().parse(config.xml) == config)
        }
        let document = """
            <clientConfig version="1.1"><emailProvider id="example.com"><domain>example.com</domain>
            <incomingServer type="imap"><hostname>imap.example.com</hostname><port>993</port>
            <socketType>SSL</socketType><username>%EMAILADDRESS%</username>
            <authentication>password-cleartext</authentication></incomingServer>
            <instruction><descr lang="en">one\r\n<![CDATA[two\r\n<three>]]> four</descr></instruction>
            </emailProvider></clientConfig>
            """
        let config = try ClientConfigParser().parse(Data(document.utf8))
        #expect(try ClientConfigParser().parse(config.xml) == config)
    }
}
