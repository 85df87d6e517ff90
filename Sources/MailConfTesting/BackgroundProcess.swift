public import Foundation
import NIOConcurrencyHelpers

/// A program left running while a test talks to it (`mailconf serve`): its standard error is collected line by
/// line so the test can wait for a log line, signal it, and read its exit status.
public final class BackgroundProcess {
    private let process: Process
    private let stderrLines = NIOLockedValueBox<[String]>([])
    private let exited = NIOLockedValueBox<Int32?>(nil)

    /// Starts `executable` with `arguments`; `environment` adds to (or, with `nil`, removes from) the inherited one.
    public init(_ executable: URL, _ arguments: [String], environment: [String: String?] = [:]) throws {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let errPipe = Pipe()
        process.standardError = errPipe
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        self.process = process
        let lines = stderrLines
        let exited = self.exited
        process.terminationHandler = { finished in exited.withLockedValue { $0 = finished.terminationStatus } }
        try process.run()
        let reader = errPipe.fileHandleForReading
        Thread.detachNewThread {
            var pending = Data()
            while true {
                let chunk = reader.availableData
                if chunk.isEmpty { break }
                pending.append(chunk)
                while let newline = pending.firstIndex(of: 10) {
                    let line = String(decoding: pending[pending.startIndex..<newline], as: UTF8.self)
                    lines.withLockedValue { $0.append(line) }
                    pending.removeSubrange(pending.startIndex...newline)
                }
            }
        }
    }

    /// Standard error so far, one entry per line.
    public var lines: [String] { stderrLines.withLockedValue { $0 } }

    /// The first line containing `text`, waiting up to `timeout` for it; `nil` if it never came.
    public func waitForLine(containing text: String, timeout: Duration = .seconds(20)) async throws -> String? {
        let deadline = ContinuousClock.now.advanced(by: timeout)
        while ContinuousClock.now < deadline {
            if let line = lines.first(where: { $0.contains(text) }) { return line }
            if exitStatus != nil {
                try await Task.sleep(for: .milliseconds(50))
                return lines.first { $0.contains(text) }
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        return nil
    }

    /// Sends `signal` (SIGTERM by default).
    public func signal(_ signal: Int32 = SIGTERM) {
        kill(process.processIdentifier, signal)
    }

    /// The exit status once it has exited.
    public var exitStatus: Int32? { exited.withLockedValue { $0 } }

    /// Waits up to `timeout` for the program to exit; its status, or `nil` (and a SIGKILL) if it did not.
    public func waitForExit(timeout: Duration = .seconds(20)) async throws -> Int32? {
        let deadline = ContinuousClock.now.advanced(by: timeout)
        while ContinuousClock.now < deadline {
            if let status = exitStatus { return status }
            try await Task.sleep(for: .milliseconds(20))
        }
        kill(process.processIdentifier, SIGKILL)
        return nil
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }
}
