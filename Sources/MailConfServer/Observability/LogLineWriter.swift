import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Writes log lines off the callers' threads: callers put records into a bounded queue (a lock and an append,
/// never a system call), and one dedicated thread formats them and writes them in batches, one `write(2)` per
/// batch — what nginx's `access_log … buffer=` does, with a flush at least every ``Options/flushInterval``.
///
/// When the queue is full, a record is dropped and counted (``droppedLines``) rather than making a request wait
/// for the disk. ``shutdown()`` writes what is queued and stops the thread.
///
/// No maintained swift-log backend does this (swift-log's own `StreamLogHandler` writes and flushes each line on
/// the caller's thread), hence this one.
public final class LogLineWriter: Sendable {
    /// Tunables.
    public struct Options: Sendable {
        /// Most records waiting to be written; beyond it they are dropped and counted.
        public var capacity = 16_384
        /// Longest a line waits before it is written.
        public var flushInterval: Duration = .milliseconds(200)
        /// The writer is woken early once this many records wait.
        public var batch = 1024

        /// The defaults.
        public init() {}
    }

    /// Where batches go: a file descriptor (standard error by default), or a closure (tests).
    public enum Sink: Sendable {
        case fileDescriptor(Int32)
        case closure(@Sendable ([UInt8]) -> Void)
    }

    private struct Queue {
        var records: [LogRecord] = []
        var stopping = false
    }

    private let options: Options
    private let format: LogLineFormat
    private let sink: Sink
    private let condition = NSConditionBox()
    private let queue = Mutex(Queue())
    private let dropped = Atomic<Int>(0)
    private let finished = DispatchSemaphore(value: 0)

    /// Starts the writer's thread.
    public init(format: LogLineFormat, sink: Sink = .fileDescriptor(2), options: Options = Options()) {
        self.format = format
        self.sink = sink
        self.options = options
        let thread = Thread { [self] in self.loop() }
        thread.name = "mailconf-log"
        thread.start()
    }

    /// Records dropped because the queue was full.
    public var droppedLines: Int { dropped.load(ordering: .relaxed) }

    /// Queues `record`; never blocks on I/O.
    func enqueue(_ record: LogRecord) {
        let (accepted, wake) = queue.withLock { queue -> (Bool, Bool) in
            guard !queue.stopping, queue.records.count < options.capacity else { return (false, false) }
            queue.records.append(record)
            return (true, queue.records.count == options.batch)
        }
        if !accepted {
            dropped.add(1, ordering: .relaxed)
        } else if wake {
            condition.signal()
        }
    }

    /// Writes everything queued so far and stops the thread; later records are dropped. Returns once written.
    public func shutdown() {
        let first = queue.withLock { queue in
            defer { queue.stopping = true }
            return !queue.stopping
        }
        guard first else { return }
        condition.signal()
        finished.wait()
    }

    private func loop() {
        var output: [UInt8] = []
        let interval =
            Double(options.flushInterval.components.seconds)
            + Double(options.flushInterval.components.attoseconds) / 1e18
        while true {
            let (records, stopping) = queue.withLock { queue in
                defer { queue.records = [] }
                return (queue.records, queue.stopping)
            }
            if !records.isEmpty {
                output.removeAll(keepingCapacity: output.capacity <= 1 << 20)
                for record in records { format.append(record, to: &output) }
                write(output)
            }
            if stopping { break }
            if records.count < options.batch {
                // A quiet moment: wait for the interval (or a full batch) rather than spin on a trickle.
                condition.wait(seconds: interval)
            }
        }
        finished.signal()
    }

    private func write(_ bytes: [UInt8]) {
        switch sink {
        case .closure(let body):
            body(bytes)
        case .fileDescriptor(let descriptor):
            bytes.withUnsafeBytes { buffer in
                guard let base = buffer.baseAddress else { return }
                var offset = 0
                while offset < buffer.count {
                    let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
                    if written < 0 {
                        if errno == EINTR || errno == EAGAIN { continue }
                        // Nowhere to write (a closed descriptor): the lines are lost, and counted.
                        dropped.add(1, ordering: .relaxed)
                        return
                    }
                    offset += written
                }
            }
        }
    }
}

/// A condition variable for the writer's thread: waits with a timeout, woken early by ``signal()``.
private final class NSConditionBox: @unchecked Sendable {
    private let condition = NSCondition()
    private var signalled = false

    func signal() {
        condition.lock()
        signalled = true
        condition.signal()
        condition.unlock()
    }

    func wait(seconds: Double) {
        condition.lock()
        if !signalled { _ = condition.wait(until: Date(timeIntervalSinceNow: seconds)) }
        signalled = false
        condition.unlock()
    }
}
