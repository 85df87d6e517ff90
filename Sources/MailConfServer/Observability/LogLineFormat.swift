import Foundation
public import Logging
import MailConfCore

/// One log event as captured on the caller's thread: nothing formatted yet, so that a request pays only for
/// taking the values (``LogLineWriter`` formats them on its own thread).
struct LogRecord: Sendable {
    /// Wall-clock time, seconds since 1970.
    var time: Double
    var level: Logger.Level
    var label: String
    var message: Logger.Message
    var metadata: Logger.Metadata

    /// A record stamped with the wall-clock time now (no allocation).
    init(level: Logger.Level, label: String, message: Logger.Message, metadata: Logger.Metadata) {
        time = Date().timeIntervalSince1970
        self.level = level
        self.label = label
        self.message = message
        self.metadata = metadata
    }
}

/// The two line formats of `serve`'s log, and how each writes a record: one line per record, whatever the record
/// holds. In text, every control character and backslash in the message, a key or a value is escaped, and values
/// with spaces, quotes or `=` are quoted, so that no value can start a forged line, reach a terminal as an escape
/// sequence, or pass for another field. JSON escapes as JSON does. Every value is cut at ``maximumValueBytes``.
public enum LogLineFormat: String, Sendable, CaseIterable {
    /// `TIME LEVEL LABEL: MESSAGE key=value …`
    case text
    /// One JSON object per line: `time`, `level`, `logger`, `message`, then the metadata.
    case json

    /// The longest value written, in UTF-8 bytes; a longer one is cut and marked as echoed input is.
    static let maximumValueBytes = 1024

    /// Appends `record` as one line (with its newline) to `output`.
    func append(_ record: LogRecord, to output: inout [UInt8]) {
        let seconds = Int(record.time.rounded(.down))
        let time = Self.timestamp(seconds: seconds, nanoseconds: Int((record.time - Double(seconds)) * 1e9))
        var fields = record.metadata.map { ($0.key, $0.value.description) }
        fields.sort { $0.0 < $1.0 }
        switch self {
        case .text:
            output.append(contentsOf: time.utf8)
            output.append(0x20)
            output.append(contentsOf: record.level.rawValue.utf8)
            output.append(0x20)
            Self.appendEscaped(record.label, quoting: false, to: &output)
            output.append(contentsOf: ": ".utf8)
            Self.appendEscaped(Self.cut(record.message.description), quoting: false, to: &output)
            for (key, value) in fields {
                output.append(0x20)
                Self.appendEscaped(key, quoting: false, to: &output)
                output.append(UInt8(ascii: "="))
                Self.appendEscaped(Self.cut(value), quoting: true, to: &output)
            }
        case .json:
            var reserved: [(String, String)] = [
                ("time", time), ("level", record.level.rawValue), ("logger", record.label),
                ("message", Self.cut(record.message.description)),
            ]
            let names = Set(reserved.map(\.0))
            reserved.append(contentsOf: fields.filter { !names.contains($0.0) }.map { ($0.0, Self.cut($0.1)) })
            output.append(UInt8(ascii: "{"))
            for (index, (key, value)) in reserved.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                Self.appendJSONString(key, to: &output)
                output.append(UInt8(ascii: ":"))
                Self.appendJSONString(value, to: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
        output.append(0x0A)
    }

    /// `text` cut to ``maximumValueBytes`` UTF-8 bytes (on a character boundary) and marked, or `text` itself.
    static func cut(_ text: String, to limit: Int = maximumValueBytes) -> String {
        EchoedInput.cut(text, to: limit)
    }

    /// `2026-12-04T18:48:31.123Z` (UTC, from the civil calendar of the day count: no C time structures).
    static func timestamp(seconds: Int, nanoseconds: Int) -> String {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let inDay = seconds - days * 86_400
        let date = FactDate(daysSince1970: days) ?? .epoch
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let millis = nanoseconds / 1_000_000
        let fraction = millis < 10 ? "00\(millis)" : millis < 100 ? "0\(millis)" : "\(millis)"
        return "\(date.year)-\(two(date.month))-\(two(date.day ?? 1))T"
            + "\(two(inDay / 3600)):\(two(inDay % 3600 / 60)):\(two(inDay % 60)).\(fraction)Z"
    }

    /// Whether a scalar must never reach a log line raw: C0 and C1 controls, DEL, line and paragraph separators,
    /// and the bidirectional overrides that make a terminal show text in another order than it is.
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    private static func appendEscaped(_ text: String, quoting: Bool, to output: inout [UInt8]) {
        let needsQuotes =
            quoting
            && (text.isEmpty
                || text.utf8.contains { $0 == 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "=") })
        if needsQuotes { output.append(UInt8(ascii: "\"")) }
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\\") && $0 != UInt8(ascii: "\"") }) {
            // Printable ASCII with nothing to escape: nearly every value.
            output.append(contentsOf: text.utf8)
            if needsQuotes { output.append(UInt8(ascii: "\"")) }
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": output.append(contentsOf: #"\\"#.utf8)
            case "\"" where needsQuotes: output.append(contentsOf: #"\""#.utf8)
            case "\n": output.append(contentsOf: #"\n"#.utf8)
            case "\r": output.append(contentsOf: #"\r"#.utf8)
            case "\t": output.append(contentsOf: #"\t"#.utf8)
            case _ where isUnsafe(scalar):
                let hex = String(scalar.value, radix: 16)
                if scalar.value < 0x100 {
                    output.append(contentsOf: (#"\x"# + (hex.count < 2 ? "0" + hex : hex)).utf8)
                } else {
                    output.append(contentsOf: #"\u{\#(hex)}"#.utf8)
                }
            default:
                UTF8.encode(scalar) { output.append($0) }
            }
        }
        if needsQuotes { output.append(UInt8(ascii: "\"")) }
    }

    private static func appendJSONString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output.append(contentsOf: #"\""#.utf8)
            case "\\": output.append(contentsOf: #"\\"#.utf8)
            case "\n": output.append(contentsOf: #"\n"#.utf8)
            case "\r": output.append(contentsOf: #"\r"#.utf8)
            case "\t": output.append(contentsOf: #"\t"#.utf8)
            case _ where isUnsafe(scalar):
                let hex = String(scalar.value, radix: 16)
                output.append(contentsOf: (#"\u"# + String(repeating: "0", count: max(0, 4 - hex.count)) + hex).utf8)
            default:
                UTF8.encode(scalar) { output.append($0) }
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
