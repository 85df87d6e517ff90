/// The extensions a server lists in its EHLO reply (RFC 5321 §4.1.1.1).
public struct SMTPCapabilities: Hashable, Sendable {
    /// Each extension line as sent, e.g. `SIZE 35882577`, `AUTH PLAIN LOGIN`.
    public var lines: [String]

    /// Reads the EHLO reply: its first line is the greeting, each further line one extension.
    public init(ehlo reply: SMTPReply) {
        lines = reply.lines.dropFirst().map { String($0.trimmingWhitespace()) }.filter { !$0.isEmpty }
    }

    /// Creates capabilities from extension lines.
    public init(lines: [String]) {
        self.lines = lines
    }

    /// The upper-case keywords, e.g. `STARTTLS`, `AUTH`, `SIZE`.
    public var keywords: [String] {
        lines.map { line in
            String(line.prefix { $0 != " " && $0 != "=" }).uppercased()
        }
    }

    /// Whether `keyword` is listed.
    public func has(_ keyword: String) -> Bool { keywords.contains(keyword.uppercased()) }

    /// SASL mechanisms from `AUTH …` lines and the obsolete `AUTH=…` form, upper case, in order, no repeats.
    public var authMechanisms: [String] {
        var result: [String] = []
        for line in lines {
            let upper = line.uppercased()
            guard upper.hasPrefix("AUTH ") || upper.hasPrefix("AUTH=") else { continue }
            for mechanism in upper.dropFirst(5).split(whereSeparator: { $0 == " " || $0 == "=" })
            where !result.contains(String(mechanism)) {
                result.append(String(mechanism))
            }
        }
        return result
    }
}
