public import MailConfCore
import NIOConcurrencyHelpers
public import NIOCore
public import NIOPosix
import NIOSSL

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Opens mail connections with SwiftNIO: TCP with a connect deadline, then TLS at once for implicit-TLS services.
public struct NIOMailConnector: MailConnector {
    /// The event loops connections run on.
    public let group: any EventLoopGroup
    /// The trusted roots certificates are judged against.
    public let roots: TrustRootsSource
    /// Resolves host names when set (`--dns-server`); otherwise the system's resolver is used.
    public let resolver: (any DNSResolver)?
    /// When set, addresses it refuses are never connected to — checked after resolution, on the very address
    /// connected to, so DNS rebinding cannot slip past.
    public var addressPolicy: AddressPolicy?
    private let context: NIOSSLContext

    /// Creates a connector. Building the TLS context does blocking work: create one connector and share it.
    ///
    /// - Throws: NIOSSL's error if the TLS context cannot be built.
    public init(
        roots: TrustRootsSource,
        resolver: (any DNSResolver)? = nil,
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) throws {
        self.group = group
        self.roots = roots
        self.resolver = resolver
        self.context = try TLSSetup.makeContext()
    }

    /// Creates a connector with roots that are ready.
    ///
    /// - Throws: NIOSSL's error if the TLS context cannot be built.
    public init(
        roots: TrustRoots,
        resolver: (any DNSResolver)? = nil,
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) throws {
        try self.init(roots: TrustRootsSource(roots), resolver: resolver, group: group)
    }

    /// The addresses to try for `request`: the given one, or the resolver's A then AAAA answers, or the host name
    /// itself for the system resolver.
    private func targets(for request: ConnectRequest) async throws -> [String] {
        let candidates = try await resolvedTargets(for: request)
        guard let addressPolicy else { return candidates }
        let allowed = candidates.filter { addressPolicy.allows($0) }
        guard !allowed.isEmpty else {
            throw TransportError(
                .forbiddenAddress,
                "\(request.host) resolves to \(candidates.joined(separator: ", ")): private or reserved; not connected"
            )
        }
        return allowed
    }

    private func resolvedTargets(for request: ConnectRequest) async throws -> [String] {
        if let address = request.address { return [address] }
        if IPAddressText.bytes(request.host) != nil { return [request.host] }
        // With a policy, names are always resolved here, so that the address checked is the address used.
        let resolver: (any DNSResolver)? = self.resolver ?? (addressPolicy == nil ? nil : try? SystemDNSResolver())
        guard let resolver else { return [request.host] }
        async let v4 = resolver.query(request.host, type: .a)
        async let v6 = resolver.query(request.host, type: .aaaa)
        let (answer4, answer6) = await (v4, v6)
        let addresses = answer4.addresses + answer6.addresses
        guard !addresses.isEmpty else {
            let status = answer4.status == .ok ? answer6 : answer4
            throw TransportError(
                .resolveFailed,
                status.detail ?? "\(request.host) has no A or AAAA record",
                dnsStatus: status.status
            )
        }
        return addresses
    }

