public import Foundation

/// The mail programs' own interface strings that `Scripts/client-strings` unpacks from Debian's packages: gettext
/// catalogues (`mo/LOCALE/DOMAIN.mo`), Thunderbird's Fluent files (`thunderbird/en-US`, `thunderbird/tr`) and
/// markup (`thunderbird/messenger.xhtml`), and `.desktop` files (`desktop/`). The label test reads them.
public final class ClientStrings: @unchecked Sendable {
    /// The cache folder: `MAILCONF_CLIENT_STRINGS`, else `Scripts/.cache/client-strings`.
    public static var folder: URL {
        if let path = ProcessInfo.processInfo.environment["MAILCONF_CLIENT_STRINGS"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return RepositoryPaths.root.appendingPathComponent("Scripts/.cache/client-strings")
    }

    /// Whether the strings have been fetched.
    public static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent("STAMP").path)
    }

    /// Whether a run must fail instead of skipping when they are missing (`Scripts/test` sets it).
    public static var isRequired: Bool {
        let environment = ProcessInfo.processInfo.environment
        return environment["MAILCONF_REQUIRE_CLIENT_STRINGS"] == "1" || environment["MAILCONF_REQUIRE_FIXTURE"] == "1"
    }

    /// The locales whose catalogues show that an English msgid exists (a `.mo` file lists what it translates).
    public static let msgidLocales = ["tr", "en_GB", "de"]

    let root: URL
    private let lock = NSLock()
    private var gettext: [String: [String: String]] = [:]
    private var fluent: [String: [String: String]] = [:]
    private var markupText: String?

    /// Opens the cache at `root`.
    public init(root: URL = ClientStrings.folder) {
        self.root = root
    }

    /// Package → Debian version, from the cache's `STAMP`.
    public func packageVersions() throws -> [String: String] {
        let text = try String(contentsOf: root.appendingPathComponent("STAMP"), encoding: .utf8)
        var versions: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1)
            if parts.count == 2 { versions[String(parts[0])] = String(parts[1]) }
        }
        return versions
    }

    /// The upstream part of a Debian version: `1:153.8.0esr-1~deb12u1` → `153.8.0esr`.
    public static func upstream(_ version: String) -> String {
        var text = Substring(version)
        if let colon = text.firstIndex(of: ":") { text = text[text.index(after: colon)...] }
        if let dash = text.lastIndex(of: "-") { text = text[..<dash] }
        return String(text)
    }

    /// A gettext domain's entries in a locale (empty when the package ships none for it).
    public func gettext(_ domain: String, locale: String) throws -> [String: String] {
        let key = locale + "/" + domain
        if let cached = lock.withLock({ gettext[key] }) { return cached }
        let file = root.appendingPathComponent("mo/\(locale)/\(domain).mo")
        let entries =
            FileManager.default.fileExists(atPath: file.path)
            ? try GettextCatalogue.read(Data(contentsOf: file)) : [:]
        lock.withLock { gettext[key] = entries }
        return entries
    }

    /// Thunderbird's Fluent messages for a locale folder (`en-US`, `tr`): `id` and `id.attribute` → text.
    public func fluent(_ locale: String) throws -> [String: String] {
        if let cached = lock.withLock({ fluent[locale] }) { return cached }
        let folder = root.appendingPathComponent("thunderbird/\(locale)")
        var files: [String] = []
        if let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) {
            for case let url as URL in enumerator where url.pathExtension == "ftl" {
                files.append(try String(contentsOf: url, encoding: .utf8))
            }
        }
        let messages = FluentCatalogue.read(files)
        lock.withLock { fluent[locale] = messages }
        return messages
    }

    /// The `label` attribute (or the text) of the Thunderbird markup element with this id.
    public func markup(id: String) throws -> String? {
        let text: String
        if let cached = lock.withLock({ markupText }) {
            text = cached
        } else {
            text = try String(
                contentsOf: root.appendingPathComponent("thunderbird/messenger.xhtml"),
                encoding: .utf8
            )
            lock.withLock { markupText = text }
        }
        guard let idRange = text.range(of: "id=\"\(id)\"") else { return nil }
        guard let open = text[..<idRange.lowerBound].lastIndex(of: "<"),
            let close = text[idRange.upperBound...].firstIndex(of: ">")
        else { return nil }
        let tag = text[open..<close]
        if let label = tag.firstMatch(of: #/\slabel="([^"]*)"/#) { return String(label.output.1) }
        let after = text[text.index(after: close)...]
        let content = after.prefix { $0 != "<" }.trimmingCharacters(in: .whitespacesAndNewlines)
        return content.isEmpty ? nil : content
    }

    /// The `Name` of a `.desktop` file in a language (`nil`: English), falling back to English as KDE does.
    public func desktopName(_ path: String, language: String?) throws -> String? {
        let text = try String(contentsOf: root.appendingPathComponent("desktop/\(path)"), encoding: .utf8)
        var names: [String: String] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("Name") {
            guard let equals = line.firstIndex(of: "=") else { continue }
            names[String(line[..<equals])] = String(line[line.index(after: equals)...])
        }
        if let language, let localized = names["Name[\(language)]"] { return localized }
        return names["Name"]
    }
}

