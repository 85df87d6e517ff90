import Foundation
import MailConfCore
import MailConfTesting
import Testing

/// Every label, button and menu name a guide quotes, in English and Turkish, against the strings the program
/// itself ships (`Scripts/client-strings` unpacks them from Debian's packages). The guide data names the catalogue
/// entry of each (`proof.strings`), so a program version that renames one fails here.
///
/// What counts as quoted: the whole text of a `label.*`, `set.*` and `choice.*` key, and in a `heading.*` or
/// `say.*` text every part in double quotes (a menu path `"A → B"` is one part per level).
struct GuideLabelProofTests {
    static let profiles = (try? ClientProfile.bundled()) ?? []
    static let proven = profiles.filter { $0.proof.program != nil }.map(\.id)

    /// What the program shows for a catalogue string, without its accelerator markers (`_`, `&`) and a closing
    /// colon: "_Server:" → "Server", "Use&rname:" → "Username", "Tom && Jerry" → "Tom & Jerry".
    static func shown(_ text: String, markers: Bool) -> String {
        var result = ""
        if markers {
            var iterator = text.makeIterator()
            while let character = iterator.next() {
                if character == "_" || character == "&" {
                    if let next = iterator.next() {
                        result.append(next)  // "__" and "&&" stand for the character itself
                    }
                } else {
                    result.append(character)
                }
            }
        } else {
            result = text
        }
        // GTK 2 menu paths (Sylpheed): "/_Configuration/Create _new account..." shows its last part.
        if result.hasPrefix("/"), let slash = result.lastIndex(of: "/") {
            result = String(result[result.index(after: slash)...])
        }
        result = result.trimmingCharacters(in: .whitespaces)
        if result.hasSuffix(":") { result.removeLast() }
        return result.trimmingCharacters(in: .whitespaces)
    }

    /// The program's text for a source in a language, or why there is none.
    static func resolve(
        _ source: ClientProfile.StringSource,
        _ language: Language,
        _ strings: ClientStrings
    ) throws -> Result<String, ProofFailure> {
        if let id = source.ftl {
            let english = try strings.fluent("en-US")
            guard let value = english[id] else { return .failure(.init("Fluent id \(id) is not in en-US")) }
            let text = language == .tr ? (try strings.fluent("tr")[id] ?? value) : value
            return .success(shown(text, markers: false))
        }
        if let domain = source.mo, let msgid = source.msgid {
            let key = source.ctxt.map { $0 + "\u{4}" + msgid } ?? msgid
            var known = false
            for locale in ClientStrings.msgidLocales where try strings.gettext(domain, locale: locale)[key] != nil {
                known = true
            }
            guard known else {
                return .failure(
                    .init("msgid \(msgid.debugDescription) (ctxt \(source.ctxt ?? "-")) is not in \(domain)")
                )
            }
            let text = language == .tr ? (try strings.gettext(domain, locale: "tr")[key] ?? msgid) : msgid
            return .success(shown(text, markers: true))
        }
        if let id = source.markup {
            guard let text = try strings.markup(id: id) else { return .failure(.init("no markup element \(id)")) }
            return .success(shown(text, markers: false))
        }
        if let path = source.desktop {
            guard let text = try strings.desktopName(path, language: language == .tr ? "tr" : nil) else {
                return .failure(.init("\(path) has no Name"))
            }
            return .success(text)
        }
        return .failure(.init("not a catalogue source"))
    }

    /// A part of a guide's text the catalogue does not back.
    struct ProofFailure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// The quoted parts of an instruction: `Choose "Edit → Accounts", then "Add"` → Edit, Accounts, Add.
    static func quotedParts(_ text: String) -> [String] {
        text.matches(of: #/"([^"]+)"/#).flatMap { match in
            match.output.1.components(separatedBy: " → ").map { $0.trimmingCharacters(in: .whitespaces) }
        }
    }

    @Test func quotedPartsAndAcceleratorsAreRead() {
        #expect(Self.quotedParts(#"Choose "Edit → Accounts", then "Add"."#) == ["Edit", "Accounts", "Add"])
        #expect(Self.shown("_Server:", markers: true) == "Server")
        #expect(Self.shown("Use&rname:", markers: true) == "Username")
        #expect(Self.shown("Tom && Jerry", markers: true) == "Tom & Jerry")
        #expect(Self.shown("Don__t", markers: true) == "Don_t")
        #expect(Self.shown("Sync folders & emails", markers: false) == "Sync folders & emails")
        #expect(Self.shown("/_Configuration/Create _new account...", markers: true) == "Create new account...")
    }

