import MailConfCore
import NIOCore

/// The frames a server sent that the dialogue has not read yet, and the one read the dialogue is waiting for: a
/// state machine without I/O (events in, actions out). The dialogues are strictly request-response, so one read is
/// outstanding at a time.
struct FrameQueue {
    /// What the dialogue asks for.
    enum Request: Equatable {
        /// The next line.
        case line
        /// The IMAP literal of exactly this many bytes.
        case bytes(Int)
    }

    /// What the handler must do.
    enum Action: Equatable {
        /// Nothing yet: the read waits.
        case wait
        /// Answer the waiting read with this line.
        case deliverLine(ByteBuffer)
        /// Answer the waiting read with these literal bytes.
        case deliverBytes(ByteBuffer)
        /// Fail the waiting read.
        case fail(TransportError)
    }

    private var frames = CircularBuffer<MailFrame>()
    private(set) var waiting: Request?
    private(set) var failure: TransportError?
    /// Bytes of frames taken away before a STARTTLS handshake, and the start of them.
    private var discarded: (count: Int, preview: [UInt8]) = (0, [])
    /// While the decoder is being replaced for STARTTLS, arriving frames are discarded, never read.
    private var discarding = false

    /// The dialogue asks for `request`.
    mutating func read(_ request: Request) -> Action {
        guard waiting == nil else { return .fail(TransportError(.other, "internal error: two reads at once")) }
        waiting = request
        return next()
    }

    /// A frame arrived.
    mutating func received(_ frame: MailFrame) -> Action {
        if discarding || { if case .leftover = frame { true } else { false } }() {
            discard(frame)
            return .wait
        }
        frames.append(frame)
        return next()
    }

    /// The session failed: the waiting read (and every later one) fails with the first failure.
    mutating func failed(_ error: TransportError) -> Action {
        if failure == nil { failure = error }
        return next()
    }

    /// The waiting read gave up (its timer fired); a frame arriving later stays queued for no one.
    mutating func cancelRead() {
        waiting = nil
    }

    /// Before a STARTTLS handshake: everything queued, and everything that arrives until ``endDiscarding()``, is
    /// discarded, never interpreted (the CVE-2011-0411 class).
    mutating func startDiscarding() {
        discarding = true
        while let frame = frames.popFirst() { discard(frame) }
    }

    /// The handshake is installed: frames are read again. Returns what was discarded.
    mutating func endDiscarding() -> (count: Int, preview: [UInt8]) {
        discarding = false
        defer { discarded = (0, []) }
        return discarded
    }

    private mutating func discard(_ frame: MailFrame) {
        var bytes: [UInt8]
        switch frame {
        case .line(let buffer): bytes = Array(buffer.readableBytesView) + [0x0D, 0x0A]
        case .literal(let buffer), .leftover(let buffer): bytes = Array(buffer.readableBytesView)
        }
        discarded.count += bytes.count
        if discarded.preview.count < 60 { discarded.preview += bytes.prefix(60 - discarded.preview.count) }
    }

    private mutating func next() -> Action {
        guard let request = waiting else { return .wait }
        guard let frame = frames.first else {
            if let failure {
                waiting = nil
                return .fail(failure)
            }
            return .wait
        }
        frames.removeFirst()
        waiting = nil
        switch (request, frame) {
        case (.line, .line(let line)):
            return .deliverLine(line)
        case (.bytes(let count), .literal(let bytes)) where bytes.readableBytes == count:
            return .deliverBytes(bytes)
        default:
            return .fail(TransportError(.protocolViolation, "the server's data did not come as the protocol says"))
        }
    }
}
