extension ClientGuide {
    /// The guide as numbered steps for a terminal, then the explanations.
    public func text(address: EmailAddress, style: TextStyle = .plain) -> String {
        let email = address.unicodeAddress
        var lines = [
            style.bold(localized("guide.title", language, ["client": clientName, "email": email])),
            style.dim(provenance),
        ]
        if !warnings.isEmpty {
            lines.append("")
            lines += warnings.map { "  " + style.yellow("! " + $0) }
        }
        var number = 0
        for section in sections {
            lines.append("")
            lines.append(style.bold(section.heading))
            for step in section.steps {
                number += 1
                let prefix = "  " + String(repeating: " ", count: max(0, 2 - String(number).count)) + "\(number). "
                if let text = step.text {
                    lines.append(prefix + text)
                } else if let label = step.label {
                    let english = step.englishLabel.map { " [\($0)]" } ?? ""
                    let mark = step.unverified ? " (" + localized("guide.unverifiedMark", language) + ")" : ""
                    lines.append(prefix + label + english + mark + ": " + style.bold(step.value ?? ""))
                }
            }
        }
        if !explanations.isEmpty {
            lines.append("")
            lines.append(style.bold(localized("guide.explanations", language)))
            for explanation in explanations {
                lines.append("  " + style.bold(explanation.title))
                lines += TextWrap.lines(explanation.text, width: 76).map { "    " + $0 }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Word wrapping for terminal paragraphs.
enum TextWrap {
    /// `text` broken at spaces into lines of at most `width` characters (longer words stay whole).
    static func lines(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
