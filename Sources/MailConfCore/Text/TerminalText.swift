/// The one rule for text a peer sent on its way to a terminal: every byte the server controls is shown, none is
/// obeyed. Text renderers pass each such field through ``escape(_:)``; JSON output escapes by JSON's own rules.
public enum TerminalText {
    /// `text` with every character a terminal could act on written out: C0 and C1 controls and DEL as `\x1b`,
    /// tab as `\t`, Unicode format and separator characters (bidirectional overrides, zero-width marks, U+2028)
    /// as `\u{202e}`, and the backslash as `\\` so that an escape cannot be forged. Invalid UTF-8 was already
    /// replaced by U+FFFD when the bytes were decoded.
    public static func escape(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar) else {
                result.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "\\": result += "\\\\"
            case "\t": result += "\\t"
            default:
                let hex = String(scalar.value, radix: 16)
                if scalar.value < 0x100 {
                    result += "\\x" + (hex.count < 2 ? "0" : "") + hex
                } else {
                    result += "\\u{" + hex + "}"
                }
            }
        }
        return result
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) || scalar == "\\" { return true }
        guard value >= 0x00AD else { return false }
        switch scalar.properties.generalCategory {
        case .format, .lineSeparator, .paragraphSeparator, .control, .unassigned, .privateUse, .surrogate:
            return true
        default:
            return false
        }
    }
}