    /// A `.mo` file as msgfmt writes it (little-endian, sorted originals), with a header, a context and a plural.
    @Test func gettextCataloguesAreRead() throws {
        let entries: [(String, String)] = [
            ("", "Content-Type: text/plain; charset=UTF-8\n"), ("_Server:", "_Sunucu:"),
            ("menu\u{4}_File", "_Dosya"), ("%d file\0%d files", "%d dosya\0%d dosya"),
        ]
        var data = Data()
        func word(_ value: Int) { withUnsafeBytes(of: UInt32(value).littleEndian) { data.append(contentsOf: $0) } }
        let tables = 28
        let offset = tables + 16 * entries.count
        var strings = Data()
        var originals: [(Int, Int)] = []
        var translations: [(Int, Int)] = []
        for (original, _) in entries {
            originals.append((original.utf8.count, offset + strings.count))
            strings.append(contentsOf: Array(original.utf8) + [0])
        }
        for (_, translation) in entries {
            translations.append((translation.utf8.count, offset + strings.count))
            strings.append(contentsOf: Array(translation.utf8) + [0])
        }
        for value in [0x9504_12de, 0, entries.count, tables, tables + 8 * entries.count, 0, 0] { word(value) }
        for (length, start) in originals + translations {
            word(length)
            word(start)
        }
        data.append(strings)
        let catalogue = try GettextCatalogue.read(data)
        #expect(catalogue == ["_Server:": "_Sunucu:", "menu\u{4}_File": "_Dosya", "%d file": "%d dosya"])
        #expect(throws: GettextCatalogue.FormatError.self) { try GettextCatalogue.read(Data([1, 2, 3, 4, 5])) }
    }

    @Test func fluentMessagesAttributesAndTermsAreRead() {
        let messages = FluentCatalogue.read([
            "-brand-short-name = Thunderbird\n# a comment\nhub-add = Add { -brand-short-name }\nhub-menu =\n    .label = Email\n    .accesskey = E\n"
        ])
        #expect(messages["hub-add"] == "Add Thunderbird")
        #expect(messages["hub-menu.label"] == "Email")
        #expect(messages["hub-menu.accesskey"] == "E")
    }

    @Test func everyProgramThatShipsCataloguesIsProven() {
        #expect(Set(Self.proven) == ["thunderbird", "evolution", "kmail", "claws-mail", "sylpheed"])
    }

    /// A client without a shipped catalogue cites a help page for each label or says it is unverified.
    @Test func labelsOfTheOtherClientsCiteAPageOrAreMarked() {
        for profile in Self.profiles where profile.proof.program == nil {
            for key in profile.usedKeys where key.hasPrefix("label.") {
                let sources = profile.proof.strings[key] ?? []
                #expect(
                    !sources.isEmpty && sources.allSatisfy { $0.page != nil || $0.unverified != nil },
                    "\(profile.id): \(key) needs a help page or an unverified note"
                )
            }
        }
    }

    @Test(.enabled(if: ClientStrings.isAvailable || ClientStrings.isRequired), arguments: proven)
    func everyQuotedLabelIsInTheProgramsOwnStrings(client: String) throws {
        try #require(
            ClientStrings.isAvailable,
            "the programs' strings are missing: run Scripts/client-strings (Scripts/test does)"
        )
        let strings = ClientStrings()
        let profile = try #require(ClientProfile.named(client, in: Self.profiles))
        let versions = try strings.packageVersions()
        for (package, series) in profile.proof.packages ?? [:] {
            let version = try #require(
                versions[package],
                "\(package) is not in the cache: add it to Scripts/client-strings"
            )
            let upstream = ClientStrings.upstream(version)
            #expect(
                upstream == series || upstream.hasPrefix(series + ".") || upstream.hasPrefix(series + "~"),
                "\(client): Debian now has \(package) \(upstream), the guide describes \(series): check the guide again"
            )
        }
        let english = profile.text[Language.en.rawValue] ?? [:]
        let keys = Set(english.keys).filter { !$0.hasPrefix("heading.") && !$0.hasPrefix("say.") }
            .union(profile.usedKeys)
        for key in keys.sorted() {
            let sources = profile.proof.strings[key] ?? []
            let own = sources.contains { $0.own == true }
            let literal = sources.contains { $0.literal != nil }
            let whole = !key.hasPrefix("heading.") && !key.hasPrefix("say.")
            for language in Language.allCases {
                let text = try #require(profile.text(key, language), "\(client): \(key) has no \(language) text")
                var values: [String] = []
                for source in sources where source.isCatalogue {
                    switch try Self.resolve(source, language, strings) {
                    case .success(let value): values.append(value)
                    case .failure(let failure): Issue.record("\(client) \(key): \(failure)")
                    }
                }
                if whole {
                    if literal {
                        #expect(
                            text.wholeMatch(of: #/[A-Z0-9][A-Z0-9\/ -]*/#) != nil && text == profile.text(key, .en),
                            "\(client): \(key) \"\(text)\" is no untranslated protocol name; name its catalogue entry"
                        )
                        continue
                    }
                    if own {
                        #expect(!key.hasPrefix("label."), "\(client): \(key) is a label; it must come from the program")
                        continue
                    }
                    #expect(sources.count == 1, "\(client): \(key) needs exactly one catalogue source")
                    #expect(
                        values.contains(text),
                        "\(client) \(language): \(key) is \"\(text)\"; the program shows \(values)"
                    )
                } else {
                    let parts = Self.quotedParts(text)
                    for part in parts {
                        #expect(
                            values.contains(part),
                            "\(client) \(language): \(key) quotes \"\(part)\", not among \(values)"
                        )
                    }
                    for value in values where !parts.contains(value) {
                        Issue.record(
                            "\(client) \(language): \(key) names a source for \"\(value)\" but does not quote it"
                        )
                    }
                }
            }
        }
        for key in profile.proof.strings.keys where english[key] == nil {
            Issue.record("\(client): proof names \(key), which has no text")
        }
    }
}
