/// The HTTP seam for simulating mail clients: one request, sent as given, one answer, no redirect followed (each
/// client follows redirects by its own rules, hop by hop), with a deadline and a body cap.
public protocol HTTPExchanger: Sendable {
    /// Sends `request`; never throws: failures are ``HTTPHop/Outcome`` values.
    func exchange(_ request: HTTPHopRequest, timeout: Duration, maximumBytes: Int) async -> HTTPHop
}

/// One request.
public struct HTTPHopRequest: Hashable, Sendable, CustomStringConvertible {
    /// `GET` or `POST`.
    public var method: String
    /// The absolute URL.
    public var url: String
    /// The body (POST).
    public var body: [UInt8]
    /// The body's `Content-Type` (POST).
    public var contentType: String?

    /// Creates a request.
    public init(method: String = "GET", url: String, body: [UInt8] = [], contentType: String? = nil) {
        self.method = method
        self.url = url
        self.body = body
        self.contentType = contentType
    }

    public var description: String { "\(method) \(url)" }
}

/// One answer, or why none came.
public struct HTTPHop: Hashable, Sendable {
    /// How the exchange ended.
    public enum Outcome: Hashable, Sendable {
        /// The server answered with this status.
        case status(Int)
        /// The body exceeded the cap.
        case tooLarge
        /// No answer within the deadline.
        case timeout
        /// The TLS handshake failed (an invalid certificate, most often).
        case tls(String)
        /// No connection: the name does not resolve, nothing listens, no route.
        case connect(String)
        /// The URL is not an http or https URL.
        case invalidURL
    }

    /// How it ended.
    public var outcome: Outcome
    /// The `Location` header, for a redirect.
    public var location: String?
    /// The `Content-Type` header.
    public var contentType: String?
    /// The body.
    public var body: [UInt8]

    /// Creates an answer.
    public init(outcome: Outcome, location: String? = nil, contentType: String? = nil, body: [UInt8] = []) {
        self.outcome = outcome
        self.location = location
        self.contentType = contentType
        self.body = body
    }

    /// The status, when the server answered.
    // Not inlined: Swift 6.3.1's optimiser fails its ownership check when this is inlined into the simulator's
    // async functions (a compiler crash in release builds).
    @inline(never) public var status: Int? {
        if case .status(let code) = outcome { return code }
        return nil
    }
}
