import NIOCore
import NIOHTTP1

/// A cached document as the bytes of a whole HTTP/1.1 `200` response, with the metrics a hit bumps at hand.
/// This is the hot path: a repeated GET costs one cache lookup, one copy and one write.
///
/// The bytes are an array of their exact size, not a `ByteBuffer`, whose storage is rounded up to a power of two:
/// a typical response (1–2 KiB) would otherwise hold up to twice its size for its whole time in the cache.
struct PreparedDocument: Sendable {
    /// Status line, headers and body.
    private let bytes: [UInt8]
    private let bodyStart: Int
    /// The document without its body (which is the tail of `bytes`).
    private let metadata: RenderedDocument
    /// The domain the document is for, for the request log.
    let domain: String
    /// The endpoint's path, for the request log.
    let loggedPath: String
    let counters: ServerMetrics.FastCounters

    init(_ document: RenderedDocument, domain: String, loggedPath: String, counters: ServerMetrics.FastCounters) {
        let encoded = ResponseEncoder.encode(
            document.response(for: HTTPHeaders()),
            version: .http1_1,
            keepAlive: nil,
            includeBody: true,
            allocator: ByteBufferAllocator()
        )
        bytes = Array(encoded.readableBytesView)
        bodyStart = bytes.count - document.body.readableBytes
        var metadata = document
        metadata.body = ByteBuffer()
        self.metadata = metadata
        self.domain = domain
        self.loggedPath = loggedPath
        self.counters = counters
    }

    /// The whole response, in a buffer from `allocator`.
    func response(allocator: ByteBufferAllocator) -> ByteBuffer {
        var buffer = allocator.buffer(capacity: bytes.count)
        buffer.writeBytes(bytes)
        return buffer
    }

    /// The document, for conditional requests, HEAD and HTTP/1.0.
    var document: RenderedDocument {
        var document = metadata
        document.body = ByteBuffer(bytes: bytes[bodyStart...])
        return document
    }
}

/// A document rendered once and served many times, with its validator: answers `If-None-Match` with 304.
struct RenderedDocument: Sendable {
    var body: ByteBuffer
    var contentType: String
    var etag: String
    var extraHeaders: [(String, String)]
    var maxAge: Int
    /// When the answer it was rendered from expires.
    var expires: ContinuousClock.Instant

    init(
        body: ByteBuffer,
        contentType: String,
        maxAge: Int,
        expires: ContinuousClock.Instant,
        extraHeaders: [(String, String)] = []
    ) {
        self.body = body
        self.contentType = contentType
        self.maxAge = maxAge
        self.expires = expires
        self.extraHeaders = extraHeaders
        // FNV-1a over the body: a strong validator for identical bytes, cheap to compute once.
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in body.readableBytesView {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        etag = "\"" + String(hash, radix: 16) + "\""
    }

    /// An entity tag without its weakness mark.
    private static func opaque(_ tag: String) -> String { tag.hasPrefix("W/") ? String(tag.dropFirst(2)) : tag }

    /// The response for a request with these headers.
    func response(for requestHeaders: HTTPHeaders) -> ServiceResponse {
        let common: [(String, String)] = [
            ("ETag", etag), ("Cache-Control", "public, max-age=\(maxAge)"), ("Vary", "Accept-Encoding"),
        ]
        if let tags = requestHeaders.first(name: "If-None-Match"),
            // Weak comparison (RFC 9110 §13.1.2): a W/ prefix does not matter.
            tags == "*" || tags.split(separator: ",").contains(where: { Self.opaque($0.trimmingWhitespace()) == etag })
        {
            return ServiceResponse(status: .notModified, headers: common)
        }
        return ServiceResponse(
            status: .ok,
            headers: [("Content-Type", contentType)] + common + extraHeaders,
            body: body
        )
    }
}

extension StringProtocol {
    fileprivate func trimmingWhitespace() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
