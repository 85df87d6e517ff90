/// What one probe checks: a host and a mail service on a port. Every server setting that names the same endpoint
/// is judged from the same probe, whichever domain or source named it.
public struct Endpoint: Hashable, Sendable, CustomStringConvertible {
    /// The host name (checked against certificates).
    public var host: String
    /// The service: protocol, port, and whether TLS starts at connect.
    public var service: MailService

    /// Creates an endpoint.
    public init(host: String, service: MailService) {
        self.host = host
        self.service = service
    }

    public var description: String { "\(host):\(service.port) \(service.implicitTLS ? "tls" : "plain/starttls")" }
}

extension ServerSettings {
    /// The endpoint a probe checks for this setting. `plain` and `starttls` settings of one port share it: the
    /// probe connects in cleartext and tries STARTTLS either way.
    public var endpoint: Endpoint { Endpoint(host: host, service: probeService) }

    /// The identity of a server for de-duplication: protocol, host, port and security.
    var identity: String { "\(`protocol`.rawValue) \(host):\(port) \(security.rawValue)" }

    /// The service to probe to verify this setting.
    var probeService: MailService {
        let base: MailService
        switch (`protocol`, security) {
        case (.smtp, .tls): base = .submissions
        case (.smtp, _): base = port == 25 ? .smtp : .submission
        case (.imap, .tls): base = .imaps
        case (.imap, _): base = .imap
        case (.pop3, .tls): base = .pop3s
        case (.pop3, _): base = .pop3
        }
        return MailService(name: base.name, protocol: `protocol`, port: port, implicitTLS: security == .tls)
    }
}

/// Probes endpoints without credentials: the seam between discovery and the network. ``ServiceProber`` probes
/// directly; ``SharedProbes`` shares one probe per endpoint between lookups and keeps its result for a while.
public protocol EndpointProber: Sendable {
    /// Probes `endpoint`, connecting to `address` when given (an SRV answer's additional section), and ends by
    /// `deadline` at the latest.
    func probe(_ endpoint: Endpoint, address: String?, deadline: ContinuousClock.Instant) async -> ProbeResult
}

extension ServiceProber: EndpointProber {
    public func probe(_ endpoint: Endpoint, address: String?, deadline: ContinuousClock.Instant) async -> ProbeResult {
        await probe(endpoint.service, host: endpoint.host, address: address, deadline: deadline)
    }
}
