/// What probing one service found.
public struct ProbeResult: Hashable, Sendable {
    /// Per-stage timings in milliseconds; `nil` for stages not reached.
    public struct Timings: Hashable, Sendable {
        public var connectMs: Double?
        public var greetingMs: Double?
        public var tlsMs: Double?
        public var totalMs: Double

        /// Creates timings.
        public init(connectMs: Double? = nil, greetingMs: Double? = nil, tlsMs: Double? = nil, totalMs: Double = 0) {
            self.connectMs = connectMs
            self.greetingMs = greetingMs
            self.tlsMs = tlsMs
            self.totalMs = totalMs
        }
    }

    /// The service probed.
    public var service: MailService
    /// The host name asked for (and checked against certificates).
    public var host: String
    /// The address actually connected to, if the connection was made.
    public var address: String?
    /// Whether a TCP connection was made.
    public var reachable: Bool
    /// The security obtained: `tls`, `starttls`, `plain`, or `nil` when nothing worked (`none` in JSON).
    public var security: TransportSecurity?
    /// The server's greeting line(s), control characters replaced.
    public var greeting: String?
    /// Capabilities (EHLO keywords, IMAP capabilities, POP3 CAPA) before TLS.
    public var capabilitiesBeforeTLS: [String]
    /// Capabilities after TLS.
    public var capabilitiesAfterTLS: [String]
    /// SASL mechanisms (and IMAP/POP3 login forms) offered before TLS.
    public var authBeforeTLS: [String]
    /// SASL mechanisms offered after TLS.
    public var authAfterTLS: [String]
    /// TLS facts, when a handshake completed.
    public var tls: TLSReport?
    /// Which TLS versions the service accepts, one check per version, when they were checked
    /// (``ProbeOptions/checkTLSVersions``); empty otherwise.
    public var versionChecks: [TLSVersionCheck]
    /// Findings, most severe first.
    public var findings: [ProbeFinding]
    /// Stage timings.
    public var timings: Timings
    /// The authentication attempt, when one was asked for (`mailconf auth`).
    public var authentication: AuthAttempt?
    /// Why no connection was made, when none was.
    public var connectFailure: TransportError?
    /// Whether the probe ran to its end; `false` when its deadline stopped it.
    public var finished = true

    /// Creates an empty result for `service` on `host`.
    public init(service: MailService, host: String) {
        self.service = service
        self.host = host
        self.reachable = false
        self.capabilitiesBeforeTLS = []
        self.capabilitiesAfterTLS = []
        self.authBeforeTLS = []
        self.authAfterTLS = []
        self.versionChecks = []
        self.findings = []
        self.timings = Timings()
    }

    /// The highest severity among the findings.
    public var worstSeverity: ProbeFinding.Severity? { findings.map(\.severity).max() }

    /// Whether the service works securely: reachable, TLS in place, no high-severity finding.
    public var isHealthy: Bool {
        reachable && security != nil && security != .plain && worstSeverity != .high
    }

    /// The TLS versions the service accepts, oldest first; `nil` when they were not checked.
    public var acceptedVersions: [TLSProtocolVersion]? {
        versionChecks.isEmpty ? nil : versionChecks.filter { $0.outcome == .accepted }.map(\.version).sorted()
    }

    /// The mechanisms a client can use after securing the connection (after TLS, else before).
    public var usableAuth: [String] { authAfterTLS.isEmpty ? authBeforeTLS : authAfterTLS }

    /// Adds a finding.
    public mutating func add(_ severity: ProbeFinding.Severity, _ code: String, _ message: String) {
        findings.append(ProbeFinding(severity, code, message))
    }
}

extension ProbeResult {
    /// What a probe learnt about its host's name.
    public enum NameResolution: Sendable {
        /// The name resolved: a connection was attempted at an address.
        case resolved
        /// DNS said the name does not exist, or has no address.
        case nameMissing
        /// Nothing either way (no connection attempt, or DNS could not be asked).
        case notAsked
    }

    /// What this probe learnt about its host's name, from the typed connection failure.
    public var nameResolution: NameResolution {
        if reachable { return .resolved }
        guard let failure = connectFailure else { return .notAsked }
        switch failure.kind {
        case .resolveFailed:
            return failure.dnsStatus == .nxdomain || failure.dnsStatus == .nodata ? .nameMissing : .notAsked
        case .refused, .connectTimeout, .unreachable, .forbiddenAddress: return .resolved
        default: return .notAsked
        }
    }
}
