import Foundation
import Logging
import Testing

@testable import MailConfServer

/// Log lines cannot be forged: whatever a field holds, a record is one line, with no raw control character.
@Suite struct LogLineFormatTests {
    /// Every C0 control character and DEL, as a string each.
    static let controls: [String] = ((0x00...0x1F).map { $0 } + [0x7F]).map { String(UnicodeScalar(UInt8($0))) }

    func line(
        _ format: LogLineFormat,
        label: String = "mailconf.serve",
        message: String,
        metadata: Logger.Metadata
    )
        -> [UInt8]
    {
        var output: [UInt8] = []
        format.append(
            LogRecord(level: .info, label: label, message: "\(message)", metadata: metadata),
            to: &output
        )
        return output
    }

    /// One line: a single newline, at the end, and no other control byte.
    func expectOneCleanLine(_ bytes: [UInt8], _ comment: String) {
        #expect(bytes.last == 0x0A, "\(comment)")
        #expect(bytes.dropLast().allSatisfy { $0 >= 0x20 && $0 != 0x7F }, "\(comment): \(bytes)")
    }

    @Test(arguments: LogLineFormat.allCases)
    func everyControlByteInEveryFieldIsEscaped(_ format: LogLineFormat) throws {
        for control in Self.controls {
            let hostile = "a\(control)b\\c"
            let cases: [(String, String, String, Logger.Metadata)] = [
                ("label", hostile, "request", [:]),
                ("message", "mailconf.serve", hostile, [:]),
                ("key", "mailconf.serve", "request", [hostile: "x"]),
                ("value", "mailconf.serve", "request", ["address": .string(hostile)]),
                ("convertible value", "mailconf.serve", "request", ["ms": .stringConvertible(hostile)]),
            ]
            for (field, label, message, metadata) in cases {
                let bytes = line(format, label: label, message: message, metadata: metadata)
                let comment = "\(format) \(field) 0x\(String(control.unicodeScalars.first!.value, radix: 16))"
                expectOneCleanLine(bytes, comment)
                if format == .json {
                    // The JSON line reads back to exactly what was logged.
                    let object = try #require(
                        try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: String],
                        "\(comment)"
                    )
                    #expect(object.keys.contains(hostile) || object.values.contains(hostile), "\(comment)")
                } else {
                    let text = String(decoding: bytes, as: UTF8.self)
                    #expect(text.contains(#"b\\c"#), "\(comment): a backslash is doubled")
                }
            }
        }
    }

    @Test func theIssuesForgedLineStaysOnOneLineAndNoEscapeSequenceGetsThrough() {
        let address = "alice@x.test\n2026-01-01T00:00:00Z info mailconf.serve: FAKE\u{1B}[31m"
        let bytes = line(.text, message: "request", metadata: ["address": .string(address), "status": "400"])
        expectOneCleanLine(bytes, "forged")
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(#"address="alice@x.test\n2026-01-01T00:00:00Z info mailconf.serve: FAKE\x1b[31m""#))
        #expect(text.hasSuffix(" status=400\n"))
    }

    @Test func valuesThatCouldPassForOtherFieldsAreQuoted() {
        let text = String(
            decoding: line(.text, message: "request", metadata: ["address": "a@x.test status=500", "q": "say \"hi\""]),
            as: UTF8.self
        )
        #expect(text.contains(#"address="a@x.test status=500""#))
        #expect(text.contains(#"q="say \"hi\"""#))
    }

    @Test func bidiAndLineSeparatorsAndC1ControlsAreEscapedToo() {
        let bytes = line(.text, message: "request", metadata: ["address": "a\u{202E}b\u{2028}c\u{85}d"])
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(#"a\u{202e}b\u{2028}c\x85d"#), "\(text)")
    }

    @Test func aLongValueIsCutAndMarked() {
        let bytes = line(
            .text,
            message: "request",
            metadata: ["address": .string(String(repeating: "x", count: 10_000))]
        )
        #expect(bytes.count < LogLineFormat.maximumValueBytes + 200)
        #expect(String(decoding: bytes, as: UTF8.self).contains("x…[cut]"))
    }

    @Test func timestampsAreUTCWithMilliseconds() {
        #expect(LogLineFormat.timestamp(seconds: 1_767_225_600, nanoseconds: 7_000_000) == "2026-01-01T00:00:00.007Z")
    }
}

extension LogLineFormatTests {
    @Test(arguments: [0, 951_782_400, 1_709_208_000, 4_107_542_400, 1_767_225_599])
    func timestampsMatchFoundationsCalendar(_ seconds: Int) {
        let expected = Date(timeIntervalSince1970: Double(seconds)).formatted(
            Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day().time(includingFractionalSeconds: false)
        )
        let whole = expected.hasSuffix("Z") ? String(expected.dropLast()) : expected
        #expect(LogLineFormat.timestamp(seconds: seconds, nanoseconds: 0) == whole + ".000Z")
    }
}
