import Synchronization

/// What the network says about a domain, asked once: every HTTP request, DNS question, mail probe and HTTPS
/// certificate check is made at most once however many simulated clients ask it (and a question asked while the
/// same one is under way waits for it). The simulations then read the same facts, as the clients would see them
/// at the same moment.
public final class DomainObservations: Sendable {
    /// The seams and limits.
    public struct Seams: Sendable {
        /// HTTP, one hop at a time.
        public var http: any HTTPExchanger
        /// DNS.
        public var dns: any DNSResolver
        /// Mail probes; `nil` leaves servers unverified.
        public var prober: (any EndpointProber)?
        /// Connections for HTTPS certificate checks; `nil` reports TLS failures without a diagnosis.
        public var connector: (any MailConnector)?
        /// The registrable domain of a host (Public Suffix List), for the MX rules.
        public var registrableDomain: @Sendable (String) -> String?
        /// Time for one HTTP exchange.
        public var fetchTimeout: Duration
        /// Largest body read.
        public var maximumBytes: Int

        /// Creates the seams.
        public init(
            http: any HTTPExchanger,
            dns: any DNSResolver,
            prober: (any EndpointProber)?,
            connector: (any MailConnector)?,
            registrableDomain: @escaping @Sendable (String) -> String?,
            fetchTimeout: Duration = .seconds(5),
            maximumBytes: Int = 1 << 20
        ) {
            self.http = http
            self.dns = dns
            self.prober = prober
            self.connector = connector
            self.registrableDomain = registrableDomain
            self.fetchTimeout = fetchTimeout
            self.maximumBytes = maximumBytes
        }
    }

    /// The seams.
    public let seams: Seams
    /// When the work must end.
    public let deadline: ContinuousClock.Instant

    private let hops = Memo<HTTPHopRequest, HTTPHop>()
    private let answers = Memo<String, DNSAnswer>()
    private let probes = Memo<String, Verification>()
    private let certificates = Memo<String, HTTPSProbe.Result>()

    /// Creates an empty set of observations.
    public init(seams: Seams, deadline: ContinuousClock.Instant) {
        self.seams = seams
        self.deadline = deadline
    }

    /// The answer to `request`.
    public func hop(_ request: HTTPHopRequest) async -> HTTPHop {
        let seams = self.seams
        return await hops.value(for: request, cancelled: HTTPHop(outcome: .timeout)) {
            await seams.http.exchange(request, timeout: seams.fetchTimeout, maximumBytes: seams.maximumBytes)
        }
    }

    /// The DNS answer for `name` and `type`.
    public func dns(_ name: String, _ type: DNSRecordType) async -> DNSAnswer {
        let dns = seams.dns
        return await answers.value(for: "\(type.rawValue) \(name.lowercased())", cancelled: DNSAnswer(status: .timeout))
        {
            await dns.query(name, type: type)
        }
    }

    /// The addresses `name` resolves to (A and AAAA), sorted; empty when it does not resolve.
    public func addresses(_ name: String) async -> [String] {
        async let v4 = dns(name, .a)
        async let v6 = dns(name, .aaaa)
        let (answer4, answer6) = await (v4, v6)
        return (answer4.addresses + answer6.addresses).sorted()
    }

    /// The verdict of a live probe on `server`'s endpoint (unverified when probes are off).
    public func verify(_ server: ServerSettings) async -> Verification {
        guard let prober = seams.prober else { return .unverified }
        let deadline = self.deadline
        let key = "\(server.protocol.rawValue) \(server.host):\(server.port) \(server.security.rawValue)"
        return await probes.value(for: key, cancelled: .unverified) {
            let result = await prober.probe(server.endpoint, address: nil, deadline: deadline)
            return CandidateVerdict.verification(for: server, result: result)
        }
    }

    /// What the certificate at `url`'s host says, for an https URL whose fetch failed in TLS.
    public func certificate(_ url: String) async -> HTTPSProbe.Result? {
        guard let connector = seams.connector, let (host, port) = ExchangeServer.httpsHost(of: url) else { return nil }
        let timeout = seams.fetchTimeout
        return await certificates.value(
            for: "\(host):\(port)",
            cancelled: HTTPSProbe.Result(outcome: .failed(.other))
        ) {
            await HTTPSProbe(connector: connector, connectTimeout: timeout, tlsTimeout: timeout, readTimeout: timeout)
                .check(url: url)
        }
    }
}

/// Values computed once per key: a kept table in front of a ``SingleFlight``.
final class Memo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let kept = Mutex<[Key: Value]>([:])
    private let running = SingleFlight<Key, Value>()

    /// The value for `key`, computed once; `cancelled` when this caller's task was cancelled while it waited.
    func value(for key: Key, cancelled: Value, compute: () async -> Value) async -> Value {
        if let value = kept.withLock({ $0[key] }) { return value }
        let shared = await running.value(for: key, compute: compute) { value in
            self.kept.withLock { $0[key] = value }
        }
        return shared?.value ?? cancelled
    }
}
