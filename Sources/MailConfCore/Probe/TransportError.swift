/// Why talking to a server failed, precisely enough to tell the user what to do next.
public struct TransportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of failure.
    public enum Kind: Hashable, Sendable {
        /// The name did not resolve.
        case resolveFailed
        /// The server refused the connection (RST): nothing listens on the port.
        case refused
        /// No answer to the connection attempt: a firewall drops packets, or the host is down.
        case connectTimeout
        /// No route to the host or network.
        case unreachable
        /// A read did not complete in time (the stage says which).
        case timeout
        /// The server closed the connection.
        case closed
        /// The server reset the connection (TCP RST).
        case reset
        /// A line exceeded the length limit.
        case lineTooLong
        /// The session exceeded its byte limit.
        case sessionTooLarge
        /// The TLS handshake failed.
        case tlsFailed
        /// An implicit-TLS port answered in plaintext.
        case plaintextOnTLSPort
        /// The server broke the protocol.
        case protocolViolation
        /// The address is one the caller's policy forbids (private, loopback…): no connection was made.
        case forbiddenAddress
        /// Anything else.
        case other
    }

    /// The kind.
    public var kind: Kind
    /// Details for people, e.g. the stage that timed out or the handshake's reason.
    public var message: String
    /// What the server said, when relevant (e.g. the plaintext greeting on an implicit-TLS port).
    public var serverText: String?
    /// The TLS facts gathered before a handshake failed (e.g. the certificate), if any.
    public var tls: TLSReport?
    /// For ``Kind/resolveFailed``: how the DNS query for the host ended, when a resolver was asked directly.
    public var dnsStatus: DNSAnswer.Status?
    /// The peer's address, `ip:port`, when a connection was made before the failure.
    public var remoteAddress: String?
    /// The TCP connect time, when a connection was made before the failure.
    public var connectMilliseconds: Double?
    /// From the connection to the server's first answer, when one came (e.g. a plaintext greeting on an
    /// implicit-TLS port).
    public var answerMilliseconds: Double?

    /// Creates an error.
    public init(
        _ kind: Kind,
        _ message: String,
        serverText: String? = nil,
        tls: TLSReport? = nil,
        dnsStatus: DNSAnswer.Status? = nil
    ) {
        self.kind = kind
        self.message = message
        self.serverText = serverText
        self.tls = tls
        self.dnsStatus = dnsStatus
    }

    public var description: String { message }
}
