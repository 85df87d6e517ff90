/// One way a live server differs from what the database claims. A typed fact: programs decide on the case, people
/// read ``message``.
public enum Drift: Hashable, Sendable {
    /// The host name does not exist (NXDOMAIN).
    case hostNotFound
    /// Nothing listens on the claimed port (connection refused).
    case portClosed
    /// The connection opened but the server never spoke the claimed protocol in time.
    case noGreeting
    /// The server spoke, but not the claimed protocol (or refused service in its greeting).
    case wrongProtocol
    /// The claim says implicit TLS, the server answered in plaintext.
    case noImplicitTLS
    /// The claim says TLS, the handshake failed.
    case tlsFailed
    /// The claim says STARTTLS, the server does not offer it.
    case noSTARTTLS
    /// The server offers STARTTLS but the upgrade failed.
    case starttlsFailed
    /// The certificate is not valid for the host.
    case certificate([CertificateReport.Problem])
    /// A claimed auth method has no matching mechanism after TLS; `offered` lists what the server offers.
    case authMissing(AuthMethod, offered: [String])
    /// An Exchange web service did not answer with HTTP.
    case notHTTP
    /// An Exchange web service answered that the URL does not exist (404, 410).
    case httpNotFound(Int)

    /// A stable code, e.g. `no-starttls`.
    public var code: String {
        switch self {
        case .hostNotFound: "host-not-found"
        case .portClosed: "port-closed"
        case .noGreeting: "no-greeting"
        case .wrongProtocol: "wrong-protocol"
        case .noImplicitTLS: "no-implicit-tls"
        case .tlsFailed: "tls-failed"
        case .noSTARTTLS: "no-starttls"
        case .starttlsFailed: "starttls-failed"
        case .certificate: "certificate"
        case .authMissing: "auth-missing"
        case .notHTTP: "not-http"
        case .httpNotFound: "http-not-found"
        }
    }

    /// What differs, for people (English: a maintenance report), e.g. "claims STARTTLS on 143, server offers no
    /// STARTTLS".
    public func message(for claim: VerifiedClaim.Subject) -> String {
        let port = claim.port
        switch self {
        case .hostNotFound: return "claims host \(claim.host), which does not exist (NXDOMAIN)"
        case .portClosed: return "claims port \(port), connection refused: nothing listens there"
        case .noGreeting: return "claims \(claim.protocolName) on \(port), the server never greeted"
        case .wrongProtocol: return "claims \(claim.protocolName) on \(port), the server speaks something else"
        case .noImplicitTLS: return "claims implicit TLS on \(port), server answers in plaintext"
        case .tlsFailed: return "claims TLS on \(port), the TLS handshake fails"
        case .noSTARTTLS: return "claims STARTTLS on \(port), server offers no STARTTLS"
        case .starttlsFailed: return "claims STARTTLS on \(port), server offers it but the upgrade fails"
        case .certificate(let problems):
            return "certificate not valid for \(claim.host): " + problems.map(\.rawValue).joined(separator: ", ")
        case .authMissing(let method, let offered):
            let list = offered.isEmpty ? "none" : offered.joined(separator: " ")
            return "claims auth \(method.rawValue), server offers \(list) after TLS"
        case .notHTTP: return "claims a web service at \(claim.host):\(port), the server does not answer HTTP"
        case .httpNotFound(let status):
            return "claims a web service at \(claim.url ?? claim.host), server says \(status)"
        }
    }
}

/// Why a claim could not be judged: the network, not the server, is in doubt.
public enum UnreachableReason: Hashable, Sendable {
    /// DNS gave no usable answer (timeout, SERVFAIL, REFUSED, no resolver).
    case dns(DNSAnswer.Status)
    /// The host has a name but no address (NODATA for A and AAAA).
    case noAddress
    /// The resolver answered NXDOMAIN for every name of the run, so its NXDOMAIN proves nothing.
    case everyNameDenied
    /// The connection attempt got no answer (filtered, or the host is down).
    case connectTimeout
    /// No route to the host or network.
    case networkUnreachable
    /// The probe did not finish within its time.
    case timeout
    /// The run's deadline came before this endpoint's turn.
    case deadline
    /// Something else stopped the probe (a local policy, an internal error).
    case other(String)

    /// For people.
    public var message: String {
        switch self {
        case .dns(let status): "DNS gave no answer (\(status.rawValue))"
        case .noAddress: "the host name has no address"
        case .everyNameDenied: "the resolver said NXDOMAIN for every name of this run: no conclusion"
        case .connectTimeout: "no answer to the connection attempt"
        case .networkUnreachable: "no route to the host"
        case .timeout: "the probe did not finish in time"
        case .deadline: "not probed: the run's deadline came first"
        case .other(let text): text
        }
    }
}

