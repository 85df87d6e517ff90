public import MailConfCore
import Synchronization

/// An in-memory ``MailConnector``: each connection request is answered by a closure, with a scripted transport
/// (``ScriptedTransport``) or a connection failure, and every request is kept for the test to inspect.
///
/// A probe makes more than one connection: the session, and beside it the TLS version checks and the check of
/// whether a silent port speaks TLS (both with ``ConnectRequest/tlsVersionCheck`` set). They run at once, so they
/// are told apart by their request, not their order.
public final class ScriptedConnector: MailConnector {
    private let answer: @Sendable (ConnectRequest) async throws -> Connection
    private let log = Mutex<(requests: [ConnectRequest], transports: [any MailTransport])>(([], []))

    /// A connector whose every request `answer` serves (or refuses by throwing a ``TransportError``).
    public init(_ answer: @escaping @Sendable (ConnectRequest) async throws -> Connection) {
        self.answer = answer
    }

    /// A connector for a probe's session alone: the session request gets `session` (an implicit-TLS handshake
    /// reported as `tls`), or fails with `failure`; requests for TLS version checks go to `versions`, and without
    /// it are refused (the port is then closed to them).
    public convenience init(
        session: ScriptedTransport? = nil,
        tls: TLSReport? = nil,
        failure: TransportError? = nil,
        localAddress: String? = "192.0.2.7",
        versions: ScriptedTLSVersions? = nil
    ) {
        self.init { request in
            if request.tlsVersionCheck != nil {
                guard let versions else { throw TransportError(.refused, "no version checks are scripted") }
                return try versions.connection(for: request)
            }
            if let failure { throw failure }
            guard let session else { throw TransportError(.refused, "no session is scripted") }
            return Connection(
                transport: session,
                remoteAddress: "\(request.address ?? "192.0.2.1"):\(request.port)",
                connectMilliseconds: 1,
                tls: request.implicitTLS ? tls : nil,
                tlsMilliseconds: request.implicitTLS && tls != nil ? 1 : nil,
                localAddress: localAddress
            )
        }
    }

    /// Every request made, in order.
    public var requests: [ConnectRequest] { log.withLock { $0.requests } }
    /// The transport of every connection made, in order.
    public var transports: [any MailTransport] { log.withLock { $0.transports } }

    public func connect(_ request: ConnectRequest) async throws -> Connection {
        log.withLock { $0.requests.append(request) }
        let connection = try await answer(request)
        log.withLock { $0.transports.append(connection.transport) }
        return connection
    }
}

/// A scripted server's answers to the connections that only check whether a TLS version is accepted
/// (``ConnectRequest/tlsVersionCheck``): the versions it accepts, and the dialogue up to STARTTLS on a port that
/// starts in cleartext.
public struct ScriptedTLSVersions: Sendable {
    /// The versions the server accepts.
    public var accepted: Set<TLSProtocolVersion>
    /// The protocol spoken before STARTTLS (ignored for implicit-TLS requests).
    public var `protocol`: MailProtocol
    /// Versions whose check fails in this way instead (a refused connection, a timeout…).
    public var failures: [TLSProtocolVersion: TransportError]
    /// Whether the server answers a ClientHello in TLS at all; `false` for a plaintext port.
    public var speaksTLS: Bool

    /// Creates the answers.
    public init(
        accepting accepted: Set<TLSProtocolVersion>,
        protocol: MailProtocol = .smtp,
        failures: [TLSProtocolVersion: TransportError] = [:],
        speaksTLS: Bool = true
    ) {
        self.accepted = accepted
        self.protocol = `protocol`
        self.failures = failures
        self.speaksTLS = speaksTLS
    }

    /// What a server accepting ``accepted`` answers to a ClientHello offering versions up to `offered`: a
    /// ServerHello for the newest accepted version not newer than the offer (RFC 5246 §E.1), or a
    /// `protocol_version` alert. TLS 1.3 is offered only through `supported_versions` with 1.3 suites alone, so
    /// only a TLS 1.3 server takes it.
    public func answer(to offered: TLSProtocolVersion) -> TLSHello.ServerAnswer {
        guard speaksTLS else { return .notTLS(Array("220 plaintext\r\n".utf8)) }
        let candidates = offered == .tls13 ? accepted.filter { $0 == .tls13 } : accepted.filter { $0 <= offered }
        guard let chosen = candidates.max() else { return .alert(level: 2, description: 70) }
        return .serverHello(version: chosen.wireValue, cipher: chosen == .tls13 ? 0x1301 : 0xC02F)
    }

    /// The connection for a version-check request.
    public func connection(for request: ConnectRequest) throws -> Connection {
        guard let version = request.tlsVersionCheck else {
            throw TransportError(.other, "not a version-check request")
        }
        if let failure = failures[version] { throw failure }
        let report = TLSReport(versionCheck: TLSHello.check(answer(to: version), offered: version))
        let remote = "\(request.address ?? "192.0.2.1"):\(request.port)"
        if request.implicitTLS {
            return Connection(
                transport: ScriptedTransport([]),
                remoteAddress: remote,
                connectMilliseconds: 1,
                tls: report,
                tlsMilliseconds: 1
            )
        }
        let upgrade = ScriptedTransport.Step.startTLS(.clean(report))
        let steps: [ScriptedTransport.Step]
        switch self.protocol {
        case .smtp:
            steps = [
                .server("220 versions.test ESMTP"), .clientMatching("EHLO", { $0.hasPrefix("EHLO ") }),
                .server("250-versions.test"), .server("250 STARTTLS"), .client("STARTTLS"), .server("220 go ahead"),
                upgrade,
            ]
        case .imap:
            steps = [
                .server("* OK [CAPABILITY IMAP4rev1 STARTTLS] ready"), .client("v1 STARTTLS"), .server("v1 OK go"),
                upgrade,
            ]
        case .pop3:
            steps = [.server("+OK ready"), .client("STLS"), .server("+OK go"), upgrade]
        }
        return Connection(transport: ScriptedTransport(steps), remoteAddress: remote, connectMilliseconds: 1)
    }
}
