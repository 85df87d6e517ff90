/// A POP3 status line (RFC 1939): `+OK text` or `-ERR text`, with an optional RFC 3206 response code.
public struct POP3Reply: Hashable, Sendable {
    /// `+OK`.
    public var ok: Bool
    /// The text after the status indicator.
    public var text: String

    /// A line that is neither `+OK` nor `-ERR`.
    public struct Malformed: Error, Hashable, Sendable, CustomStringConvertible {
        /// The line, sanitised.
        public var line: String
        public var description: String { "malformed POP3 reply '\(line)'" }
    }

    /// Parses a status line.
    ///
    /// - Throws: ``Malformed``.
    public init(parsing line: String) throws(Malformed) {
        let upper = line.uppercased()
        if upper.hasPrefix("+OK") {
            ok = true
            text = String(line.dropFirst(3).trimmingWhitespace())
        } else if upper.hasPrefix("-ERR") {
            ok = false
            text = String(line.dropFirst(4).trimmingWhitespace())
        } else {
            throw Malformed(line: Printable.excerpt(line, limit: 80))
        }
    }

    /// The RFC 2449/3206 response code in brackets at the start of the text, e.g. `AUTH`, `SYS/TEMP`.
    public var code: String? {
        guard text.hasPrefix("["), let close = text.firstIndex(of: "]") else { return nil }
        return String(text[text.index(after: text.startIndex)..<close]).uppercased()
    }
}

/// POP3 capabilities from a `CAPA` response (RFC 2449).
public struct POP3Capabilities: Hashable, Sendable {
    /// Each capability line as sent.
    public var lines: [String]

    /// Creates capabilities from the lines of a CAPA response (without the terminating `.`).
    public init(lines: [String]) {
        self.lines = lines.map { String($0.trimmingWhitespace()) }.filter { !$0.isEmpty }
    }

    /// The upper-case tags, e.g. `STLS`, `SASL`, `USER`.
    public var tags: [String] { lines.map { String($0.prefix { $0 != " " }).uppercased() } }

    /// Whether `tag` is listed.
    public func has(_ tag: String) -> Bool { tags.contains(tag.uppercased()) }

    /// SASL mechanisms from the `SASL` line, upper case.
    public var saslMechanisms: [String] {
        lines.filter { $0.uppercased().hasPrefix("SASL") }.flatMap { line in
            line.split(separator: " ").dropFirst().map { $0.uppercased() }
        }
    }
}

/// Reads POP3 multi-line responses: lines until a lone `.`, with dot-unstuffing (RFC 1939 §3).
public struct POP3MultilineReader: Sendable {
    /// Most lines accepted.
    public var maximumLines: Int
    /// Lines so far, unstuffed.
    public private(set) var lines: [String] = []

    /// Too many lines.
    public struct TooLong: Error, Hashable, Sendable {}

    /// Creates a reader.
    public init(maximumLines: Int = 256) {
        self.maximumLines = maximumLines
    }

    /// Feeds a line; returns `true` when the terminating `.` arrived.
    ///
    /// - Throws: ``TooLong``.
    public mutating func feed(_ line: String) throws(TooLong) -> Bool {
        if line == "." { return true }
        lines.append(line.hasPrefix("..") ? String(line.dropFirst()) : line)
        guard lines.count <= maximumLines else { throw TooLong() }
        return false
    }
}
