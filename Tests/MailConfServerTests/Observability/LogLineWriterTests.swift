import Foundation
import Logging
import Synchronization
import Testing

@testable import MailConfServer

/// Collects what a writer writes, one entry per batch.
final class CollectingSink: Sendable {
    let batches = Mutex<[[UInt8]]>([])
    /// While closed, a write waits (a disk that stalls).
    let gate = DispatchSemaphore(value: 0)
    let blocking: Bool
    let entered = DispatchSemaphore(value: 0)

    init(blocking: Bool = false) { self.blocking = blocking }

    var sink: LogLineWriter.Sink {
        .closure { bytes in
            if self.blocking {
                self.entered.signal()
                self.gate.wait()
            }
            self.batches.withLock { $0.append(bytes) }
        }
    }

    var lines: [String] {
        batches.withLock { $0 }.flatMap { String(decoding: $0, as: UTF8.self).split(separator: "\n").map(String.init) }
    }

    /// Waits (up to `seconds`) until `count` lines (containing `text`, when given) were written.
    func waitFor(_ count: Int, containing text: String? = nil, seconds: Int = 30) async throws {
        func written() -> Int { lines.filter { text == nil || $0.contains(text ?? "") }.count }
        for _ in 0..<(seconds * 20) where written() < count { try await Task.sleep(for: .milliseconds(50)) }
    }
}

/// The writer's contract: batches off the caller's thread, a bounded queue that drops and counts, a flush without
/// shutdown, everything queued written at shutdown.
@Suite(.timeLimit(.minutes(1))) struct LogLineWriterTests {
    func record(_ index: Int) -> LogRecord {
        LogRecord(level: .info, label: "t", message: "line \(index)", metadata: [:])
    }

    @Test func linesAreWrittenInBatchesInOrderAndAllAtShutdown() {
        let sink = CollectingSink()
        let writer = LogLineWriter(format: .text, sink: sink.sink)
        for index in 0..<5000 { writer.enqueue(record(index)) }
        writer.shutdown()
        let lines = sink.lines
        #expect(lines.count == 5000)
        #expect(lines.enumerated().allSatisfy { $0.element.hasSuffix(": line \($0.offset)") })
        #expect(sink.batches.withLock { $0.count } < 5000 / 10, "written in batches, not line by line")
        #expect(writer.droppedLines == 0)
    }

    @Test func aLineIsWrittenWithoutShutdown() async throws {
        let sink = CollectingSink()
        let writer = LogLineWriter(format: .text, sink: sink.sink)
        defer { writer.shutdown() }
        writer.enqueue(record(1))
        try await sink.waitFor(1)
        #expect(sink.lines == [sink.lines.first ?? ""] && sink.lines.first?.hasSuffix("line 1") == true)
    }

    @Test func whenTheQueueIsFullLinesAreDroppedAndCountedNeverWaitedFor() {
        let sink = CollectingSink(blocking: true)
        var options = LogLineWriter.Options()
        options.capacity = 10
        let writer = LogLineWriter(format: .text, sink: sink.sink, options: options)
        writer.enqueue(record(0))
        // The writer is now stuck in its write (a stalled disk); the callers are not.
        sink.entered.wait()
        for index in 1...15 { writer.enqueue(record(index)) }
        #expect(writer.droppedLines == 5)
        sink.gate.signal()
        for _ in 0..<10 { sink.gate.signal() }
        writer.shutdown()
        #expect(sink.lines.count == 11)
    }

    @Test func theHandlerPassesMetadataAndErrorsThrough() {
        let sink = CollectingSink()
        let writer = LogLineWriter(format: .json, sink: sink.sink)
        var logger = Logger(label: "mailconf.serve") { label in
            LineLogHandler(label: label, level: .info, writer: writer)
        }
        logger[metadataKey: "instance"] = "a"
        logger.debug("hidden")
        logger.info("request", metadata: ["domain": "example.com"])
        writer.shutdown()
        #expect(sink.lines.count == 1)
        #expect(sink.lines.first?.contains(#""domain":"example.com","instance":"a""#) == true, "\(sink.lines)")
    }
}