/// How one claim fared.
public enum ClaimVerdict: Hashable, Sendable {
    /// The server does what the database claims.
    case confirmed
    /// The server differs; each drift says how.
    case drifted([Drift])
    /// No conclusion: the network, not the server, failed.
    case unreachable(UnreachableReason)
    /// Not checked at all (e.g. a host that depends on the address's domain when the provider lists none).
    case unchecked(String)

    /// `confirmed`, `drifted`, `unreachable` or `unchecked`.
    public var name: String {
        switch self {
        case .confirmed: "confirmed"
        case .drifted: "drifted"
        case .unreachable: "unreachable"
        case .unchecked: "unchecked"
        }
    }

    /// Ordering for a provider's overall verdict: drifted is worst.
    var weight: Int {
        switch self {
        case .confirmed: 0
        case .unchecked: 1
        case .unreachable: 2
        case .drifted: 3
        }
    }
}

/// Facts a probe saw, whatever the claim.
public struct Observation: Hashable, Sendable {
    /// The security obtained (`nil`: none).
    public var security: TransportSecurity?
    /// SASL mechanisms (and login forms) offered once secured.
    public var mechanisms: [String]
    /// The TLS version negotiated.
    public var tlsVersion: String?
    /// Certificate problems for the host.
    public var certificateProblems: [CertificateReport.Problem]
    /// Whether an SMTP server announces DSN (RFC 3461); `nil` for other protocols.
    public var dsn: Bool?
    /// An HTTP status, for web services.
    public var httpStatus: Int?
    /// The address connected to.
    public var address: String?

    /// Creates an observation.
    public init(
        security: TransportSecurity? = nil,
        mechanisms: [String] = [],
        tlsVersion: String? = nil,
        certificateProblems: [CertificateReport.Problem] = [],
        dsn: Bool? = nil,
        httpStatus: Int? = nil,
        address: String? = nil
    ) {
        self.security = security
        self.mechanisms = mechanisms
        self.tlsVersion = tlsVersion
        self.certificateProblems = certificateProblems
        self.dsn = dsn
        self.httpStatus = httpStatus
        self.address = address
    }
}

/// One database claim (a server or an Exchange service of a provider) and what the live check found.
public struct VerifiedClaim: Hashable, Sendable {
    /// What is claimed.
    public enum Subject: Hashable, Sendable {
        /// The provider's `index`-th server (file order), with its host resolved when it held `%EMAILDOMAIN%`.
        case server(index: Int, ServerSettings)
        /// The provider's `index`-th Exchange service.
        case exchange(index: Int, ExchangeServer)

        /// The host probed.
        public var host: String {
            switch self {
            case .server(_, let server): server.host
            case .exchange(_, let service): service.host ?? service.url
            }
        }

        /// The port probed.
        public var port: Int {
            switch self {
            case .server(_, let server): server.port
            case .exchange(_, let service): service.port
            }
        }

        /// `IMAP`, `POP3`, `SMTP`, `EWS`…
        public var protocolName: String {
            switch self {
            case .server(_, let server): server.protocol.displayName
            case .exchange(_, let service): service.kind.displayName
            }
        }

        /// The web service's URL.
        public var url: String? {
            if case .exchange(_, let service) = self { return service.url }
            return nil
        }
    }

    /// What is claimed.
    public var subject: Subject
    /// The verdict.
    public var verdict: ClaimVerdict
    /// What the probe saw.
    public var observation: Observation

    /// Creates a record.
    public init(subject: Subject, verdict: ClaimVerdict, observation: Observation = Observation()) {
        self.subject = subject
        self.verdict = verdict
        self.observation = observation
    }

    /// The drifts as people read them.
    public var driftMessages: [String] {
        guard case .drifted(let drifts) = verdict else { return [] }
        return drifts.map { $0.message(for: subject) }
    }
}

/// One provider's claims and their verdicts.
public struct ProviderVerification: Hashable, Sendable {
    /// The provider.
    public var id: String
    /// Every claim checked (placeholder hosts once per listed domain).
    public var claims: [VerifiedClaim]

    /// Creates a record.
    public init(id: String, claims: [VerifiedClaim]) {
        self.id = id
        self.claims = claims
    }

    /// The worst verdict: drifted, else unreachable, else unchecked, else confirmed (`unchecked` for a provider
    /// without claims).
    public var verdict: ClaimVerdict {
        claims.map(\.verdict).max { $0.weight < $1.weight } ?? .unchecked("no servers")
    }
}

