/// The HTTP seam: fetching a domain's autoconfig document with a deadline, a size cap and a redirect limit.
public protocol HTTPFetcher: Sendable {
    /// GETs `url`; never throws: failures are ``HTTPFetchResult/Outcome`` values.
    func get(_ url: String, timeout: Duration, maximumBytes: Int) async -> HTTPFetchResult
}

/// What a fetch returned.
public struct HTTPFetchResult: Sendable {
    /// How the fetch ended.
    public enum Outcome: Hashable, Sendable {
        /// A 2xx response; ``HTTPFetchResult/body`` holds it.
        case ok
        /// A non-2xx status.
        case status(Int)
        /// The body exceeded the size cap.
        case tooLarge
        /// More redirects than allowed, or a redirect loop.
        case tooManyRedirects
        /// No response within the deadline.
        case timeout
        /// The TLS handshake failed (e.g. an untrusted certificate).
        case tls(String)
        /// The connection failed (refused, unreachable, no address).
        case connect(String)
        /// The URL is not valid.
        case invalidURL
    }

    /// How it ended.
    public var outcome: Outcome
    /// The body, for `ok`.
    public var body: [UInt8]
    /// The URL finally fetched, after redirects.
    public var finalURL: String?
    /// The `Content-Type` header.
    public var contentType: String?

    /// Creates a result.
    public init(outcome: Outcome, body: [UInt8] = [], finalURL: String? = nil, contentType: String? = nil) {
        self.outcome = outcome
        self.body = body
        self.finalURL = finalURL
        self.contentType = contentType
    }

    /// A short description for source attempts.
    public var summary: String {
        switch outcome {
        case .ok: "\(body.count) bytes"
        case .status(let code): "HTTP \(code)"
        case .tooLarge: "the document exceeds the size limit"
        case .tooManyRedirects: "too many redirects (or a redirect loop)"
        case .timeout: "no answer within the deadline"
        case .tls(let reason): "TLS failed: \(reason)"
        case .connect(let reason): "cannot connect: \(reason)"
        case .invalidURL: "invalid URL"
        }
    }
}
