/// Probes one mail service: connects, reads the greeting and capabilities, upgrades with STARTTLS where offered,
/// reads the capabilities again, and turns everything it sees into findings. The network is behind
/// ``MailConnector``; the dialogues are here.
public struct ServiceProber: Sendable {
    /// Opens connections.
    public let connector: any MailConnector
    /// Deadlines and limits.
    public let options: ProbeOptions

    /// Creates a prober.
    public init(connector: any MailConnector, options: ProbeOptions = ProbeOptions()) {
        self.connector = connector
        self.options = options
    }

    /// Probes `service` on `host` (connecting to `address` instead of resolving `host`, if given). Never throws:
    /// every failure becomes a finding, and the whole probe ends within ``ProbeOptions/totalTimeout`` or by
    /// `deadline`, whichever is first.
    ///
    /// - Parameter authenticate: make exactly one authentication attempt once the session is secured.
    public func probe(
        _ service: MailService,
        host: String,
        address: String? = nil,
        authenticate: AuthPlan? = nil,
        deadline: ContinuousClock.Instant? = nil
    ) async -> ProbeResult {
        let clock = ContinuousClock()
        let start = clock.now
        let ownEnd = start.advanced(by: options.totalTimeout)
        let end = deadline.map { min($0, ownEnd) } ?? ownEnd
        let recorder = ProbeRecorder(ProbeResult(service: service, host: host))
        let (_, expired) = await withDeadline(end) {
            await self.run(
                service,
                host: host,
                address: address,
                plan: authenticate,
                recorder: recorder,
                clock: clock,
                start: start,
                end: end
            )
        }
        recorder.update { result in
            if authenticate != nil && result.authentication == nil {
                // A closed or filtered port is not a high-severity finding of the probe, but it is why no login.
                let cause =
                    result.findings.first { $0.severity == .high } ?? (result.reachable ? nil : result.findings.first)
                let reason = cause?.message ?? "the session ended early"
                result.authentication = AuthAttempt(verdict: .notAttempted, message: reason)
            }
            if expired {
                result.finished = false
                let seconds = Double(start.duration(to: end).components.seconds)
                result.add(.high, ProbeFinding.Code.timeout, "the probe did not finish within \(seconds) s; stopped")
            }
            result.timings.totalMs = Self.milliseconds(start.duration(to: clock.now))
            result.findings = Self.ordered(result.findings)
        }
        return recorder.result
    }

    private func run(
        _ service: MailService,
        host: String,
        address: String?,
        plan: AuthPlan?,
        recorder: ProbeRecorder,
        clock: ContinuousClock,
        start: ContinuousClock.Instant,
        end: ContinuousClock.Instant
    ) async {
        let left = clock.now.duration(to: end)
        let request = ConnectRequest(
            host: host,
            address: address,
            port: service.port,
            implicitTLS: service.implicitTLS,
            connectTimeout: min(options.connectTimeout, left),
            tlsTimeout: min(options.tlsTimeout, left),
            maximumLineBytes: service.protocol == .imap ? options.maximumIMAPLineBytes : options.maximumLineBytes,
            maximumSessionBytes: options.maximumSessionBytes
        )
        let connection: Connection
        do {
            connection = try await connector.connect(request)
        } catch {
            let failure = Self.transportError(error)
            recorder.update { result in
                result.connectFailure = failure
                Self.record(connectFailure: failure, service: service, into: &result)
            }
            return
        }
        recorder.attach(connection.transport)
        recorder.update { result in
            result.reachable = true
            result.address = connection.remoteAddress
            result.timings.connectMs = connection.connectMilliseconds
            if let tls = connection.tls {
                result.security = .tls
                result.tls = tls
                result.timings.tlsMs = connection.tlsMilliseconds
                Self.assess(tls, into: &result)
            }
        }
        let session = LineSession(transport: connection.transport, options: options)
        let dialogue = Dialogue(
            session: session,
            service: service,
            recorder: recorder,
            clock: clock,
            start: start,
            plan: plan,
            host: host
        )
        do {
            switch service.protocol {
            case .smtp: try await dialogue.smtp(clientName: options.clientName)
            case .imap: try await dialogue.imap()
            case .pop3: try await dialogue.pop3()
            }
        } catch {
            let failure = Self.transportError(error)
            recorder.update { result in Self.record(sessionFailure: failure, into: &result) }
        }
        await connection.transport.close()
    }

    // MARK: - Turning failures and TLS facts into findings

