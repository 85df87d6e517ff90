public import Foundation
import Synchronization

/// The outcome of running a program to completion.
public struct ProcessResult: Sendable {
    /// Exit status.
    public var status: Int32
    /// Everything written to standard output.
    public var stdout: String
    /// Everything written to standard error.
    public var stderr: String

    /// Runs `executable` with `arguments`, feeding `input` on standard input, and waits for it on a thread of its
    /// own, never blocking Swift's cooperative pool (which the code under test needs). Cancelling the task (a test's
    /// time limit does) kills the program, so that a hung program cannot hold the test run.
    ///
    /// - Parameter environment: variables added to (or, with `nil` values, removed from) the inherited ones.
    public static func run(
        _ executable: URL,
        _ arguments: [String],
        input: String? = nil,
        environment: [String: String?] = [:]
    ) async throws -> ProcessResult {
        let running = RunningProcess()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                Thread.detachNewThread {
                    continuation.resume(
                        with: Result {
                            try runBlocking(executable, arguments, input: input, environment: environment, running)
                        }
                    )
                }
            }
        } onCancel: {
            running.cancel()
        }
    }

    /// The blocking form of ``run(_:_:input:environment:)``.
    public static func runBlocking(
        _ executable: URL,
        _ arguments: [String],
        input: String? = nil,
        environment: [String: String?] = [:]
    ) throws -> ProcessResult {
        try runBlocking(executable, arguments, input: input, environment: environment, nil)
    }

    private static func runBlocking(
        _ executable: URL,
        _ arguments: [String],
        input: String?,
        environment: [String: String?],
        _ running: RunningProcess?
    ) throws -> ProcessResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let outPipe = Pipe()
        let errPipe = Pipe()
        let inPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        process.standardInput = inPipe
        try process.run()
        running?.started(process.processIdentifier)
        defer { running?.exited() }
        if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try inPipe.fileHandleForWriting.close()
        // Read both pipes concurrently so a chatty child never blocks on a full pipe.
        let errBox = DataBox()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errBox.data = errPipe.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let out = outPipe.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return ProcessResult(
            status: process.terminationStatus,
            stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: errBox.data, as: UTF8.self)
        )
    }

    /// Runs the built `mailconf` with `arguments`.
    public static func mailconf(
        _ arguments: [String],
        input: String? = nil,
        environment: [String: String?] = [:]
    ) async throws -> ProcessResult {
        try await run(RepositoryPaths.mailconfBinary, arguments, input: input, environment: environment)
    }
}

/// The program a ``ProcessResult/run(_:_:input:environment:)`` started, for its task's cancellation to kill.
private final class RunningProcess: Sendable {
    private let state = Mutex<(pid: Int32?, cancelled: Bool)>((nil, false))

    /// Records the program; kills it at once if the task was cancelled before it started.
    func started(_ pid: Int32) {
        let cancelled = state.withLock { state in
            state.pid = pid
            return state.cancelled
        }
        if cancelled { kill(pid, SIGKILL) }
    }

    /// Forgets the program once it has exited and been reaped, so that its number is never signalled again.
    func exited() {
        state.withLock { $0.pid = nil }
    }

    func cancel() {
        let pid = state.withLock { state in
            state.cancelled = true
            return state.pid
        }
        if let pid { kill(pid, SIGKILL) }
    }
}

private final class DataBox: @unchecked Sendable {
    var data = Data()
}
