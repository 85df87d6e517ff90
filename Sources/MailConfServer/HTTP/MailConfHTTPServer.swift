import Foundation
public import Logging
import MailConfCore
import MailConfNet
import MailConfProviders
import NIOCore
import NIOExtras
import NIOHTTP1
import NIOPosix
public import ServiceLifecycle

/// `mailconf serve`: a small NIOHTTP1 server — one handler type, one pipeline — that answers Thunderbird, Outlook
/// and Apple clients from the same resolver as the CLI, and shuts down gracefully (in-flight requests finish).
public final class MailConfHTTPServer: Service, Sendable {
    private let intake: any ConnectionIntake
    private let service: MailConfService
    private let discovery: LiveDiscovery
    private let connections: ConnectionCounter
    private let database: ReloadableProviderDatabase

    /// Connections open now.
    var openConnections: Int { connections.count }

    /// Open connections kept as a socket and a deadline, with no channel.
    var parkedConnections: Int { intake.parkedCount }

    /// The address actually bound (useful with port 0).
    public var localAddress: String {
        guard let address = intake.localAddress, let ip = address.ipAddress, let port = address.port else {
            return "unknown"
        }
        return ip.contains(":") ? "[\(ip)]:\(port)" : "\(ip):\(port)"
    }

    /// The port actually bound.
    public var port: Int { intake.localAddress?.port ?? 0 }

    /// Builds the service and binds the port.
    ///
    /// - Throws: ``ServeError`` when provider files cannot be read or the address cannot be bound; the resolver's
    ///   own errors for an unusable DNS server or CA file.
    public convenience init(options: ServeOptions, logger: Logger, logWriter: LogLineWriter? = nil) async throws {
        try await self.init(options: options, logger: logger, logWriter: logWriter, now: { .now })
    }

    /// The server, with the clock its answers expire by (tests step it).
    init(
        options: ServeOptions,
        logger: Logger,
        logWriter: LogLineWriter?,
        now: @escaping @Sendable () -> ContinuousClock.Instant
    ) async throws {
        let database = try ReloadableProviderDatabase(directory: options.providersDirectory)
        let metrics = ServerMetrics(droppedLogLines: { logWriter?.droppedLines ?? 0 })
        var live = LiveDiscovery.Options()
        live.dnsServer = options.dnsServer
        live.caFiles = options.caFiles
        live.discovery.deadline = options.resolutionDeadline
        live.discovery.resolveUsernames = false
        live.discovery.verify = options.verify
        live.databaseOnly = options.mode == .static
        // The operator's own provider files may name private servers; only resolve mode follows names that
        // strangers' DNS and documents choose.
        live.addressPolicy =
            options.mode == .resolve ? AddressPolicy(allowPrivateTargets: options.allowPrivateTargets) : nil
        live.httpHeaders = [(ServiceRequest.discoveryHeader, "1")]
        let probeTTL = options.probeTTL
        live.wrapProber = { prober in
            SharedProbes(prober, ttl: probeTTL, observe: { metrics.endpointProbe($0) })
        }
        let discovery = try LiveDiscovery(database: database, options: live)
        let resolver = ConfigResolver(
            options: options,
            database: database,
            discovery: discovery.discovery,
            metrics: metrics,
            logger: logger,
            now: now
        )
        let service = MailConfService(
            options: options,
            resolver: resolver,
            metrics: metrics,
            logger: logger,
            now: now
        )
        let group = MultiThreadedEventLoopGroup.singleton
        var connection = HTTPConnectionStateMachine.Configuration()
        connection.maximumBodyBytes = options.maximumBodyBytes
        connection.idleTimeout = TimeAmount(options.idleTimeout)
        connection.requestTimeout = TimeAmount(options.requestTimeout)
        var limits = NIOHTTPDecoderLimitConfiguration()
        limits.maxHeaderListSize = options.maximumHeaderBytes
        limits.maxHeaderFieldSize = options.maximumHeaderBytes
        limits.maxHeaderFieldCount = 256
        let headerBytes = options.maximumHeaderBytes
        let counter = ConnectionCounter(limit: options.connectionLimit, metrics: metrics)
        // No response encoder or pipelining helper: HTTPHandler writes whole responses and keeps pipelined
        // requests in order itself, which halves the work per cached request. The head's cap is the decoder's; the
        // buffer's cap catches what the decoder holds beyond it.
        let decoderLimits = limits
        let connectionConfiguration = connection
        let factory = ConnectionStartHandler.Factory(idleTimeout: connection.idleTimeout, metrics: metrics) {
            factory,
            parked in
            [
                RequestTargetEncoderHandler(),
                ByteToMessageHandler(
                    HTTPRequestDecoder(leftOverBytesStrategy: .dropBytes, limitConfiguration: decoderLimits),
                    maximumBufferSize: headerBytes * 2
                ),
                HTTPHandler(
                    responder: service,
                    configuration: connectionConfiguration,
                    restart: factory,
                    parked: parked
                ),
            ]
        }
        let setup = IntakeSetup(host: options.host, port: options.port, counter: counter, factory: factory)
        do {
            #if os(Linux)
            intake = try ParkingIntake(setup, group: group)
            #else
            intake = try await BootstrapIntake(setup, group: group)
            #endif
        } catch {
            await discovery.shutdown()
            throw ServeError.bind(host: options.host, port: options.port, error)
        }
        self.connections = counter
        self.database = database

        self.service = service
        self.discovery = discovery
    }

    /// Reads `--providers` again (on SIGHUP): when every file is valid, the new set replaces the old one at once and
    /// cached answers and documents are dropped, so that the next request for a domain is answered from the new
    /// files; otherwise the old set stays and the problem is logged. Requests in flight are answered either way.
    ///
    /// - Returns: whether the new set is in use.
    @discardableResult
    public func reloadProviders() -> Bool {
        do {
            try database.reload()
        } catch {
            service.logger.error(
                "provider files not reloaded; the previous set stays in use",
                metadata: ["error": .string("\(error)")]
            )
            return false
        }
        service.forgetAnswers()
        service.logger.notice(
            "provider files reloaded",
            metadata: ["directory": .string(database.directory ?? "(bundled only)")]
        )
        return true
    }

    /// Stops accepting connections, lets in-flight requests finish (up to `grace`), then closes everything.
    public func shutdown(grace: Duration = .seconds(10)) async {
        await intake.shutdown(grace: grace)
        service.resolver.finish()
        await discovery.shutdown()
    }

    /// Serves until a graceful shutdown is requested (by the `ServiceGroup` running it, on SIGTERM or SIGINT) or
    /// the task is cancelled, then stops accepting connections and lets requests in flight finish. Background
    /// rediscoveries run here, so that they end with the server.
    public func run() async throws {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await self.service.resolver.run() }
            try? await gracefulShutdown()
            service.logger.info("shutting down")
            await shutdown()
            group.cancelAll()
        }
    }

    /// Runs the background rediscoveries of expired answers until the task is cancelled or the server shut down:
    /// for embedders (and tests) that start the server without ``run()``.
    public func runRefreshes() async {
        await service.resolver.run()
    }
}
