import Foundation
import MailConfCore
import MailConfTesting
import Testing

/// QR codes checked by an independent decoder: zbar (Debian's zbar-tools, installed by the test command).
@Suite(.timeLimit(.minutes(2))) struct QRCodeTests {
    static let zbarimg = URL(fileURLWithPath: "/usr/bin/zbarimg")
    static var hasZbar: Bool { FileManager.default.isExecutableFile(atPath: zbarimg.path) }

    func decode(_ code: QRCode) async throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("qr-\(UUID().uuidString).pgm")
        try Data(code.pgm(scale: 3)).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try await ProcessResult.run(Self.zbarimg, ["--raw", "-q", "-Sbinary", file.path])
        #expect(result.status == 0, "zbarimg: \(result.stderr)")
        var text = result.stdout
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    @Test(
        .enabled(if: hasZbar, "needs zbarimg (zbar-tools)"),
        arguments: [1, 14, 15, 40, 84, 120, 180, 213, 271, 400, 700, 1200]
    )
    func decodesAtEverySize(length: Int) async throws {
        // A mobileconfig link with a Turkish address, repeated to the length wanted: multi-byte UTF-8 included.
        let unit = "https://mail.example.com.tr/email.mobileconfig?email=ay%C5%9Fe%40%C3%B6rnek.com.tr&ğ=ş"
        let text = String(String(repeating: unit, count: length / unit.count + 1).utf8.prefix(length)) ?? ""
        let code = try #require(QRCode(text: text))
        #expect(try await decode(code) == text, "version \(code.version), mask \(code.mask)")
    }

    @Test func versionGrowsWithTheTextAndStopsAtTheLimit() async throws {
        // 14 bytes: version 1-M's capacity; version 40 is the largest.
        let versions = try await CPUBound.run {
            [1, 14, 15, 2331, 2332].map { QRCode(text: String(repeating: "a", count: $0))?.version }
        }
        #expect(versions == [1, 1, 2, 40, nil])
        let code = try #require(QRCode(text: "x"))
        #expect(code.size == 21)
        // Finder pattern corners and the always-dark module.
        #expect(code.isDark(x: 0, y: 0) && code.isDark(x: 20, y: 0) && code.isDark(x: 0, y: 20))
        #expect(!code.isDark(x: 7, y: 7) && code.isDark(x: 8, y: 13))
    }

    @Test func svgIsSelfContainedAndEscapesItsTitle() throws {
        let svg = try #require(QRCode(text: "https://example.com/"))
            .svg(title: "scan <me> & \"install\"")
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(!svg.contains("href") && !svg.contains("<script"))
        #expect(svg.contains("aria-label=\"scan &lt;me&gt; &amp; &quot;install&quot;\""))
    }
}
