/// An HTTPS reachability and certificate check for web endpoints such as Exchange web services: connect, handshake
/// TLS (the certificate is checked for the host), send one `HEAD` request without credentials, read the status
/// line. Nothing else: no body is read and no login is tried.
///
/// It runs over the same ``MailConnector`` seam as the mail probes (MailConfNet's `NIOMailConnector`), so the same
/// trust roots, DNS server and address policy apply, and every step has a deadline.
public struct HTTPSProbe: Sendable {
    /// Opens connections.
    public let connector: any MailConnector
    /// Time allowed for the TCP connection.
    public var connectTimeout: Duration
    /// Time allowed for the TLS handshake.
    public var tlsTimeout: Duration
    /// Time allowed for the status line.
    public var readTimeout: Duration

    /// Creates a probe.
    public init(
        connector: any MailConnector,
        connectTimeout: Duration = .seconds(5),
        tlsTimeout: Duration = .seconds(10),
        readTimeout: Duration = .seconds(10)
    ) {
        self.connector = connector
        self.connectTimeout = connectTimeout
        self.tlsTimeout = tlsTimeout
        self.readTimeout = readTimeout
    }

    /// What the check found.
    public struct Result: Hashable, Sendable {
        /// How far it got.
        public enum Outcome: Hashable, Sendable {
            /// TLS worked and the server answered with an HTTP status line.
            case http(status: Int)
            /// TLS worked, but what came back was not an HTTP status line (or nothing came in time).
            case notHTTP
            /// The connection or the handshake failed.
            case failed(TransportError.Kind)
        }

        /// How far it got.
        public var outcome: Outcome
        /// The handshake's facts, when it completed (or failed with a diagnosis).
        public var tls: TLSReport?
        /// The address connected to.
        public var address: String?
        /// What went wrong, for people.
        public var detail: String?

        /// Creates a result.
        public init(outcome: Outcome, tls: TLSReport? = nil, address: String? = nil, detail: String? = nil) {
            self.outcome = outcome
            self.tls = tls
            self.address = address
            self.detail = detail
        }

        /// Certificate problems found for the host (empty when valid or when no handshake completed).
        public var certificateProblems: [CertificateReport.Problem] { tls?.certificate?.problems ?? [] }
    }

    /// Checks `url` (`https://host[:port]/path`), connecting to `address` instead of resolving the host when given.
    public func check(url: String, address: String? = nil) async -> Result {
        guard let (host, port) = ExchangeServer.httpsHost(of: url) else {
            return Result(outcome: .failed(.other), detail: "not an https:// URL: \(url)")
        }
        let request = ConnectRequest(
            host: host,
            address: address,
            port: port,
            implicitTLS: true,
            connectTimeout: connectTimeout,
            tlsTimeout: tlsTimeout,
            maximumLineBytes: 8192,
            maximumSessionBytes: 64 * 1024
        )
        let connection: Connection
        do {
            connection = try await connector.connect(request)
        } catch {
            let failure = ServiceProber.transportError(error)
            return Result(outcome: .failed(failure.kind), tls: failure.tls, detail: failure.message)
        }
        let path = Self.path(of: url)
        let hostHeader = port == 443 ? host : "\(host):\(port)"
        do {
            try await connection.transport.send(
                "HEAD \(path) HTTP/1.1\r\nHost: \(hostHeader)\r\nUser-Agent: mailconf\r\nConnection: close\r\n\r\n"
            )
            let line = try await connection.transport.readLine(timeout: readTimeout)
            await connection.transport.close()
            guard let status = Self.status(of: line) else {
                return Result(
                    outcome: .notHTTP,
                    tls: connection.tls,
                    address: connection.remoteAddress,
                    detail: "the answer is not an HTTP status line: \(Printable.excerpt(line, limit: 80))"
                )
            }
            return Result(outcome: .http(status: status), tls: connection.tls, address: connection.remoteAddress)
        } catch {
            await connection.transport.close()
            let failure = ServiceProber.transportError(error)
            return Result(
                outcome: .notHTTP,
                tls: connection.tls,
                address: connection.remoteAddress,
                detail: "no HTTP answer: \(failure.message)"
            )
        }
    }

    /// The request target: the URL's path and query, `/` when empty.
    static func path(of url: String) -> String {
        let rest = url.dropFirst("https://".count)
        guard let slash = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) else { return "/" }
        let target = String(rest[slash...]).split(separator: "#", maxSplits: 1).first.map(String.init) ?? "/"
        let path = target.hasPrefix("?") ? "/" + target : target
        // Never let a URL smuggle a second header line into the request.
        return path.contains(where: { $0 == "\r" || $0 == "\n" || $0 == " " }) ? "/" : path
    }

    /// The status code of an HTTP/1.x status line (`HTTP/1.1 401 Unauthorized` → 401).
    static func status(of line: String) -> Int? {
        let parts = line.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/1."), parts[1].count == 3, let code = Int(parts[1]),
            (100...599).contains(code)
        else { return nil }
        return code
    }
}
