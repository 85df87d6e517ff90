/// A provider file that cannot be read, with the line at fault.
public struct ProviderFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file's name, when known.
    public var file: String?
    /// The 1-based line number; 0 for problems of the whole file.
    public var line: Int
    /// What is wrong and how to fix it.
    public var message: String

    /// Creates an error.
    public init(file: String? = nil, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        let place = file.map { line > 0 ? "\($0):\(line)" : $0 } ?? (line > 0 ? "line \(line)" : "file")
        return "\(place): \(message)"
    }
}
