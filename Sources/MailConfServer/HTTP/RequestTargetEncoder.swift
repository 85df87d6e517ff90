import NIOCore

/// Percent-encodes raw UTF-8 in request targets before NIO's HTTP parser sees them: some mail clients send an IDN
/// address unencoded (`?emailaddress=ayşe@örnek.com.tr`), which llhttp refuses. Bytes that are not UTF-8 are left
/// as they are, so the parser still refuses them (`400`).
///
/// It follows message boundaries just far enough to know where each request line starts: it reads
/// `Content-Length` to skip bodies, and after a chunked body (rare in requests to this service) it stops rewriting
/// for the rest of the connection. It holds no buffer: a few integers of state between reads.
struct RequestTargetEncoder {
    private enum State {
        /// In a request line; `pending` UTF-8 continuation bytes are still expected.
        case requestLine(pending: Int)
        /// At the start of a header line, or after `matched` bytes of it matched `content-length:` or
        /// `transfer-encoding:` (`which`), or in its value (`value`), or in a line that matters not (`other`).
        case headerLine(HeaderLine)
        /// In a body, with this many bytes left.
        case body(remaining: Int)
        /// After a chunked body: everything passes unchanged.
        case passThrough
    }

    private enum HeaderLine {
        case start
        case name(matched: Int)
        case contentLength(value: Int, sawDigit: Bool)
        case transferEncoding
        case other
        case carriageReturn
    }

    private static let contentLength = Array("content-length:".utf8)
    private static let transferEncoding = Array("transfer-encoding:".utf8)

    private var state = State.requestLine(pending: 0)
    /// Whether the request line has begun (empty lines before one are allowed, RFC 9112 §2.2).
    private var requestLineStarted = false
    private var bodyLength = 0
    private var chunked = false
    /// Whether the current header line is empty so far (its CR seen): the end of the head.
    private var lineIsEmpty = true
    private var nameMatchesLength = true
    private var nameMatchesEncoding = true

    /// Whether the bytes so far end exactly after a whole request (no byte of the next one has come); after a
    /// chunked body it cannot be told, and the answer is `false`.
    var isBetweenRequests: Bool {
        guard case .requestLine(pending: 0) = state else { return false }
        return !requestLineStarted
    }