    static func transportError(_ error: any Error) -> TransportError {
        if let error = error as? TransportError { return error }
        if error is CancellationError { return TransportError(.timeout, "cancelled at the probe's deadline") }
        return TransportError(.other, String(describing: error))
    }

    static func record(connectFailure failure: TransportError, service: MailService, into result: inout ProbeResult) {
        let target = "\(result.host):\(service.port)"
        switch failure.kind {
        case .resolveFailed:
            result.add(.high, ProbeFinding.Code.resolveFailed, "\(result.host) does not resolve: \(failure.message)")
        case .refused:
            result.add(.info, ProbeFinding.Code.portClosed, "\(target) refused the connection: nothing listens there")
        case .connectTimeout:
            result.add(
                .medium,
                ProbeFinding.Code.portFiltered,
                "\(target) did not answer the connection attempt: filtered by a firewall, or the host is down"
            )
        case .unreachable:
            result.add(.high, ProbeFinding.Code.unreachable, "\(target): \(failure.message)")
        case .forbiddenAddress:
            result.add(.high, ProbeFinding.Code.forbiddenTarget, "\(target): \(failure.message)")
        case .plaintextOnTLSPort:
            result.reachable = true
            result.greeting = failure.serverText
            result.security = .plain
            result.add(
                .high,
                ProbeFinding.Code.plaintextOnTLSPort,
                "\(target) should start with TLS but answered in plaintext"
                    + (failure.serverText.map { ": \"\($0)\"" } ?? "")
                    + "; clients configured for SSL/TLS will fail"
            )
        case .tlsFailed:
            result.reachable = true
            if let tls = failure.tls { result.tls = tls }
            result.add(
                .high,
                ProbeFinding.Code.tlsHandshakeFailed,
                "\(target): TLS handshake failed: \(failure.message)"
            )
        default:
            result.reachable = failure.kind != .other
            result.add(.high, ProbeFinding.Code.connectionClosed, "\(target): \(failure.message)")
        }
    }

    static func record(sessionFailure failure: TransportError, into result: inout ProbeResult) {
        let target = "\(result.host):\(result.service.port)"
        switch failure.kind {
        case .timeout:
            result.add(.high, ProbeFinding.Code.timeout, "\(target): \(failure.message)")
        case .lineTooLong:
            result.add(.high, ProbeFinding.Code.lineTooLong, "\(target): \(failure.message)")
        case .sessionTooLarge:
            result.add(.high, ProbeFinding.Code.replyTooLarge, "\(target): \(failure.message)")
        case .protocolViolation:
            result.add(.high, ProbeFinding.Code.protocolError, "\(target): \(failure.message)")
        case .tlsFailed:
            if let tls = failure.tls { result.tls = tls }
            result.security = result.security == .tls ? .tls : nil
            result.add(
                .high,
                ProbeFinding.Code.starttlsFailed,
                "\(target) offered STARTTLS but the handshake failed: \(failure.message)"
            )
        case .closed:
            result.add(.high, ProbeFinding.Code.connectionClosed, "\(target): \(failure.message)")
        default:
            result.add(.high, ProbeFinding.Code.connectionClosed, "\(target): \(failure.message)")
        }
    }

    /// Findings about a completed handshake: certificate problems and obsolete versions.
    static func assess(_ tls: TLSReport, into result: inout ProbeResult) {
        let target = "\(result.host):\(result.service.port)"
        if let certificate = tls.certificate, !certificate.problems.isEmpty {
            let names = certificate.problems.map(\.rawValue).joined(separator: ", ")
            let details = certificate.details.isEmpty ? "" : ": " + certificate.details.joined(separator: "; ")
            result.add(
                .high,
                ProbeFinding.Code.certificate,
                "\(target): certificate not valid for \(certificate.checkedName) (\(names))\(details)"
            )
        }
        if let version = tls.version, ["TLSv1", "TLSv1.0", "TLSv1.1", "SSLv3"].contains(version) {
            result.add(
                .medium,
                ProbeFinding.Code.obsoleteTLS,
                "\(target) negotiated \(version), which RFC 8996 deprecates; enable TLS 1.2 or 1.3"
            )
        }
    }

    static func ordered(_ findings: [ProbeFinding]) -> [ProbeFinding] {
        findings.enumerated().sorted { a, b in
            a.element.severity != b.element.severity ? a.element.severity > b.element.severity : a.offset < b.offset
        }.map(\.element)
    }

    static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }
}
