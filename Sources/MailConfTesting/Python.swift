import Foundation

/// Runs Python 3 snippets as an independent parser of MailConf's output (xml.etree, plistlib, json).
public enum Python {
    /// Whether `python3` is on the PATH.
    public static var isAvailable: Bool {
        (try? ProcessResult.runBlocking(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", "pass"]).status) == 0
    }

    /// Runs `script` with `input` on standard input; returns standard output, trimmed.
    ///
    /// - Throws: ``Failure`` with Python's standard error when the script fails.
    public static func run(_ script: String, input: String = "", arguments: [String] = []) async throws -> String {
        let result = try await ProcessResult.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["python3", "-c", script] + arguments,
            input: input
        )
        guard result.status == 0 else { throw Failure(message: result.stderr) }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A Python script that failed.
    public struct Failure: Error, CustomStringConvertible {
        /// Python's standard error.
        public var message: String
        public var description: String { message }
    }
}
