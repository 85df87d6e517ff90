import NIOCore

/// What a mail server sends, framed: one line without its line ending, or (IMAP only) the bytes of a literal that
/// the previous line announced with `{N}` at its end.
enum MailFrame: Equatable {
    /// A line, without CRLF (or bare LF).
    case line(ByteBuffer)
    /// An IMAP literal's bytes.
    case literal(ByteBuffer)
    /// Bytes that were buffered but formed no complete frame when the decoder was removed (before a STARTTLS
    /// handshake) or the connection ended: reported, never interpreted.
    case leftover(ByteBuffer)

    /// The frame's size in bytes, line ending included, for the session's byte cap.
    var size: Int {
        switch self {
        case .line(let bytes): bytes.readableBytes + 2
        case .literal(let bytes), .leftover(let bytes): bytes.readableBytes
        }
    }
}

/// Frames a mail server's bytes into lines — and, for IMAP, literals — and nothing else: every line, complete or
/// not, is measured against the protocol's cap (Postfix's `line_length_limit` idea: 2,048 bytes for SMTP and POP3,
/// 8,192 for IMAP), and a literal longer than its cap is refused before it is buffered.
///
/// - Throws: ``MailFrameDecoder/LineTooLong`` and ``MailFrameDecoder/LiteralTooLarge`` from `decode`, which
///   `ByteToMessageHandler` passes down the pipeline as errors.
struct MailFrameDecoder: ByteToMessageDecoder {
    typealias InboundOut = MailFrame

    /// A line longer than the cap, complete or still arriving.
    struct LineTooLong: Error, Equatable {
        /// The cap.
        var maximum: Int
    }

    /// An IMAP literal announced longer than the cap.
    struct LiteralTooLarge: Error, Equatable {
        /// The length announced.
        var length: Int
        /// The cap.
        var maximum: Int
    }

    /// Longest line accepted, without its line ending.
    let maximumLineBytes: Int
    /// Whether `{N}` at a line's end announces N bytes of literal (IMAP).
    let literals: Bool
    /// Longest literal accepted.
    let maximumLiteralBytes: Int
    /// The literal expected next, after a line that announced it.
    private var pendingLiteral: Int?
    /// How many buffered bytes are known to hold no line feed (so each byte is searched once).
    private var searched = 0

    init(maximumLineBytes: Int, literals: Bool = false, maximumLiteralBytes: Int = 64 * 1024) {
        self.maximumLineBytes = maximumLineBytes
        self.literals = literals
        self.maximumLiteralBytes = maximumLiteralBytes
    }

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        if let count = pendingLiteral {
            guard count <= maximumLiteralBytes else {
                throw LiteralTooLarge(length: count, maximum: maximumLiteralBytes)
            }
            guard let bytes = buffer.readSlice(length: count) else { return .needMoreData }
            pendingLiteral = nil
            context.fireChannelRead(Self.wrapInboundOut(.literal(bytes)))
            return .continue
        }
        let view = buffer.readableBytesView
        guard let newline = view[(view.startIndex + searched)...].firstIndex(of: 0x0A) else {
            searched = view.count
            // One byte more than the cap may be a line's CR still waiting for its LF.
            if view.count > maximumLineBytes + 1 { throw LineTooLong(maximum: maximumLineBytes) }
            return .needMoreData
        }
        var length = newline - view.startIndex
        let crlf = length > 0 && view[newline - 1] == 0x0D
        if crlf { length -= 1 }
        guard length <= maximumLineBytes else { throw LineTooLong(maximum: maximumLineBytes) }
        guard let line = buffer.readSlice(length: length) else { return .needMoreData }
        buffer.moveReaderIndex(forwardBy: crlf ? 2 : 1)
        searched = 0
        if literals { pendingLiteral = Self.literalLength(at: line) }
        context.fireChannelRead(Self.wrapInboundOut(.line(line)))
        // Refused as soon as it is announced: nothing of it is buffered.
        if let count = pendingLiteral, count > maximumLiteralBytes {
            throw LiteralTooLarge(length: count, maximum: maximumLiteralBytes)
        }
        return .continue
    }

    mutating func decodeLast(
        context: ChannelHandlerContext,
        buffer: inout ByteBuffer,
        seenEOF: Bool
    ) throws -> DecodingState {
        // Complete frames first, then whatever is left, handed over whole: the session discards it (before a
        // STARTTLS handshake) or ignores it (at the end of the connection).
        while try decode(context: context, buffer: &buffer) == .continue {}
        if buffer.readableBytes > 0, let rest = buffer.readSlice(length: buffer.readableBytes) {
            context.fireChannelRead(Self.wrapInboundOut(.leftover(rest)))
        }
        return .needMoreData
    }

    /// The length announced by `{N}` or `{N+}` at the end of an IMAP line (RFC 9051 §4.3, RFC 7888), digits only.
    static func literalLength(at line: ByteBuffer) -> Int? {
        let bytes = line.readableBytesView
        guard bytes.last == UInt8(ascii: "}"), let open = bytes.lastIndex(of: UInt8(ascii: "{")) else { return nil }
        var digits = bytes[(open + 1)..<(bytes.endIndex - 1)]
        if digits.last == UInt8(ascii: "+") { digits = digits.dropLast() }
        guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }
}
