public import MailConfCore

/// The one factory of live discovery, for both faces: `mailconf lookup` and `mailconf serve` build their pipeline
/// here, over the real seams (c-ares DNS, AsyncHTTPClient, NIO probes), with one timeout policy.
public final class LiveDiscovery: Sendable {
    /// What to build.
    public struct Options: Sendable {
        /// The DNS server asked instead of `/etc/resolv.conf`'s (`ADDR[:PORT]`).
        public var dnsServer: String?
        /// Extra trust roots (PEM files) for probes and autoconfig fetches.
        public var caFiles: [String] = []
        /// Time allowed for each network step (connect, each reply, a TLS handshake, one fetch); capped at 5 s,
        /// so that one slow step cannot eat a lookup's deadline.
        public var stepTimeout: Duration = .seconds(5)
        /// The lookup's deadline and the rest of its options.
        public var discovery = DiscoveryOptions()
        /// Addresses never connected to (the service refuses private ones); `nil` allows every address.
        public var addressPolicy: AddressPolicy?
        /// Try guessed host names for what no source named.
        public var guess = true
        /// Ask the provider database only (`serve`'s static mode), still verifying what it names.
        public var databaseOnly = false
        /// Sent with every autoconfig request (the service marks its own requests to recognise them).
        public var httpHeaders: [(String, String)] = []
        /// Wraps the prober, e.g. in ``SharedProbes`` (the service shares probes between lookups).
        public var wrapProber: @Sendable (any EndpointProber) -> any EndpointProber = { $0 }

        /// The defaults.
        public init() {}
    }

    /// The timeouts every step gets, from one step timeout and the lookup's deadline.
    public struct TimeoutPolicy: Sendable, Equatable {
        /// One network step of a probe: connect, each reply, the TLS handshake.
        public var step: Duration
        /// One whole probe of a service.
        public var probe: Duration
        /// One autoconfig fetch, redirects included.
        public var fetch: Duration
        /// One DNS attempt (two are made).
        public var dnsAttempt: Duration

        /// The policy for a step timeout and a deadline.
        public init(stepTimeout: Duration, deadline: Duration) {
            step = min(stepTimeout, .seconds(5), deadline)
            probe = min(step * 2, deadline)
            fetch = min(step, deadline)
            dnsAttempt = max(min(step / 2, .milliseconds(2500)), .milliseconds(300))
        }

        /// Probe options for this policy.
        public var probeOptions: ProbeOptions {
            var options = ProbeOptions()
            options.connectTimeout = step
            options.readTimeout = step
            options.tlsTimeout = step
            options.totalTimeout = probe
            // A lookup asks whether a setting works; which TLS versions a server still accepts is `probe`'s
            // question, and would cost extra connections on every lookup.
            options.checkTLSVersions = false
            return options
        }
    }

    /// The pipeline.
    public let discovery: Discovery
    /// The timeouts it uses.
    public let timeouts: TimeoutPolicy
    /// The DNS seam the pipeline asks (for other checks of the same run, e.g. `mailconf domain`).
    public let resolver: any DNSResolver
    /// The HTTP client the pipeline fetches with, also as single hops.
    public let exchanger: any HTTPExchanger
    /// The connector the probes use.
    public let connector: any MailConnector
    /// The prober verifying candidates (wrapped as ``Options/wrapProber`` says), `nil` without verification.
    public let prober: (any EndpointProber)?
    private let fetcher: AsyncHTTPFetcher

    /// Builds live discovery over `database`.
    ///
    /// - Throws: ``SystemDNSResolver/InvalidServer`` for a bad DNS server; NIOSSL's error when the TLS context
    ///   cannot be built; ``TrustRoots``' error for an unreadable CA file.
    public init(database: any ProviderDatabase, options: Options) throws {
        let timeouts = TimeoutPolicy(stepTimeout: options.stepTimeout, deadline: options.discovery.deadline)
        let milliseconds =
            Int(timeouts.dnsAttempt.components.seconds * 1000)
            + Int(timeouts.dnsAttempt.components.attoseconds / 1_000_000_000_000_000)
        let resolver = try SystemDNSResolver(server: options.dnsServer, timeoutMilliseconds: milliseconds, attempts: 2)
        var connector = try NIOMailConnector(
            roots: try TrustRoots.loadingInBackground(extraFiles: options.caFiles),
            resolver: resolver
        )
        connector.addressPolicy = options.addressPolicy
        var allows: (@Sendable (String) -> Bool)?
        if let policy = options.addressPolicy { allows = { policy.allows($0) } }
        // AsyncHTTPClient resolves names itself unless a DNS server or an address policy needs our resolver.
        let fetchResolver: (any DNSResolver)? = options.dnsServer == nil && allows == nil ? nil : resolver
        let fetcher = AsyncHTTPFetcher(
            caFiles: options.caFiles,
            resolver: fetchResolver,
            addressPolicy: allows,
            headers: options.httpHeaders
        )
        let prober: (any EndpointProber)? =
            options.discovery.verify
            ? options.wrapProber(ServiceProber(connector: connector, options: timeouts.probeOptions)) : nil
        let web =
            options.discovery.verify
            ? HTTPSProbe(
                connector: connector,
                connectTimeout: timeouts.step,
                tlsTimeout: timeouts.step,
                readTimeout: timeouts.step
            ) : nil
        self.discovery =
            options.databaseOnly
            ? Discovery(
                sources: [DatabaseSource(database: database)],
                prober: prober,
                web: web,
                options: options.discovery
            )
            : Discovery.standard(
                database: database,
                dns: resolver,
                http: fetcher,
                prober: prober,
                web: web,
                registrableDomain: { PublicSuffix.registrableDomain($0) },
                httpTimeout: timeouts.fetch,
                guess: options.guess,
                options: options.discovery
            )
        self.timeouts = timeouts
        self.fetcher = fetcher
        self.resolver = resolver
        self.exchanger = fetcher
        self.connector = connector
        self.prober = prober
    }

    /// Releases the HTTP client; call once no lookup runs any more.
    public func shutdown() async {
        await fetcher.shutdown()
    }
}
