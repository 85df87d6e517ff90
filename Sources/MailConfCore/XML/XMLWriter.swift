/// Builds indented XML text with correct escaping. Used by every XML writer of MailConf.
struct XMLWriter {
    private(set) var output: String
    private var depth = 0
    private let indentUnit: String

    /// Starts a document with the XML declaration.
    init(declaration: String = #"<?xml version="1.0" encoding="UTF-8"?>"#, indent: String = "  ") {
        output = declaration + "\n"
        indentUnit = indent
    }

    /// Appends a raw line (e.g. a DOCTYPE), unescaped.
    mutating func raw(_ line: String) {
        output += line + "\n"
    }

    /// Opens `<name attr="…">`.
    mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        output += indentation + "<" + name + Self.attributes(attributes) + ">\n"
        depth += 1
    }

    /// Closes `</name>`.
    mutating func close(_ name: String) {
        depth -= 1
        output += indentation + "</" + name + ">\n"
    }

    /// Writes `<name>text</name>`.
    mutating func element(_ name: String, _ text: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        output += indentation + "<" + name + Self.attributes(attributes) + ">" + Self.escape(text) + "</" + name + ">\n"
    }

    /// Writes `<name/>`.
    mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        output += indentation + "<" + name + Self.attributes(attributes) + "/>\n"
    }

    private var indentation: String { String(repeating: indentUnit, count: depth) }

    private static func attributes(_ pairs: KeyValuePairs<String, String>) -> String {
        pairs.map { " \($0.key)=\"\(escape($0.value, inAttribute: true))\"" }.joined()
    }

    /// Escapes markup characters and drops characters XML 1.0 cannot carry. A carriage return is written as a
    /// character reference, since a reader folds a literal one into a line feed (and, in attribute values, tabs and
    /// line feeds into spaces): what is written reads back as the same text.
    static func escape(_ text: String, inAttribute: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { needsWork($0) }) else { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\r": result += "&#13;"
            case "\t" where inAttribute: result += "&#9;"
            case "\n" where inAttribute: result += "&#10;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func needsWork(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "&", "<", ">", "\"", "'": true
        default: scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF
        }
    }
}
