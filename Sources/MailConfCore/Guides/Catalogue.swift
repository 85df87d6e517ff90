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
        // The catalogues are flat objects of strings: read so directly (a cold lookup pays for this read), and
        // leave anything else to JSONSerialization, which also words the error.
        if let table = FlatStringTable.parse(Array(file.text.utf8)) { return table }
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

/// A reader for exactly one shape of JSON, a flat object whose values are all strings (`{"key": "text", …}`), for
/// the string catalogues; `nil` for anything else (the caller then uses a full JSON reader).
enum FlatStringTable {
    static func parse(_ bytes: [UInt8]) -> [String: String]? {
        var reader = Reader(bytes: bytes)
        var table: [String: String] = [:]
        table.reserveCapacity(512)
        reader.skipSpace()
        guard reader.take(UInt8(ascii: "{")) else { return nil }
        reader.skipSpace()
        if reader.take(UInt8(ascii: "}")) { return reader.atEndAfterSpace() ? table : nil }
        while true {
            reader.skipSpace()
            guard let key = reader.string() else { return nil }
            reader.skipSpace()
            guard reader.take(UInt8(ascii: ":")) else { return nil }
            reader.skipSpace()
            guard let value = reader.string(), table.updateValue(value, forKey: key) == nil else { return nil }
            reader.skipSpace()
            if reader.take(UInt8(ascii: ",")) { continue }
            guard reader.take(UInt8(ascii: "}")) else { return nil }
            return reader.atEndAfterSpace() ? table : nil
        }
    }

    private struct Reader {
        let bytes: [UInt8]
        var index = 0

        mutating func skipSpace() {
            while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
        }

        mutating func take(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        mutating func atEndAfterSpace() -> Bool {
            skipSpace()
            return index == bytes.count
        }

        /// A JSON string: escapes decoded, `\u` surrogate pairs joined; `nil` for a malformed one.
        mutating func string() -> String? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            var utf8: [UInt8] = []
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch byte {
                case UInt8(ascii: "\""):
                    return String(validating: utf8, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    guard index < bytes.count else { return nil }
                    let escape = bytes[index]
                    index += 1
                    switch escape {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
                    case UInt8(ascii: "b"): utf8.append(0x08)
                    case UInt8(ascii: "f"): utf8.append(0x0C)
                    case UInt8(ascii: "n"): utf8.append(0x0A)
                    case UInt8(ascii: "r"): utf8.append(0x0D)
                    case UInt8(ascii: "t"): utf8.append(0x09)
                    case UInt8(ascii: "u"):
                        guard var scalar = hex4() else { return nil }
                        if (0xD800..<0xDC00).contains(scalar) {
                            guard take(UInt8(ascii: "\\")), take(UInt8(ascii: "u")), let low = hex4(),
                                (0xDC00..<0xE000).contains(low)
                            else { return nil }
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        }
                        guard let unicode = Unicode.Scalar(scalar) else { return nil }
                        utf8.append(contentsOf: Array(String(Character(unicode)).utf8))
                    default:
                        return nil
                    }
                case 0x00..<0x20:
                    return nil
                default:
                    utf8.append(byte)
                }
            }
            return nil
        }

        private mutating func hex4() -> UInt32? {
            guard index + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for byte in bytes[index..<index + 4] {
                guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { return nil }
                value = value << 4 | UInt32(digit)
            }
            index += 4
            return value
        }
    }
}