/// A reader of GNU gettext's binary `.mo` catalogues.
public enum GettextCatalogue {
    /// A malformed catalogue.
    public struct FormatError: Error, CustomStringConvertible {
        /// What is wrong.
        public var description: String
    }

    /// The entries: `msgid` (or `msgctxt` U+0004 `msgid`) → the first translation. Plural forms are keyed by
    /// their singular msgid.
    public static func read(_ data: Data) throws -> [String: String] {
        let bytes = [UInt8](data)
        func word(_ offset: Int, _ littleEndian: Bool) throws -> Int {
            guard offset >= 0, offset + 4 <= bytes.count else { throw FormatError(description: "truncated") }
            let b = bytes[offset..<offset + 4].map(UInt32.init)
            let value =
                littleEndian ? b[0] | b[1] << 8 | b[2] << 16 | b[3] << 24 : b[3] | b[2] << 8 | b[1] << 16 | b[0] << 24
            return Int(value)
        }
        let little: Bool
        switch try word(0, true) {
        case 0x9504_12de: little = true
        case 0xde12_0495: little = false
        default: throw FormatError(description: "not a .mo file")
        }
        let count = try word(8, little)
        let originals = try word(12, little)
        let translations = try word(16, little)
        func string(_ table: Int, _ index: Int) throws -> String {
            let length = try word(table + 8 * index, little)
            let start = try word(table + 8 * index + 4, little)
            guard start >= 0, length >= 0, start + length <= bytes.count else {
                throw FormatError(description: "string outside the file")
            }
            let raw = bytes[start..<start + length]
            let first = raw.split(separator: 0, maxSplits: 1, omittingEmptySubsequences: false).first ?? raw[...]
            return String(decoding: first, as: UTF8.self)
        }
        var entries: [String: String] = [:]
        guard count >= 0, count < 1_000_000 else { throw FormatError(description: "implausible count") }
        for index in 0..<count {
            let key = try string(originals, index)
            guard !key.isEmpty else { continue }  // the header
            entries[key] = try string(translations, index)
        }
        return entries
    }
}

/// A reader of the Fluent (`.ftl`) files Thunderbird ships, enough for plain messages and attributes.
public enum FluentCatalogue {
    /// Messages from several files: `id` → value, `id.attribute` → attribute value; references to simple terms
    /// (`{ -brand-short-name }`) are filled in.
    public static func read(_ files: [String]) -> [String: String] {
        var messages: [String: String] = [:]
        var terms: [String: String] = [:]
        for file in files {
            var current: String?
            var attribute: String?
            func append(_ text: Substring) {
                guard let current else { return }
                let key = attribute.map { current + "." + $0 } ?? current
                let piece = text.trimmingCharacters(in: .whitespaces)
                let joined = (messages[key].map { $0.isEmpty ? "" : $0 + " " } ?? "") + piece
                messages[key] = joined
                if current.hasPrefix("-"), attribute == nil { terms[current] = joined }
            }
            for line in file.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.hasPrefix("#") || line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
                if let match = line.wholeMatch(of: #/(-?[A-Za-z][A-Za-z0-9_-]*) *=(.*)/#) {
                    current = String(match.output.1)
                    attribute = nil
                    append(match.output.2)
                } else if let match = line.wholeMatch(of: #/\s+\.([A-Za-z][A-Za-z0-9_-]*) *=(.*)/#) {
                    attribute = String(match.output.1)
                    append(match.output.2)
                } else if line.first?.isWhitespace == true {
                    append(line[...])
                }
            }
        }
        return messages.mapValues { value in
            value.replacing(#/\{ *(-[A-Za-z][A-Za-z0-9_-]*) *\}/#) { match in terms[String(match.output.1)] ?? "" }
        }
    }
}
