import Foundation
import MailConfServer
import MailConfTesting
import Testing

/// The page at `/` as headless Chromium renders it: the DOM read back by Python's HTML parser, and a screenshot.
@Suite(.serialized, .timeLimit(.minutes(3))) struct BrowserTests {
    /// CI installs Chromium (`Scripts/bootstrap --test`); only a bare `swift test` elsewhere may lack it.
    static var canRun: Bool { Chromium.isAvailable || Fixture.isRequired }

    @Test(.enabled(if: canRun && Python.isAvailable))
    func thePageShowsTheSettingsTableAndDocumentLinks() async throws {
        try await ServerHarness.with { harness in
            let dom = try await Chromium.dumpDOM(harness.base + "/?email=D%C3%A9nise%40GMAIL.com")
            // Rows of the table and the links, as a browser's DOM has them, read by an independent HTML parser.
            let script = """
                import sys
                from html.parser import HTMLParser
                class Page(HTMLParser):
                    def __init__(self):
                        super().__init__(); self.rows = []; self.row = None; self.cell = None; self.links = []
                        self.input = None; self.scripts = 0; self.external = 0
                    def handle_starttag(self, tag, attrs):
                        a = dict(attrs)
                        if tag == 'tr': self.row = []
                        elif tag in ('td', 'th'): self.cell = ''
                        elif tag == 'a': self.links.append(a.get('href', ''))
                        elif tag == 'input' and a.get('name') == 'email': self.input = a.get('value')
                        elif tag == 'script': self.scripts += 1
                        if tag in ('link', 'img', 'script') and ('src' in a or 'href' in a): self.external += 1
                    def handle_endtag(self, tag):
                        if tag in ('td', 'th') and self.row is not None: self.row.append(self.cell.strip()); self.cell = None
                        elif tag == 'tr': self.rows.append(self.row); self.row = None
                    def handle_data(self, data):
                        if self.cell is not None: self.cell += data
                page = Page(); page.feed(sys.stdin.read())
                print(page.input)
                for row in page.rows: print('|'.join(row))
                for link in page.links: print(link)
                print('scripts', page.scripts, 'external', page.external)
                """
            let lines = try await Python.run(script, input: dom).components(separatedBy: "\n")
            #expect(lines.first == "Dénise@GMAIL.com")
            #expect(lines.contains("Direction|Protocol|Server|Port|Security|User name|Authentication|Status"))
            #expect(
                lines.contains {
                    $0.hasPrefix("Incoming|IMAP|imap.gmail.com|993|SSL/TLS|") && $0.hasSuffix("|unverified")
                }
            )
            #expect(lines.contains { $0.hasPrefix("Outgoing|SMTP|smtp.gmail.com|587|STARTTLS|") })
            #expect(lines.contains { $0.hasPrefix("/mail/config-v1.1.xml?emailaddress=") })
            #expect(lines.contains { $0.hasPrefix("/autodiscover/autodiscover.xml?email=") })
            #expect(lines.contains { $0.hasPrefix("/email.mobileconfig?email=") })
            #expect(lines.last == "scripts 0 external 0")
        }
    }

    @Test(.enabled(if: canRun))
    func aScreenshotShowsMoreThanTheEmptyForm() async throws {
        try await ServerHarness.with { harness in
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("shots-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let empty = directory.appendingPathComponent("empty.png")
            let filled = directory.appendingPathComponent("filled.png")
            try await Chromium.screenshot(harness.base + "/", to: empty)
            try await Chromium.screenshot(harness.base + "/?email=dan%40gmail.com", to: filled)
            for file in [empty, filled] {
                let png = try Data(contentsOf: file)
                // A PNG of the requested size: signature, then IHDR width and height (big-endian).
                #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
                let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
                let height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
                #expect(width == 1000 && height == 800)
            }
            // A rendered table compresses far worse than a page with a heading and a form.
            let emptySize = try Data(contentsOf: empty).count
            let filledSize = try Data(contentsOf: filled).count
            #expect(filledSize > emptySize * 3 / 2)
        }
    }
}