    /// `buffer` as the parser should see it: itself when nothing needed encoding (nearly always).
    mutating func process(_ buffer: ByteBuffer) -> ByteBuffer {
        if case .passThrough = state { return buffer }
        var output: ByteBuffer?
        var copiedUpTo = 0
        buffer.withUnsafeReadableBytes { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let action = step(byte)
                if action != .pass {
                    // Copy what came before, then the byte percent-encoded (raw UTF-8 in a target), or a byte no
                    // parser takes ahead of it (UTF-8 cut short: the encoded lead bytes must not pass for valid).
                    if output == nil {
                        output = ByteBufferAllocator().buffer(capacity: bytes.count + 32)
                    }
                    output?.writeBytes(UnsafeRawBufferPointer(rebasing: bytes[copiedUpTo..<index]))
                    if action == .encode {
                        output?.writeBytes(Self.percent(byte))
                    } else {
                        output?.writeBytes([0xFF, byte])
                    }
                    copiedUpTo = index + 1
                }
                index += 1
            }
            if output != nil, copiedUpTo < bytes.count {
                output?.writeBytes(UnsafeRawBufferPointer(rebasing: bytes[copiedUpTo...]))
            }
        }
        return output ?? buffer
    }

    private static func percent(_ byte: UInt8) -> [UInt8] {
        let hex = Array("0123456789ABCDEF".utf8)
        return [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
    }

    private enum Action {
        case pass
        case encode
        /// Invalid UTF-8 ended here: put a byte before this one that the parser refuses.
        case refuse
    }

    /// Advances over one byte and says what becomes of it.
    private mutating func step(_ byte: UInt8) -> Action {
        switch state {
        case .passThrough:
            return .pass
        case .body(let remaining):
            state = remaining > 1 ? .body(remaining: remaining - 1) : .requestLine(pending: 0)
            return .pass
        case .requestLine(let pending):
            if pending > 0, byte & 0xC0 != 0x80 {
                // A sequence cut short: invalid UTF-8.
                state = .requestLine(pending: 0)
                return .refuse
            }
            if byte == UInt8(ascii: "\n") {
                if requestLineStarted { startHeaders() }
                return .pass
            }
            if byte != UInt8(ascii: "\r") { requestLineStarted = true }
            guard byte >= 0x80 else { return .pass }
            if pending > 0 {
                state = .requestLine(pending: pending - 1)
                return .encode
            }
            let expected: Int
            switch byte {
            case 0xC2...0xDF: expected = 1
            case 0xE0...0xEF: expected = 2
            case 0xF0...0xF4: expected = 3
            default: return .pass  // not a lead byte: left raw, refused by the parser
            }
            state = .requestLine(pending: expected)
            return .encode
        case .headerLine(let line):
            headerStep(byte, line)
            return .pass
        }
    }

    private mutating func startHeaders() {
        requestLineStarted = false
        bodyLength = 0
        chunked = false
        state = .headerLine(.start)
        lineIsEmpty = true
    }

    private mutating func headerStep(_ byte: UInt8, _ line: HeaderLine) {
        if byte == UInt8(ascii: "\n") {
            if case .contentLength(let value, true) = line { bodyLength = value }
            if lineIsEmpty {
                // The end of the head.
                if chunked {
                    state = .passThrough
                } else if bodyLength > 0 {
                    state = .body(remaining: bodyLength)
                } else {
                    state = .requestLine(pending: 0)
                }
                return
            }
            state = .headerLine(.start)
            lineIsEmpty = true
            return
        }
        if byte == UInt8(ascii: "\r") {
            if case .contentLength(let value, true) = line { bodyLength = value }
            state = .headerLine(lineIsEmpty ? .carriageReturn : .other)
            return
        }
        lineIsEmpty = false
        switch line {
        case .start, .carriageReturn:
            nameMatchesLength = true
            nameMatchesEncoding = true
            state = .headerLine(match(byte, at: 0))
        case .name(let matched):
            state = .headerLine(match(byte, at: matched))
        case .contentLength(let value, let sawDigit):
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), value < 1 << 40 {
                state = .headerLine(.contentLength(value: value * 10 + Int(byte - UInt8(ascii: "0")), sawDigit: true))
            } else if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                break
            } else {
                // Not a plain number: the parser refuses it anyway.
                state = .headerLine(.other)
            }
        case .transferEncoding:
            // Any transfer coding in a request means chunked framing (RFC 9112 §6.3): stop following.
            chunked = true
            state = .headerLine(.other)
        case .other:
            break
        }
    }

    private mutating func match(_ byte: UInt8, at position: Int) -> HeaderLine {
        let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
        nameMatchesLength =
            nameMatchesLength && position < Self.contentLength.count && Self.contentLength[position] == lower
        nameMatchesEncoding =
            nameMatchesEncoding && position < Self.transferEncoding.count && Self.transferEncoding[position] == lower
        if nameMatchesLength && position + 1 == Self.contentLength.count {
            return .contentLength(value: 0, sawDigit: false)
        }
        if nameMatchesEncoding && position + 1 == Self.transferEncoding.count { return .transferEncoding }
        return nameMatchesLength || nameMatchesEncoding ? .name(matched: position + 1) : .other
    }
}

/// The channel handler around ``RequestTargetEncoder``, ahead of the HTTP decoder.
final class RequestTargetEncoderHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    private var encoder = RequestTargetEncoder()

    /// Whether the connection's bytes so far end after a whole request: the decoder may hold part of the next
    /// one, which it shows nothing of until it is whole.
    var isBetweenRequests: Bool { encoder.isBetweenRequests }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let buffer = unwrapInboundIn(data)
        context.fireChannelRead(wrapInboundOut(encoder.process(buffer)))
    }
}

@available(*, unavailable)
extension RequestTargetEncoderHandler: Sendable {}
