import Foundation
import MailConfServer
import MailConfTesting
import NIOHTTP1
import Testing

/// The page's languages, client picker and QR code: over HTTP, and as headless Chromium renders it.
@Suite(.serialized, .timeLimit(.minutes(3))) struct GuidePageTests {
    static var canRunBrowser: Bool { Chromium.isAvailable || Fixture.isRequired }
    static var canDecode: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/zbarimg") || Fixture.isRequired
    }

    @Test func acceptLanguageChoosesTurkishAndTheQueryOverridesIt() async throws {
        try await ServerHarness.with { harness in
            let turkish = try await harness.request(
                "/?email=deniz%40gmail.com",
                headers: [("Accept-Language", "tr-TR,tr;q=0.9,en;q=0.4")]
            )
            #expect(turkish.status == 200)
            #expect(turkish.headers.first(name: "Content-Language") == "tr")
            #expect(turkish.headers.first(name: "Vary")?.contains("Accept-Language") == true)
            #expect(
                turkish.body.contains("<html lang=\"tr\">") && turkish.body.contains("deniz@gmail.com için ayarlar")
            )
            // The switch links to the other language with the address kept.
            #expect(turkish.body.contains("href=\"/?lang=en&amp;email=deniz%40gmail.com\""))

            let english = try await harness.request(
                "/?lang=en&email=deniz%40gmail.com",
                headers: [("Accept-Language", "tr")]
            )
            #expect(english.headers.first(name: "Content-Language") == "en")
            #expect(english.body.contains("Settings for deniz@gmail.com"))
            // Thunderbird's parameter name, `emailaddress`, is kept by the switch as well (as `email`).
            let thunderbirdStyle = try await harness.request("/?lang=en&emailaddress=deniz%40gmail.com&client=kmail")
            #expect(thunderbirdStyle.body.contains("href=\"/?lang=tr&amp;email=deniz%40gmail.com&amp;client=kmail\""))
            let invalid = try await harness.request("/?lang=tr&email=ayse%40", headers: [])
            #expect(invalid.status == 400 && invalid.body.contains("adreste &#39;@&#39; işaretinden sonra bir şey yok"))
            let fallback = try await harness.request("/", headers: [("Accept-Language", "de-DE, fr;q=0.8")])
            #expect(fallback.body.contains("<html lang=\"en\">"))
        }
    }

    @Test func thePickerShowsTheChosenClientsGuide() async throws {
        try await ServerHarness.with { harness in
            let page = try await harness.request("/?lang=tr&client=thunderbird&email=deniz%40gmail.com")
            #expect(page.body.contains("<option value=\"thunderbird\" selected>"))
            #expect(page.body.contains("<section class=\"guide\""))
            #expect(
                page.body.contains(
                    "Bağlantı güvenliği <span class=\"english\" lang=\"en\">[Connection security]</span>"
                )
            )
            #expect(page.body.contains("Neden bu ayarlar"))
            // Without a client there is no guide; an unknown one is ignored, not an error.
            let plain = try await harness.request("/?email=deniz%40gmail.com&client=nonesuch")
            #expect(plain.status == 200 && !plain.body.contains("<section class=\"guide\""))
            #expect(!plain.body.contains("<script") && plain.body.contains("<svg xmlns="))
        }
    }

    /// Both languages with a client picked, as a browser draws them; the QR code in the screenshot is read back by
    /// zbar and must be the page's own `.mobileconfig` link.
    @Test(.enabled(if: canRunBrowser && canDecode))
    func screenshotsInBothLanguagesCarryAReadableQRCode() async throws {
        try await ServerHarness.with {
            $0.publicURL = "https://mail.example.com.tr"
        } body: { harness in
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("guide-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            var sizes: [Int] = []
            for language in ["en", "tr"] {
                let shot = directory.appendingPathComponent("\(language).png")
                let url = harness.base + "/?lang=\(language)&client=apple-mail&email=ay%C5%9Fe%40gmail.com"
                try await Chromium.screenshot(url, to: shot, width: 1000, height: 3000)
                sizes.append(try Data(contentsOf: shot).count)
                let decoded = try await ProcessResult.run(
                    URL(fileURLWithPath: "/usr/bin/zbarimg"),
                    ["--raw", "-q", "-Sbinary", shot.path]
                )
                #expect(decoded.status == 0, "no QR code found in the \(language) screenshot: \(decoded.stderr)")
                #expect(
                    decoded.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
                        == "https://mail.example.com.tr/email.mobileconfig?email=ay%C5%9Fe%40gmail.com"
                )
                let dom = try await Chromium.dumpDOM(url)
                #expect(dom.contains("<html lang=\"\(language)\">"))
                #expect(dom.contains("<option value=\"apple-mail\" selected=\"\">"))
            }
            // Two different renderings (the Turkish page is not the English one re-sent).
            #expect(sizes[0] != sizes[1])
        }
    }
}
