public import Foundation
import Synchronization

/// The human-facing strings of MailConf in every ``Language``, read from `strings/LANG.json` (a flat object of
/// key → text, with `{name}` placeholders).
///
/// A key missing in a language falls back to English, then to the key itself, so output never breaks; the test
/// suite fails when any key is missing in either language.
public struct Catalogue: Sendable {
    /// Every language's table (for the bundled catalogue, each is read on first use).
    public var tables: [Language: [String: String]] {
        Dictionary(
            uniqueKeysWithValues: Language.allCases.compactMap { language in table(language).map { (language, $0) } }
        )
    }

    private let source: Source

    private enum Source: Sendable {
        case tables([Language: [String: String]])
        case lazy(LazyTables)
    }

    /// Creates a catalogue from tables.
    public init(tables: [Language: [String: String]]) {
        source = .tables(tables)
    }

    /// Reads `LANG.json` for every language from the given files (name → JSON text).
    ///
    /// - Throws: ``GuideDataError`` for a missing or unreadable file.
    public init(files: [(name: String, text: String)]) throws {
        var tables: [Language: [String: String]] = [:]
        for language in Language.allCases {
            tables[language] = try Self.decode(language, from: files)
        }
        source = .tables(tables)
    }

    private init(lazyFiles files: [(name: String, text: String)]) {
        source = .lazy(LazyTables(files: files))
    }

    /// The catalogue compiled into MailConf (`Guides/strings`, embedded by `Scripts/embed-guides`). A language is
    /// read the first time it is asked for: a command prints in one language, and every start of a command that
    /// prints text pays for what it reads.
    public static let bundled = Catalogue(lazyFiles: BundledGuideData.strings)

    /// One language's table.
    func table(_ language: Language) -> [String: String]? {
        switch source {
        case .tables(let tables): tables[language]
        case .lazy(let lazy): lazy.table(language)
        }
    }

    static func decode(_ language: Language, from files: [(name: String, text: String)]) throws -> [String: String] {
        let name = "\(language.rawValue).json"
        guard let file = files.first(where: { $0.name == name }) else {
            throw GuideDataError(file: name, reason: "missing")
        }
        // JSONSerialization, not JSONDecoder: Codable's dynamic casts cost more than the rest of a cold lookup.
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(file.text.utf8))
        } catch {
            throw GuideDataError(file: name, reason: String(describing: error))
        }
        guard let table = object as? [String: String] else {
            throw GuideDataError(file: name, reason: "not a flat object of strings")
        }
        return table
    }

    /// Whether `language` has its own text for `key` (``text(_:_:_:)`` falls back to English).
    public func contains(_ key: String, _ language: Language) -> Bool {
        table(language)?[key] != nil
    }

    /// The text for `key` in `language`, placeholders filled from `arguments`.
    public func text(_ key: String, _ language: Language, _ arguments: [String: String] = [:]) -> String {
        let template = table(language)?[key] ?? table(.en)?[key] ?? key
        guard !arguments.isEmpty, template.contains("{") else { return template }
        // One pass, so that a value holding `{…}` is never expanded again.
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let value = arguments[String(after[..<close])] {
                result += value
                rest = after[after.index(after: close)...]
            } else {
                result += "{"
                rest = after
            }
        }
        return result + rest
    }
}

/// Guide data that could not be read.
public struct GuideDataError: Error, CustomStringConvertible, Sendable {
    /// The file at fault.
    public var file: String
    /// What was wrong.
    public var reason: String

    /// Creates the error.
    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }

    public var description: String { "\(file): \(reason)" }
}

/// Shorthand for ``Catalogue/bundled``'s text.
func localized(_ key: String, _ language: Language, _ arguments: [String: String] = [:]) -> String {
    Catalogue.bundled.text(key, language, arguments)
}

/// The bundled tables, each decoded on first use.
private final class LazyTables: Sendable {
    private let files: [(name: String, text: String)]
    private let decoded = Mutex<[Language: [String: String]]>([:])

    init(files: [(name: String, text: String)]) {
        self.files = files
    }

    func table(_ language: Language) -> [String: String]? {
        if let table = decoded.withLock({ $0[language] }) { return table }
        guard let table = try? Catalogue.decode(language, from: files) else { return nil }
        decoded.withLock { $0[language] = table }
        return table
    }
}
