import Foundation
import MailConfCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the process's terminal allows: colours only on a TTY and never with `NO_COLOR`.
enum Terminal {
    /// Whether standard output is a terminal.
    static var stdoutIsTTY: Bool { isatty(STDOUT_FILENO) == 1 }
    /// Whether standard error is a terminal.
    static var stderrIsTTY: Bool { isatty(STDERR_FILENO) == 1 }

    /// Whether `NO_COLOR` is set to a non-empty value (https://no-color.org).
    static var noColor: Bool {
        guard let value = getenv("NO_COLOR") else { return false }
        return value.pointee != 0
    }

    /// The style for standard output.
    static var stdoutStyle: TextStyle { TextStyle(colors: stdoutIsTTY && !noColor) }

    /// Writes a line to standard error.
    static func error(_ message: String) {
        var line = message
        if !line.hasSuffix("\n") { line += "\n" }
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Writes text to standard output without adding a newline.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