    public func connect(_ request: ConnectRequest) async throws -> Connection {
        let clock = ContinuousClock()
        let start = clock.now
        let makeDecoder: @Sendable () -> MailFrameDecoder = {
            MailFrameDecoder(
                maximumLineBytes: request.maximumLineBytes,
                literals: request.imapLiterals,
                maximumLiteralBytes: request.maximumLiteralBytes
            )
        }
        let sessionBytes = request.maximumSessionBytes
        let context = self.context
        let roots = self.roots
        let host = request.host
        let versionCheck = request.tlsVersionCheck
        let makeTLS: @Sendable () -> TLSSetup = {
            TLSSetup(
                context: context,
                roots: roots,
                hostname: host,
                observations: TLSObservations(),
                versionCheck: versionCheck
            )
        }
        let initialTLS = makeTLS()
        let implicitTLS = request.implicitTLS
        // The handler is captured as the channel is set up: by the time `connect` returns, a hostile server may
        // already have made it close the channel, and the pipeline could no longer be asked for it.
        let installed = NIOLockedValueBox<NIOLoopBound<MailSessionHandler>?>(nil)
        // The channel being connected, so that a cancelled task can close it and end the connection attempt.
        let connecting = NIOLockedValueBox<(any Channel)?>(nil)
        let bootstrap = ClientBootstrap(group: group)
            .connectTimeout(TimeAmount(request.connectTimeout))
            .channelInitializer { channel in
                connecting.withLockedValue { $0 = channel }
                return channel.eventLoop.makeCompletedFuture {
                    let handler = MailSessionHandler(maximumSessionBytes: sessionBytes)
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(makeDecoder()))
                    try channel.pipeline.syncOperations.addHandler(handler)
                    installed.withLockedValue { $0 = NIOLoopBound(handler, eventLoop: channel.eventLoop) }
                    if implicitTLS {
                        handler.describeTLSFailure = { initialTLS.describe($0) }
                        try initialTLS.install(on: channel)
                    }
                }
            }
        var channel: (any Channel)?
        var firstError: TransportError?
        for target in try await targets(for: request) {
            do {
                try Task.checkCancellation()
                channel = try await withTaskCancellationHandler {
                    try await bootstrap.connect(host: target, port: request.port).get()
                } onCancel: {
                    connecting.withLockedValue { $0 }?.close(promise: nil)
                }
                break
            } catch is CancellationError {
                throw TransportError(.timeout, "cancelled at the deadline while connecting")
            } catch {
                if firstError == nil { firstError = Self.connectError(error, host: target) }
            }
        }
        guard let channel else {
            throw firstError ?? TransportError(.resolveFailed, "\(request.host) has no address")
        }
        let connected = clock.now
        guard let handler = installed.withLockedValue({ $0 }) else {
            throw TransportError(.other, "internal error: the connection has no session handler")
        }
        let transport = NIOMailTransport(
            channel: channel,
            handler: handler,
            makeTLS: makeTLS,
            makeDecoder: makeDecoder
        )
        let remote = channel.remoteAddress.map(Self.describe) ?? "\(request.address ?? request.host):\(request.port)"
        var connection = Connection(
            transport: transport,
            remoteAddress: remote,
            connectMilliseconds: NIOMailTransport.milliseconds(start.duration(to: connected)),
            localAddress: channel.localAddress?.ipAddress
        )
        guard implicitTLS else { return connection }
        do {
            try await withTaskCancellationHandler {
                try await channel.eventLoop.flatSubmit {
                    handler.value.awaitHandshake(timeout: TimeAmount(request.tlsTimeout), eventLoop: channel.eventLoop)
                }.get()
            } onCancel: {
                channel.close(promise: nil)
            }
        } catch {
            try? await channel.close().get()
            var failure = error as? TransportError ?? initialTLS.describe(error)
            // The connection was made: say where to, how long it took, and when the server answered.
            failure.remoteAddress = remote
            failure.connectMilliseconds = connection.connectMilliseconds
            failure.answerMilliseconds = NIOMailTransport.milliseconds(connected.duration(to: clock.now))
            throw failure
        }
        let version = try? await channel.eventLoop.submit {
            try channel.pipeline.syncOperations.handler(type: NIOSSLClientHandler.self).tlsVersion.map(
                NIOMailTransport.name
            )
        }.get()
        connection.tls = initialTLS.observations.report(negotiatedVersion: version ?? nil)
        connection.tlsMilliseconds = NIOMailTransport.milliseconds(connected.duration(to: clock.now))
        return connection
    }

    static func describe(_ address: SocketAddress) -> String {
        guard let ip = address.ipAddress, let port = address.port else { return address.description }
        return ip.contains(":") ? "[\(ip)]:\(port)" : "\(ip):\(port)"
    }

    /// Maps NIO's connect failures to the kinds a user can act on.
    static func connectError(_ error: any Error, host: String) -> TransportError {
        switch error {
        case let error as TransportError:
            return error
        case let error as ChannelError:
            if case .connectTimeout = error {
                return TransportError(.connectTimeout, "no answer to the connection attempt")
            }
            return TransportError(.other, "cannot connect: \(error)")
        case let error as NIOConnectionError:
            if let first = error.connectionErrors.first {
                return connectError(first.error, host: host)
            }
            return TransportError(.resolveFailed, "\(host) has no A or AAAA record")
        case let error as IOError:
            switch error.errnoCode {
            case ECONNREFUSED: return TransportError(.refused, "connection refused")
            case ECONNRESET: return TransportError(.reset, "the server reset the connection")
            case ETIMEDOUT: return TransportError(.connectTimeout, "connection attempt timed out")
            case ENETUNREACH, EHOSTUNREACH: return TransportError(.unreachable, "no route to \(host)")
            default: return TransportError(.other, "cannot connect: \(error.description)")
            }
        case is SocketAddressError:
            return TransportError(.resolveFailed, "\(host) does not resolve")
        default:
            return TransportError(.other, "cannot connect: \(error)")
        }
    }
}
