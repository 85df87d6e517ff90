/// The bytes libFuzzer hands to a target, with the views the parsers take.
public struct FuzzInput {
    /// The raw bytes.
    public let bytes: [UInt8]

    /// Copies `size` bytes at `data`.
    public init(_ data: UnsafePointer<UInt8>?, _ size: Int) {
        bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    }

    /// The bytes as text, invalid UTF-8 replaced, as the network layer decodes it.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The bytes split into lines the way `LineBufferHandler` delivers them: at LF, one trailing CR removed,
    /// a last line without LF dropped (the transport never delivers it).
    public var lines: [String] {
        var result: [String] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            var end = index
            if end > start && bytes[end - 1] == 0x0D { end -= 1 }
            result.append(String(decoding: bytes[start..<end], as: UTF8.self))
            start = index + 1
        }
        return result
    }
}

/// Stops the run with `message` when a property the code promises does not hold: libFuzzer then saves the
/// input as a crash, like any other trap.
public func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("fuzz invariant broken: \(message())") }
}

/// libFuzzer's entry point for programs with a `main` of their own (SwiftPM executables always have one).
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// Runs libFuzzer with the process's arguments over `target`; returns its exit status.
public func runFuzzer(_ target: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt {
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    return LLVMFuzzerRunDriver(&argc, &argv, target)
}
