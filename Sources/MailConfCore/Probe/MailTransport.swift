/// A connection to a mail server that speaks a line protocol, with optional TLS upgrade. The seam between the
/// protocol dialogues (pure, in this module) and the network (SwiftNIO, in MailConfNet).
///
/// Every read takes a timeout and every implementation caps line length and session size, so a hostile server
/// yields a ``TransportError`` in bounded time and memory.
public protocol MailTransport: Sendable {
    /// Reads one line, without its CRLF (or bare LF).
    ///
    /// - Throws: ``TransportError``.
    func readLine(timeout: Duration) async throws -> String

    /// Reads exactly `count` bytes (an IMAP literal).
    ///
    /// - Throws: ``TransportError``.
    func readBytes(_ count: Int, timeout: Duration) async throws -> [UInt8]

    /// Sends `text` as is (callers add CRLF).
    ///
    /// - Throws: ``TransportError``.
    func send(_ text: String) async throws

    /// Discards whatever the server sent after the line last read (reporting it), then performs a TLS handshake
    /// on the open connection. Nothing is sent between the STARTTLS command's reply and the handshake.
    ///
    /// - Throws: ``TransportError``; `.tlsFailed` carries the handshake's diagnosis.
    func startTLS(timeout: Duration) async throws -> TLSUpgrade

    /// Closes the connection; never throws.
    func close() async
}

/// What a STARTTLS upgrade did.
public struct TLSUpgrade: Sendable {
    /// Bytes the server sent after its STARTTLS reply and before the handshake: discarded, never interpreted.
    public var discardedBytes: Int
    /// The start of those bytes, printable, for the finding.
    public var discardedPreview: String
    /// The handshake's facts.
    public var report: TLSReport
    /// How long the handshake took.
    public var milliseconds: Double

    /// Creates an upgrade record.
    public init(discardedBytes: Int, discardedPreview: String, report: TLSReport, milliseconds: Double) {
        self.discardedBytes = discardedBytes
        self.discardedPreview = discardedPreview
        self.report = report
        self.milliseconds = milliseconds
    }
}

/// Opens connections to mail servers: the seam the probes use to reach the network.
public protocol MailConnector: Sendable {
    /// Connects to `request.port` on `request.address` (or on `request.host` resolved), performing the TLS
    /// handshake at once for implicit-TLS services.
    ///
    /// - Throws: ``TransportError``.
    func connect(_ request: ConnectRequest) async throws -> Connection
}

/// What to connect to.
public struct ConnectRequest: Sendable {
    /// The host name to resolve (when `address` is `nil`), send as SNI and check certificates against.
    public var host: String
    /// An IP address to connect to instead of resolving `host` (curl's `--resolve`).
    public var address: String?
    /// The TCP port.
    public var port: Int
    /// Whether to handshake TLS right after connecting.
    public var implicitTLS: Bool
    /// Time allowed for the TCP connection.
    public var connectTimeout: Duration
    /// Time allowed for the TLS handshake.
    public var tlsTimeout: Duration
    /// Longest line accepted from the server (2048 for SMTP and POP3 as in Postfix, 8192 for IMAP).
    public var maximumLineBytes: Int
    /// Most bytes accepted in the whole session.
    public var maximumSessionBytes: Int
    /// Whether `{N}` at a line's end announces an N-byte literal (IMAP).
    public var imapLiterals: Bool
    /// Longest IMAP literal accepted.
    public var maximumLiteralBytes: Int
    /// When set, the TLS handshake (at connect, or at STARTTLS) only checks whether the server accepts this
    /// version: a ClientHello offering it alone is sent, the server's first answer read into
    /// ``TLSReport/versionCheck``, and the connection carries nothing after it.
    public var tlsVersionCheck: TLSProtocolVersion?

    /// Creates a request.
    public init(
        host: String,
        address: String? = nil,
        port: Int,
        implicitTLS: Bool,
        connectTimeout: Duration = .seconds(5),
        tlsTimeout: Duration = .seconds(10),
        maximumLineBytes: Int = 8192,
        maximumSessionBytes: Int = 1 << 20,
        imapLiterals: Bool = false,
        maximumLiteralBytes: Int = 64 * 1024,
        tlsVersionCheck: TLSProtocolVersion? = nil
    ) {
        self.host = host
        self.address = address
        self.port = port
        self.implicitTLS = implicitTLS
        self.connectTimeout = connectTimeout
        self.tlsTimeout = tlsTimeout
        self.maximumLineBytes = maximumLineBytes
        self.maximumSessionBytes = maximumSessionBytes
        self.imapLiterals = imapLiterals
        self.maximumLiteralBytes = maximumLiteralBytes
        self.tlsVersionCheck = tlsVersionCheck
    }
}

/// An open connection.
public struct Connection: Sendable {
    /// The transport to talk over.
    public var transport: any MailTransport
    /// The peer's address, `ip:port`.
    public var remoteAddress: String
    /// Our end's IP address, for an SMTP address literal (`[192.0.2.1]`, RFC 5321 §4.1.3).
    public var localAddress: String?
    /// TCP connect time.
    public var connectMilliseconds: Double
    /// The implicit-TLS handshake's facts, if one was made.
    public var tls: TLSReport?
    /// The implicit-TLS handshake's time.
    public var tlsMilliseconds: Double?

    /// Creates a connection record.
    public init(
        transport: any MailTransport,
        remoteAddress: String,
        connectMilliseconds: Double,
        tls: TLSReport? = nil,
        tlsMilliseconds: Double? = nil,
        localAddress: String? = nil
    ) {
        self.transport = transport
        self.remoteAddress = remoteAddress
        self.localAddress = localAddress
        self.connectMilliseconds = connectMilliseconds
        self.tls = tls
        self.tlsMilliseconds = tlsMilliseconds
    }
}
