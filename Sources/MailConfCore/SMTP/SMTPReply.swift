/// An SMTP reply (RFC 5321 §4.2): a three-digit code and one or more lines of text.
///
/// ### Example
/// ```
/// S: 250-mail.example.com
/// S: 250-STARTTLS
/// S: 250 AUTH PLAIN LOGIN
/// ```
public struct SMTPReply: Hashable, Sendable {
    /// The reply code, 200–599.
    public var code: Int
    /// The text of each line, without code and separator.
    public var lines: [String]

    /// Creates a reply.
    public init(code: Int, lines: [String]) {
        self.code = code
        self.lines = lines
    }

    /// 2xx.
    public var isPositive: Bool { (200..<300).contains(code) }
    /// 4xx.
    public var isTransientFailure: Bool { (400..<500).contains(code) }
    /// 5xx.
    public var isPermanentFailure: Bool { (500..<600).contains(code) }

    /// All lines joined with spaces.
    public var text: String { lines.joined(separator: " ") }
}

/// Assembles SMTP reply lines into replies, checking their syntax and capping their number.
public struct SMTPReplyParser: Sendable {
    /// A reply line that breaks RFC 5321.
    public struct Malformed: Error, Hashable, Sendable, CustomStringConvertible {
        /// The offending line, sanitised.
        public var line: String
        /// What is wrong.
        public var reason: String
        /// Whether the reply was refused only for having too many lines.
        public var tooManyLines = false
        public var description: String { "malformed SMTP reply line '\(line)': \(reason)" }
    }

    /// Most lines accepted in one reply.
    public var maximumLines: Int
    private var code: Int?
    private var lines: [String] = []

    /// Creates a parser.
    public init(maximumLines: Int = 256) {
        self.maximumLines = maximumLines
    }

    /// Feeds one line; returns the reply when it is complete.
    ///
    /// - Throws: ``Malformed`` for a line that is not `ddd-text`, `ddd text` or `ddd`, a code that changes
    ///   mid-reply, or more than ``maximumLines`` lines.
    public mutating func feed(_ line: String) throws(Malformed) -> SMTPReply? {
        let bytes = Array(line.utf8.prefix(4))
        guard bytes.count >= 3, bytes[0...2].allSatisfy({ (0x30...0x39).contains($0) }),
            (0x32...0x35).contains(bytes[0])
        else {
            throw Malformed(line: Printable.excerpt(line, limit: 80), reason: "no three-digit code")
        }
        let value = Int(bytes[0] - 0x30) * 100 + Int(bytes[1] - 0x30) * 10 + Int(bytes[2] - 0x30)
        if let code, code != value {
            throw Malformed(line: Printable.excerpt(line, limit: 80), reason: "code changed from \(code) mid-reply")
        }
        code = value
        let separator = bytes.count > 3 ? bytes[3] : UInt8(ascii: " ")
        guard separator == UInt8(ascii: " ") || separator == UInt8(ascii: "-") else {
            throw Malformed(line: Printable.excerpt(line, limit: 80), reason: "neither ' ' nor '-' after the code")
        }
        lines.append(String(line.dropFirst(4)))
        guard lines.count <= maximumLines else {
            throw Malformed(
                line: Printable.excerpt(line, limit: 80),
                reason: "more than \(maximumLines) lines in one reply",
                tooManyLines: true
            )
        }
        guard separator == UInt8(ascii: " ") else { return nil }
        let reply = SMTPReply(code: value, lines: lines)
        self.code = nil
        lines = []
        return reply
    }
}
