public import Foundation

/// The outcome of running a program to completion.
public struct ProcessResult: Sendable {
    /// Exit status.
    public var status: Int32
    /// Everything written to standard output.
    public var stdout: String
    /// Everything written to standard error.
    public var stderr: String

    /// Runs `executable` with `arguments`, feeding `input` on standard input, and waits for it on a thread of its
    /// own, never blocking Swift's cooperative pool (which the code under test needs).
    ///
    /// - Parameter environment: variables added to (or, with `nil` values, removed from) the inherited ones.
    public static func run(
        _ executable: URL,
        _ arguments: [String],
        input: String? = nil,
        environment: [String: String?] = [:]
    ) async throws -> ProcessResult {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(
                    with: Result { try runBlocking(executable, arguments, input: input, environment: environment) }
                )
            }
        }
    }

    /// The blocking form of ``run(_:_:input:environment:)``.
    public static func runBlocking(
        _ executable: URL,
        _ arguments: [String],
        input: String? = nil,
        environment: [String: String?] = [:]
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

private final class DataBox: @unchecked Sendable {
    var data = Data()
}
