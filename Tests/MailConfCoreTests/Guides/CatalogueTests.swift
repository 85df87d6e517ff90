import Foundation
import MailConfTesting
import Testing

@testable import MailConfCore

/// The string catalogues and the client files: a key missing in either language fails here.
struct CatalogueTests {
    static let catalogue = Catalogue.bundled

    static func placeholders(_ text: String) -> Set<String> {
        Set(text.matches(of: #/\{([a-zA-Z]+)\}/#).map { String($0.output.1) })
    }

    @Test func bothLanguagesHaveEveryKeyWithTheSamePlaceholders() throws {
        let english = try #require(Self.catalogue.tables[.en])
        let turkish = try #require(Self.catalogue.tables[.tr])
        #expect(english.count > 100)
        #expect(Set(english.keys).subtracting(turkish.keys).isEmpty, "missing in tr")
        #expect(Set(turkish.keys).subtracting(english.keys).isEmpty, "missing in en")
        for (key, text) in english {
            #expect(!text.isEmpty && !(turkish[key] ?? "").isEmpty, "\(key) is empty")
            #expect(Self.placeholders(text) == Self.placeholders(turkish[key] ?? ""), "\(key): placeholders differ")
        }
    }

    /// Every key the code names as a literal exists (keys built from a prefix are checked by the golden tests).
    @Test func everyKeyTheCodeUsesExists() throws {
        let english = try #require(Self.catalogue.tables[.en])
        let sources = RepositoryPaths.root.appendingPathComponent("Sources")
        let enumerator = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        let literal = #/"((?:guide|explain|lookup|probe|page|note|domain|certificate)\.[a-zA-Z0-9.\-]+)"/#
        var checked = 0
        for case let file as URL in enumerator where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in text.matches(of: literal) {
                let key = String(match.output.1)
                guard !key.hasSuffix(".") else { continue }
                checked += 1
                #expect(english[key] != nil, "\(file.lastPathComponent) uses '\(key)', which the catalogue lacks")
            }
        }
        #expect(checked > 40)
    }

    @Test func everyClientFileHasItsKeysInBothLanguages() throws {
        let profiles = try ClientProfile.bundled()
        #expect(profiles.count >= 8)
        for profile in profiles {
            for language in ["en", "tr"] {
                let table = try #require(profile.text[language], "\(profile.id) lacks \(language)")
                let missing = profile.usedKeys.subtracting(table.keys)
                #expect(missing.isEmpty, "\(profile.id).\(language) lacks \(missing.sorted())")
            }
            let choices = { (language: String) in
                Set((profile.text[language] ?? [:]).keys.filter { $0.hasPrefix("choice.") })
            }
            #expect(choices("en") == choices("tr"), "\(profile.id): choices differ between en and tr")
            #expect(
                !profile.labelsFrom.version.isEmpty && !profile.labelsFrom.en.isEmpty && !profile.labelsFrom.tr.isEmpty
            )
            #expect(!profile.protocols.isEmpty && profile.protocols.allSatisfy { ["imap", "pop3"].contains($0) })
            #expect(
                profile.sections.contains { $0.server == .incoming }
                    && profile.sections.contains { $0.server == .outgoing }
            )
        }
    }

    /// The binary carries `Guides/` as generated Swift; an edit to a JSON file without `Scripts/embed-guides`
    /// fails here.
    @Test(.enabled(if: Python.isAvailable), .timeLimit(.minutes(2)))
    func theEmbeddedCopyMatchesTheGuidesFolder() async throws {
        let script = RepositoryPaths.root.appendingPathComponent("Scripts/embed-guides")
        let result = try await ProcessResult.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["python3", script.path, "--check"]
        )
        #expect(result.status == 0, "\(result.stderr)")
    }

    /// The catalogues' own reader agrees with Foundation's JSON reader on the bundled files, and gives up (so that
    /// the full reader decides) on anything that is not a flat object of strings.
    @Test func theFlatReaderAgreesWithFoundationAndLeavesOtherShapesToIt() throws {
        for (name, text) in BundledGuideData.strings {
            let fast = try #require(FlatStringTable.parse(Array(text.utf8)), "\(name)")
            let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
            #expect(fast == object as? [String: String], "\(name)")
        }
        let escaped = #"{"a": "x\"\\\/\b\f\n\r\t\u00e7\ud83d\ude00", "b" : "" }"#
        #expect(FlatStringTable.parse(Array(escaped.utf8)) == ["a": "x\"\\/\u{08}\u{0C}\n\r\tç😀", "b": ""])
        #expect(FlatStringTable.parse(Array("{}".utf8)) == [:])
        for other in [
            #"{"a": 1}"#, #"{"a": ["x"]}"#, #"["a"]"#, #"{"a": "x",}"#, #"{"a": "x"} x"#, #"{"a": "x", "a": "y"}"#,
            #"{"a": "\ud83d"}"#, #"{"a": "\q"}"#, "{\"a\": \"line\nbreak\"}", #"{"a": "x""#, "",
        ] {
            #expect(FlatStringTable.parse(Array(other.utf8)) == nil, "\(other)")
        }
        #expect(FlatStringTable.parse([0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xFF, 0x22, 0x7D]) == nil, "invalid UTF-8")
    }

    @Test func placeholdersAreFilledOnceAndMissingKeysFallBack() {
        let catalogue = Catalogue(tables: [.en: ["a": "{x} and {y}", "only.en": "English"], .tr: ["a": "{y} ve {x}"]])
        #expect(catalogue.text("a", .tr, ["x": "{y}", "y": "2"]) == "2 ve {y}")
        #expect(catalogue.text("only.en", .tr) == "English")
        #expect(catalogue.text("nowhere", .tr) == "nowhere")
        #expect(catalogue.text("a", .en, ["x": "1"]) == "1 and {y}")
    }

    @Test func languageComesFromTheEnvironmentAsGettextChoosesIt() {
        #expect(Language.from(environment: [:]) == .en)
        #expect(Language.from(environment: ["LANG": "tr_TR.UTF-8"]) == .tr)
        #expect(Language.from(environment: ["LANG": "tr_TR.UTF-8", "LC_ALL": "C"]) == .en)
        #expect(Language.from(environment: ["LANG": "en_US.UTF-8", "LC_MESSAGES": "tr"]) == .tr)
        #expect(Language.from(environment: ["LANG": "de_DE.UTF-8"]) == .en)
        #expect(Language.from(environment: ["LC_ALL": "", "LANG": "tr"]) == .tr)
    }

    @Test(
        arguments: [
            (nil, Language.en), ("tr", .tr), ("tr-TR,tr;q=0.9,en;q=0.8", .tr), ("en-US,en;q=0.9,tr;q=0.8", .en),
            ("de-DE,tr;q=0.5", .tr), ("de, fr", .en), ("tr;q=0, en;q=0.1", .en), ("*", .en), ("TR", .tr),
            ("tr;q=abc", .en), (";;,,", .en), ("en;q=0.5, tr;q=0.5", .en), ("en;q=0, *", .tr),
            ("en, *;q=0.5", .en), ("de, *;q=0.1", .en), ("tr;q=0.2, en;q=0.1, *", .tr),
        ] as [(String?, Language)]
    )
    func acceptLanguageIsNegotiated(header: String?, expected: Language) {
        #expect(Language.negotiate(acceptLanguage: header) == expected)
    }
}
