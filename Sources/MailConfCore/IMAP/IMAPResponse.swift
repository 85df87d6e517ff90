/// One IMAP response line (RFC 9051 §7), parsed as far as probing needs: status responses with their response
/// code, untagged data, and continuation requests.
///
/// ### Example
/// ```
/// S: * OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] Dovecot ready.
/// C: a1 STARTTLS
/// S: a1 OK Begin TLS negotiation now.
/// ```
public enum IMAPResponse: Hashable, Sendable {
    /// `* KEYWORD [CODE] text` — `OK`, `NO`, `BAD`, `PREAUTH`, `BYE`, `CAPABILITY`, …
    case untagged(keyword: String, code: String?, text: String)
    /// `tag STATUS [CODE] text` — the completion of a command.
    case tagged(tag: String, status: String, code: String?, text: String)
    /// `+ text` — the server waits for more from the client.
    case continuation(String)

    /// A line that is not an IMAP response.
    public struct Malformed: Error, Hashable, Sendable, CustomStringConvertible {
        /// The line, sanitised.
        public var line: String
        public var description: String { "malformed IMAP response '\(line)'" }
    }

    /// Parses a response line (literals already joined in).
    ///
    /// - Throws: ``Malformed``.
    public init(parsing line: String) throws(Malformed) {
        if line == "+" || line.hasPrefix("+ ") {
            self = .continuation(String(line.dropFirst(2)))
            return
        }
        let parts = line.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count >= 1, let first = parts.first, !first.isEmpty else {
            throw Malformed(line: Printable.excerpt(line, limit: 80))
        }
        let rest = parts.count > 1 ? parts[1] : ""
        let words = rest.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
        let keyword = words.first.map { $0.uppercased() } ?? ""
        var text = words.count > 1 ? String(words[1]) : ""
        var code: String?
        if ["OK", "NO", "BAD", "PREAUTH", "BYE"].contains(keyword), text.hasPrefix("["),
            let close = text.firstIndex(of: "]")
        {
            code = String(text[text.index(after: text.startIndex)..<close])
            text = String(text[text.index(after: close)...].trimmingWhitespace())
        }
        if first == "*" {
            guard !keyword.isEmpty else { throw Malformed(line: Printable.excerpt(line, limit: 80)) }
            self = .untagged(keyword: keyword, code: code, text: text)
        } else {
            guard ["OK", "NO", "BAD"].contains(keyword) else {
                throw Malformed(line: Printable.excerpt(line, limit: 80))
            }
            self = .tagged(tag: String(first), status: keyword, code: code, text: text)
        }
    }

    /// The length of the literal (`{n}` or `{n+}`) that ends `line`, if any (RFC 9051 §4.3, RFC 7888).
    public static func literalLength(at line: String) -> Int? {
        guard line.hasSuffix("}"), let open = line.lastIndex(of: "{") else { return nil }
        var digits = line[line.index(after: open)..<line.index(before: line.endIndex)]
        if digits.hasSuffix("+") { digits = digits.dropLast() }
        guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
            let value = Int(digits)
        else {
            return nil
        }
        return value
    }
}

/// IMAP capabilities (RFC 9051 §7.2.2), from a `CAPABILITY` response or response code.
public struct IMAPCapabilities: Hashable, Sendable {
    /// The capability names as sent.
    public var names: [String]

    /// Reads a space-separated capability list.
    public init(_ text: String) {
        names = text.split(separator: " ").map(String.init).filter { !$0.isEmpty }
    }

    /// Whether `name` (case-insensitive) is listed.
    public func has(_ name: String) -> Bool { names.contains { $0.uppercased() == name.uppercased() } }

    /// SASL mechanisms from `AUTH=` entries, upper case.
    public var authMechanisms: [String] {
        names.compactMap { name in
            let upper = name.uppercased()
            return upper.hasPrefix("AUTH=") ? String(upper.dropFirst(5)) : nil
        }
    }

    /// Whether the server supports SASL-IR (RFC 4959).
    public var hasSASLIR: Bool { has("SASL-IR") }
    /// Whether the `LOGIN` command is refused (RFC 9051 §6.2.3).
    public var loginDisabled: Bool { has("LOGINDISABLED") }
}
