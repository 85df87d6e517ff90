/// A password held in memory: never printed, never interpolated into text by accident.
public struct Secret: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The secret's UTF-8 bytes.
    public let bytes: [UInt8]

    /// Wraps a password.
    public init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// Always `<redacted>`.
    public var description: String { "<redacted>" }
    /// Always `<redacted>`.
    public var debugDescription: String { "<redacted>" }
}
