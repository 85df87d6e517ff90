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

    /// Reads `strings/LANG.json` for every language from a folder.
    public init(directory: URL) throws {
        var tables: [Language: [String: String]] = [:]
        for language in Language.allCases {
            let file = directory.appendingPathComponent("strings/\(language.rawValue).json")
            do {
                tables[language] = try JSONDecoder().decode([String: String].self, from: Data(contentsOf: file))
            } catch {
                throw GuideDataError(file: file.path, reason: String(describing: error))
            }
        }
        self.tables = tables
    }

    /// The catalogue bundled with MailConf (empty, so keys show through, when its files are missing).
    public static let bundled: Catalogue = {
        guard let directory = GuideResources.directory, let catalogue = try? Catalogue(directory: directory) else {
            return Catalogue(tables: [:])
        }
        return catalogue
    }()

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