/// Judges one probe result against one claim: the pure comparison `providers verify` makes.
public enum ClaimJudge {
    /// The verdict for a mail server `claim` given what probing it found.
    public static func judge(_ claim: ServerSettings, result: ProbeResult) -> (ClaimVerdict, Observation) {
        var observation = Observation(
            security: result.security,
            mechanisms: result.usableAuth,
            tlsVersion: result.tls?.version,
            certificateProblems: result.tls?.certificate?.problems ?? [],
            address: result.address
        )
        if claim.protocol == .smtp {
            let capabilities =
                result.capabilitiesAfterTLS.isEmpty ? result.capabilitiesBeforeTLS : result.capabilitiesAfterTLS
            observation.dsn = capabilities.isEmpty ? nil : capabilities.contains { $0.uppercased() == "DSN" }
        }
        let codes = result.findings.map(\.code)
        guard result.reachable else {
            if codes.contains(ProbeFinding.Code.portClosed) { return (.drifted([.portClosed]), observation) }
            if codes.contains(ProbeFinding.Code.portFiltered) {
                return (.unreachable(.connectTimeout), observation)
            }
            if codes.contains(ProbeFinding.Code.unreachable) {
                return (.unreachable(.networkUnreachable), observation)
            }
            if codes.contains(ProbeFinding.Code.timeout) { return (.unreachable(.timeout), observation) }
            return (.unreachable(.other(result.findings.first?.message ?? "no connection")), observation)
        }
        var drifts: [Drift] = []
        if !observation.certificateProblems.isEmpty { drifts.append(.certificate(observation.certificateProblems)) }
        switch claim.security {
        case .tls where result.security != .tls:
            if codes.contains(ProbeFinding.Code.plaintextOnTLSPort) {
                drifts.append(.noImplicitTLS)
            } else if drifts.isEmpty {
                drifts.append(.tlsFailed)
            }
            return (.drifted(drifts), observation)
        case .starttls where result.security != .starttls:
            if codes.contains(ProbeFinding.Code.starttlsNotOffered) {
                drifts.append(.noSTARTTLS)
            } else if codes.contains(ProbeFinding.Code.starttlsFailed) {
                if drifts.isEmpty { drifts.append(.starttlsFailed) }
            } else if result.greeting == nil {
                drifts.append(codes.contains(ProbeFinding.Code.protocolError) ? .wrongProtocol : .noGreeting)
            } else {
                drifts.append(.wrongProtocol)
            }
            return (.drifted(drifts), observation)
        default:
            break
        }
        if result.greeting == nil {
            drifts.append(codes.contains(ProbeFinding.Code.protocolError) ? .wrongProtocol : .noGreeting)
            return (.drifted(drifts), observation)
        }
        if codes.contains(ProbeFinding.Code.greetingRejected) || codes.contains(ProbeFinding.Code.smtpRejected)
            || codes.contains(ProbeFinding.Code.protocolError)
        {
            drifts.append(.wrongProtocol)
        }
        if claim.security != .plain || result.security == .plain {
            for method in claim.auth where !offers(method, result) {
                drifts.append(.authMissing(method, offered: result.usableAuth))
            }
        }
        return (drifts.isEmpty ? .confirmed : .drifted(drifts), observation)
    }

    /// The verdict for an Exchange web service given the HTTPS check.
    public static func judge(_ claim: ExchangeServer, result: HTTPSProbe.Result) -> (ClaimVerdict, Observation) {
        var observation = Observation(
            security: result.tls == nil ? nil : .tls,
            tlsVersion: result.tls?.version,
            certificateProblems: result.certificateProblems,
            address: result.address
        )
        var drifts: [Drift] = []
        if !result.certificateProblems.isEmpty { drifts.append(.certificate(result.certificateProblems)) }
        switch result.outcome {
        case .http(let status):
            observation.httpStatus = status
            if status == 404 || status == 410 { drifts.append(.httpNotFound(status)) }
        case .notHTTP:
            drifts.append(.notHTTP)
        case .failed(let kind):
            switch kind {
            case .refused: drifts.append(.portClosed)
            case .plaintextOnTLSPort: drifts.append(.noImplicitTLS)
            case .tlsFailed: if drifts.isEmpty { drifts.append(.tlsFailed) }
            case .connectTimeout: return (.unreachable(.connectTimeout), observation)
            case .unreachable: return (.unreachable(.networkUnreachable), observation)
            case .timeout: return (.unreachable(.timeout), observation)
            default: return (.unreachable(.other(result.detail ?? "no connection")), observation)
            }
        }
        return (drifts.isEmpty ? .confirmed : .drifted(drifts), observation)
    }

    /// Whether the mechanisms offered once secured satisfy `method`.
    static func offers(_ method: AuthMethod, _ result: ProbeResult) -> Bool {
        // The one rule lookup's verification uses too.
        CandidateVerdict.satisfied(method, by: result)
    }
}
