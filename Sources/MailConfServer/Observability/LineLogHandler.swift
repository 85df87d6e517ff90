public import Logging

/// A swift-log handler that hands each event, unformatted, to a ``LogLineWriter``, which writes it as one line of
/// text or JSON on its own thread: structured logging, metadata as fields, no string interpolation of values, and
/// no system call on the caller's thread (an event loop's, for the request log).
public struct LineLogHandler: LogHandler {
    /// The line format.
    public typealias Format = LogLineFormat

    private let label: String
    private let writer: LogLineWriter
    public var logLevel: Logger.Level
    public var metadata: Logger.Metadata = [:]

    /// A handler writing through `writer`.
    public init(label: String, level: Logger.Level, writer: LogLineWriter) {
        self.label = label
        self.logLevel = level
        self.writer = writer
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var fields = metadata
        if let extra = event.metadata {
            if fields.isEmpty { fields = extra } else { fields.merge(extra) { $1 } }
        }
        if let error = event.error { fields["error"] = .string("\(error)") }
        writer.enqueue(LogRecord(level: event.level, label: label, message: event.message, metadata: fields))
    }
}
