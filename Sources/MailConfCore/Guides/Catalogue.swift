public import Foundation

/// The human-facing strings of MailConf in every ``Language``, read from `strings/LANG.json` (a flat object of
/// key → text, with `{name}` placeholders).
///
/// A key missing in a language falls back to English, then to the key itself, so output never breaks; the test
/// suite fails when any key is missing in either language.
public struct Catalogue: Sendable {
    /// Every language's table.
    public let tables: [Language: [String: String]]

    /// Creates a catalogue from tables.
    public init(tables: [Language: [String: String]]) {
        self.tables = tables
    }

    /// Reads `LANG.json` for every language from the given files (name → JSON text).
    public init(files: [(name: String, text: String)]) throws {
        var tables: [Language: [String: String]] = [:]
        for language in Language.allCases {
            let name = "\(language.rawValue).json"
            guard let file = files.first(where: { $0.name == name }) else {
                throw GuideDataError(file: name, reason: "missing")
            }
            do {
                tables[language] = try JSONDecoder().decode([String: String].self, from: Data(file.text.utf8))
            } catch {
                throw GuideDataError(file: name, reason: String(describing: error))
            }
        }
        self.tables = tables
    }

    /// The catalogue compiled into MailConf (`Guides/strings`, embedded by `Scripts/embed-guides`).
    public static let bundled: Catalogue = (try? Catalogue(files: BundledGuideData.strings)) ?? Catalogue(tables: [:])

    /// Whether `language` has its own text for `key` (``text(_:_:_:)`` falls back to English).
    public func contains(_ key: String, _ language: Language) -> Bool {
        tables[language]?[key] != nil
    }

    /// The text for `key` in `language`, placeholders filled from `arguments`.
    public func text(_ key: String, _ language: Language, _ arguments: [String: String] = [:]) -> String {
        let template = tables[language]?[key] ?? tables[.en]?[key] ?? key
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
