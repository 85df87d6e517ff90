import NIOCore
import NIOHTTP1

/// Serialises a response into the bytes of HTTP/1.x, head and body in one buffer, so that a response is a single
/// write (one `write(2)` in the common case) rather than a head, a body and an end part through an encoder.
enum ResponseEncoder {
    /// The bytes of `response`, with `Content-Length`, `Connection` and `X-Content-Type-Options` set here.
    /// A header whose name or value could split the head (CR, LF or NUL) is dropped rather than sent.
    static func encode(
        _ response: ServiceResponse,
        version: HTTPVersion,
        keepAlive: Bool?,
        includeBody: Bool,
        allocator: ByteBufferAllocator
    ) -> ByteBuffer {
        let body = response.body
        var headLength = 64 + response.status.reasonPhrase.utf8.count
        for (name, value) in response.headers { headLength += name.utf8.count + value.utf8.count + 4 }
        // Sized up front, so that encoding never reallocates.
        var buffer = allocator.buffer(capacity: headLength + (includeBody ? body.readableBytes : 0))
        buffer.writeString("HTTP/\(version.major).\(version.minor) \(response.status.code) ")
        buffer.writeString(response.status.reasonPhrase)
        buffer.writeStaticString("\r\n")
        for (name, value) in response.headers where isSafe(name) && isSafe(value) {
            switch name.lowercased() {
            case "content-length", "connection", "x-content-type-options": continue
            default: break
            }
            buffer.writeString(name)
            buffer.writeStaticString(": ")
            buffer.writeString(value)
            buffer.writeStaticString("\r\n")
        }
        if hasBody(response.status) {
            buffer.writeString("Content-Length: \(body.readableBytes)\r\n")
        }
        if let keepAlive {
            buffer.writeStaticString(keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n")
        }
        buffer.writeStaticString("X-Content-Type-Options: nosniff\r\n\r\n")
        if includeBody && hasBody(response.status) {
            buffer.writeImmutableBuffer(body)
        }
        return buffer
    }

    /// `100 Continue`, for clients that wait for it before sending a body.
    static let continueBytes = ByteBuffer(string: "HTTP/1.1 100 Continue\r\n\r\n")

    /// The answer to bytes that are not HTTP; the connection closes after it.
    static let badRequestBytes = ByteBuffer(
        string: "HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 17\r\n"
            + "Connection: close\r\n\r\nmalformed request"
    )

    /// 1xx, 204 and 304 responses carry neither a body nor a `Content-Length`.
    private static func hasBody(_ status: HTTPResponseStatus) -> Bool {
        let code = status.code
        return !(code < 200 || code == 204 || code == 304)
    }

    private static func isSafe(_ text: String) -> Bool {
        !text.utf8.contains { $0 == 13 || $0 == 10 || $0 == 0 }
    }
}
