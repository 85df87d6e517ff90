import Foundation
import MailConfCore
import Testing

/// Server text reaches the terminal escaped, in every text renderer; JSON keeps JSON's escapes.
struct TerminalTextTests {
    /// Every C0 control, DEL and every C1 control, with text around it.
    static let controls: [Unicode.Scalar] = (Array(0x00...0x1F) + [0x7F] + Array(0x80...0x9F)).compactMap {
        Unicode.Scalar(UInt32($0))
    }

    /// No character a terminal would act on is left: no C0 (but the line feeds between lines), DEL or C1
    /// control, and no bidirectional or other format character.
    static func isInert(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            if scalar == "\n" { return true }
            let value = scalar.value
            if value < 0x20 || (0x7F...0x9F).contains(value) { return false }
            return scalar.properties.generalCategory != .format
        }
    }

    @Test(arguments: controls)
    func everyControlIsWrittenOut(control: Unicode.Scalar) {
        let escaped = TerminalText.escape("a\(Character(control))b")
        #expect(Self.isInert(escaped) && !escaped.contains("\n"), "\(control.value)")
        #expect(escaped == "a\\x" + String(format: "%02x", control.value) + "b" || control == "\t")
    }

    @Test func formatCharactersBackslashesAndPlainText() {
        #expect(TerminalText.escape("pay\u{202E}gnp.exe") == "pay\\u{202e}gnp.exe")
        #expect(TerminalText.escape("zero\u{200B}width") == "zero\\u{200b}width")
        #expect(TerminalText.escape(#"forged \x1b"#) == #"forged \\x1b"#, "a written escape cannot pose as ours")
        #expect(TerminalText.escape("tab\there") == "tab\\there")
        #expect(
            TerminalText.escape("220 mail.example.com ESMTP Postfix (Debian) é ü 漢字")
                == "220 mail.example.com ESMTP Postfix (Debian) é ü 漢字"
        )
        #expect(TerminalText.escape("bad \u{FFFD} utf-8") == "bad \u{FFFD} utf-8")
    }

    /// A result whose every server-text field holds every control character renders inert as text, and keeps the
    /// characters, escaped, in JSON.
    @Test func everyServerTextFieldOfAProbeAndAnAuthIsEscaped() throws {
        let hostile = "X" + String(String.UnicodeScalarView(Self.controls.filter { $0 != "\n" })) + "\u{202E}Y"
        var result = ProbeResult(service: .submission, host: "mail.example.com")
        result.reachable = true
        result.security = .starttls
        result.greeting = "220 " + hostile
        result.capabilitiesBeforeTLS = ["X-" + hostile, "STARTTLS"]
        result.capabilitiesAfterTLS = ["AUTH PLAIN " + hostile]
        result.authBeforeTLS = [hostile]
        result.authAfterTLS = ["PLAIN", hostile]
        let leaf = CertificateSummary(
            subject: "CN=" + hostile,
            issuer: "CN=" + hostile,
            sans: [hostile],
            notBefore: Date(timeIntervalSince1970: 0),
            notAfter: Date(timeIntervalSince1970: 2_000_000_000)
        )
        result.tls = TLSReport(
            version: "TLSv1.3",
            certificate: CertificateReport(leaf: leaf, checkedName: "mail.example.com", problems: [.selfSigned])
        )
        for code in [
            ProbeFinding.Code.starttlsFailed, ProbeFinding.Code.plaintextOnTLSPort, ProbeFinding.Code.protocolError,
            ProbeFinding.Code.greetingRejected,
        ] {
            result.add(.high, code, "mail.example.com:587: " + hostile)
        }
        let report = ProbeReport(host: "mail.example.com", services: [result])
        for language in Language.allCases {
            let text = report.text(language: language)
            #expect(Self.isInert(text), "\(language): \(text.debugDescription)")
            #expect(text.contains("\\x1b") && text.contains("\\x07") && text.contains("\\x9b"))
        }
        let json = report.json.serialized()
        #expect(Self.isInert(json.replacingOccurrences(of: "\n", with: "")))
        let decoded = try #require(
            try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        )
        let service = try #require((decoded["services"] as? [[String: Any]])?.first)
        #expect((service["greeting"] as? String) == "220 " + hostile, "JSON carries the text exactly")
    }
}
