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

    private enum Part: Sendable {
        case session, versions
    }

    /// Probes `service` on `host` (connecting to `address` instead of resolving `host`, if given). Never throws:
    /// every failure becomes a finding, and the whole probe, TLS version checks included, ends within
    /// ``ProbeOptions/totalTimeout`` or by `deadline`, whichever is first.
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
        let recorder = ProbeRecorder(ProbeResult(service: service, host: host), sealedAt: end)
        let redactor = authenticate.map { SecretRedactor(password: $0.password) }
        let checkVersions = options.checkTLSVersions && authenticate == nil
        // At the deadline the result is sealed first, so that what cancelled work reports as it ends (a closed
        // connection) is not mistaken for what the server did.
        let seal: @Sendable () -> Void = { recorder.seal() }
        let (_, expired) = await withDeadline(end, onExpiry: seal) {
            await withTaskGroup(of: Part.self) { group in
                group.addTask {
                    await self.run(
                        service,
                        host: host,
                        address: address,
                        plan: authenticate,
                        redactor: redactor,
                        recorder: recorder,
                        clock: clock,
                        start: start,
                        end: end
                    )
                    return .session
                }
                if checkVersions {
                    group.addTask {
                        await self.checkVersions(service, host: host, address: address, recorder: recorder)
                        return .versions
                    }
                }
                var pending: Set<Part> = checkVersions ? [.session, .versions] : [.session]
                while let part = await group.next() {
                    switch part {
                    case .session:
                        pending.remove(.session)
                        // Without a TLS handshake on the session, no version check can succeed: stop waiting for
                        // them (an implicit-TLS port probed as STARTTLS would otherwise hold them to their timeout).
                        if !recorder.tlsAttempted { pending.remove(.versions) }
                    case .versions:
                        pending.remove(.versions)
                    }
                    if pending.isEmpty {
                        group.cancelAll()
                        return
                    }
                }
            }
        }
        let finished = !expired && !recorder.missedDeadline
        recorder.finish { result in
            if authenticate != nil && result.authentication == nil {
                // A closed or filtered port is not a high-severity finding of the probe, but it is why no login.
                let cause =
                    result.findings.first { $0.severity == .high } ?? (result.reachable ? nil : result.findings.first)
                let reason = cause?.message ?? "the session ended early"
                result.authentication = AuthAttempt(verdict: .notAttempted, message: reason)
            }
            if !finished {
                result.finished = false
                let seconds = Self.seconds(start.duration(to: end))
                result.add(.high, ProbeFinding.Code.timeout, "the probe did not finish within \(seconds) s; stopped")
            }
            let anyAccepted = result.versionChecks.contains { $0.outcome == .accepted }
            if checkVersions && !anyAccepted && result.tls == nil {
                // No TLS here at all: the question of versions does not arise.
                result.versionChecks = []
            } else if checkVersions {
                for version in TLSProtocolVersion.allCases
                where !result.versionChecks.contains(where: {
                    $0.version == version
                }) {
                    let reason = finished ? "the session ended before the check" : "the probe's deadline passed"
                    result.versionChecks.append(
                        TLSVersionCheck(version: version, outcome: .undetermined, detail: reason)
                    )
                }
                result.versionChecks.sort { $0.version < $1.version }
                Self.assessVersions(into: &result)
            }
            if let redactor { result.redact(with: redactor) }
            result.timings.totalMs = Self.milliseconds(start.duration(to: clock.now))
            result.findings = Self.ordered(result.findings)
        }
        return recorder.result
    }

    /// The connection request for `service`, its connect and handshake timeouts capped by what is left until
    /// `end`.
    private func request(
        for service: MailService,
        host: String,
        address: String?,
        end: ContinuousClock.Instant? = nil
    ) -> ConnectRequest {
        let left = end.map { ContinuousClock.now.duration(to: $0) } ?? options.totalTimeout
        return ConnectRequest(
            host: host,
            address: address,
            port: service.port,
            implicitTLS: service.implicitTLS,
            connectTimeout: min(options.connectTimeout, left),
            tlsTimeout: min(options.tlsTimeout, left),
            maximumLineBytes: service.protocol == .imap ? options.maximumIMAPLineBytes : options.maximumLineBytes,
            maximumSessionBytes: options.maximumSessionBytes,
            imapLiterals: service.protocol == .imap,
            maximumLiteralBytes: options.maximumLiteralBytes
        )
    }

    private func run(
        _ service: MailService,
        host: String,
        address: String?,
        plan: AuthPlan?,
        redactor: SecretRedactor?,
        recorder: ProbeRecorder,
        clock: ContinuousClock,
        start: ContinuousClock.Instant,
        end: ContinuousClock.Instant
    ) async {
        if service.implicitTLS { recorder.noteTLSAttempted() }
        let connection: Connection
        do {
            connection = try await connector.connect(request(for: service, host: host, address: address, end: end))
        } catch {
            let failure = Self.transportError(error)
            recorder.update { result in
                result.connectFailure = failure
                Self.record(connectFailure: failure, service: service, into: &result)
            }
            recorder.noteTLSSettled()
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
        if service.implicitTLS { recorder.noteTLSSettled() }
        let session = LineSession(
            transport: connection.transport,
            options: options,
            redactor: redactor,
            heard: { recorder.noteHeard() }
        )
        let dialogue = Dialogue(
            session: session,
            service: service,
            recorder: recorder,
            clock: clock,
            start: start,
            plan: plan,
            redactor: redactor,
            host: host
        )
        let clientName = options.clientName ?? Self.addressLiteral(connection.localAddress)
        // The dialogue, and beside it on a port that should greet first, a check that starts only if the server
        // stays silent: an implicit-TLS port probed as STARTTLS waits for our ClientHello and never greets.
        await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                do {
                    switch service.protocol {
                    case .smtp: try await dialogue.smtp(clientName: clientName)
                    case .imap: try await dialogue.imap()
                    case .pop3: try await dialogue.pop3()
                    }
                } catch {
                    let failure = Self.transportError(error)
                    recorder.update { result in Self.record(sessionFailure: failure, into: &result) }
                }
                return true
            }
            if !service.implicitTLS {
                group.addTask {
                    try? await Task.sleep(for: options.implicitTLSCheckDelay)
                    guard !Task.isCancelled, !recorder.heard else { return false }
                    guard await speaksTLS(service, host: host, address: address), !recorder.heard else { return false }
                    recorder.update { result in
                        let other = service.otherTLSStart
                        result.add(
                            .high,
                            ProbeFinding.Code.implicitTLSOnPlainPort,
                            "\(host):\(service.port) sends no greeting but answers a TLS ClientHello: this port speaks "
                                + "implicit TLS; use `--service \(other.name):\(other.port)`"
                        )
                    }
                    recorder.seal()
                    await connection.transport.close()
                    return false
                }
            }
            while let dialogueEnded = await group.next() {
                if dialogueEnded { break }
            }
            group.cancelAll()
        }
        recorder.noteTLSSettled()
        await connection.transport.close()
    }

    /// Whether `service`'s port answers a TLS ClientHello with TLS, on a connection of its own.
    private func speaksTLS(_ service: MailService, host: String, address: String?) async -> Bool {
        var request = request(for: service, host: host, address: address)
        request.implicitTLS = true
        request.tlsVersionCheck = .tls12
        guard let connection = try? await connector.connect(request) else { return false }
        await connection.transport.close()
        return connection.tls?.versionCheck?.answeredInTLS == true
    }

    // MARK: - TLS versions

    /// Checks each of TLS 1.0 to 1.3 on a connection of its own, all at once, recording each as it ends.
    /// Checks the TLS versions once the session's own handshake has settled, recording each as it is known. That
    /// handshake offers TLS 1.0 to 1.3, so the version it got is the newest the server accepts, and only older
    /// ones need connections of their own (``checkOlderVersions(than:_:host:address:each:)``); when it failed,
    /// every version is checked. Waiting for it keeps the checks off the server while it handshakes with the
    /// session, and on an implicit-TLS port costs no time (the checks end before the greeting and EHLO do).
    private func checkVersions(_ service: MailService, host: String, address: String?, recorder: ProbeRecorder) async {
        await recorder.tlsSettled()
        guard !Task.isCancelled, recorder.tlsAttempted else { return }
        let record: @Sendable (TLSVersionCheck) -> Void = { check in
            recorder.update { $0.versionChecks.append(check) }
        }
        if let newest = recorder.result.tls?.version.flatMap(TLSProtocolVersion.init(name:)) {
            for version in TLSProtocolVersion.allCases where version >= newest {
                record(
                    TLSVersionCheck(
                        version: version,
                        outcome: version == newest ? .accepted : .refused,
                        detail: version == newest
                            ? "the probe's handshake chose \(newest.rawValue)"
                            : "offered up to TLSv1.3, the server chose \(newest.rawValue)",
                        answeredInTLS: true,
                        chosen: newest
                    )
                )
            }
            _ = await checkOlderVersions(than: newest, service, host: host, address: address, each: record)
        } else {
            async let latest = checkVersion(.tls13, service: service, host: host, address: address)
            _ = await checkOlderVersions(than: .tls13, service, host: host, address: address, each: record)
            record(await latest)
        }
    }

    /// The versions older than `top`, on as few connections as the answers allow. A ClientHello offers every
    /// version up to its own, and a server answers with the newest it shares (RFC 5246 §E.1), so "up to 1.2" and
    /// "up to 1.1" go at once; when the second is refused outright, or answered with TLS 1.0, TLS 1.0 needs no
    /// connection of its own (a server that took TLS 1.0 would have answered with it); only when it chose TLS 1.1
    /// is TLS 1.0 checked alone. A current server (TLS 1.2 and 1.3) costs two connections, not three.
    func checkOlderVersions(
        than top: TLSProtocolVersion,
        _ service: MailService,
        host: String,
        address: String?,
        each: @Sendable (TLSVersionCheck) -> Void = { _ in }
    ) async -> [TLSVersionCheck] {
        guard top > .tls10 else { return [] }
        guard top > .tls11 else {
            let tls10 = await checkVersion(.tls10, service: service, host: host, address: address)
            each(tls10)
            return [tls10]
        }
        async let upTo12: TLSVersionCheck? =
            top > .tls12 ? checkVersion(.tls12, service: service, host: host, address: address) : nil
        let upTo11 = await checkVersion(.tls11, service: service, host: host, address: address)
        each(upTo11)
        let tls10: TLSVersionCheck
        switch (upTo11.outcome, upTo11.chosen) {
        case (_, .tls10?):
            tls10 = TLSVersionCheck(
                version: .tls10,
                outcome: .accepted,
                detail: "offered up to TLSv1.1, the server chose TLSv1",
                answeredInTLS: true,
                chosen: .tls10
            )
        case (.refused, nil):
            tls10 = TLSVersionCheck(
                version: .tls10,
                outcome: .refused,
                detail: "refused a ClientHello offering up to TLSv1.1 (\(upTo11.detail))",
                answeredInTLS: upTo11.answeredInTLS
            )
        default:
            tls10 = await checkVersion(.tls10, service: service, host: host, address: address)
        }
        each(tls10)
        guard let tls12 = await upTo12 else { return [tls10, upTo11] }
        each(tls12)
        return [tls10, upTo11, tls12]
    }

    /// Which of TLS 1.0 to 1.3 `service` accepts, as testssl.sh and sslyze tell: ClientHellos of MailConf's own
    /// (``TLSHello``), each offering versions up to one, at connect or after STARTTLS, on connections opened at
    /// once (TLS 1.0 alone only when the answers leave it open, see ``checkOlderVersions(than:_:host:address:each:)``).
    /// Oldest first.
    public func checkTLSVersions(
        _ service: MailService,
        host: String,
        address: String? = nil
    ) async -> [TLSVersionCheck] {
        async let latest = checkVersion(.tls13, service: service, host: host, address: address)
        let older = await checkOlderVersions(than: .tls13, service, host: host, address: address)
        return older + [await latest]
    }

    /// Whether `service` accepts `version`: a ClientHello offering it alone, at connect or after STARTTLS.
    func checkVersion(
        _ version: TLSProtocolVersion,
        service: MailService,
        host: String,
        address: String?
    ) async -> TLSVersionCheck {
        var request = request(for: service, host: host, address: address)
        request.tlsVersionCheck = version
        let connection: Connection
        do {
            connection = try await connector.connect(request)
        } catch {
            let failure = Self.transportError(error)
            // On an implicit-TLS port the only step after connecting is the ClientHello: a close there is a no.
            if service.implicitTLS, failure.kind == .closed || failure.kind == .reset {
                return TLSVersionCheck(version: version, outcome: .refused, detail: "the server closed the connection")
            }
            return TLSVersionCheck(version: version, outcome: .undetermined, detail: failure.message)
        }
        let check: TLSVersionCheck
        if service.implicitTLS {
            check =
                connection.tls?.versionCheck
                ?? TLSVersionCheck(version: version, outcome: .undetermined, detail: "no answer to the ClientHello")
        } else {
            let session = LineSession(transport: connection.transport, options: options)
            let clientName = options.clientName ?? Self.addressLiteral(connection.localAddress)
            check = await STARTTLSOnly(session: session, service: service, clientName: clientName).check(version)
        }
        await connection.transport.close()
        return check
    }

    /// The findings about accepted versions: only deprecated ones (high: current clients refuse the server), or
    /// deprecated ones beside a modern one (medium, RFC 8996).
    static func assessVersions(into result: inout ProbeResult) {
        let target = "\(result.host):\(result.service.port)"
        guard let accepted = result.acceptedVersions else { return }
        let deprecated = accepted.filter(\.isDeprecated)
        let names = deprecated.map(\.rawValue).joined(separator: ", ")
        if !accepted.isEmpty && deprecated.count == accepted.count {
            if !result.findings.contains(where: { $0.code == ProbeFinding.Code.obsoleteTLS }) {
                result.add(.high, ProbeFinding.Code.obsoleteTLS, obsoleteMessage(target: target, versions: names))
            }
        } else if !deprecated.isEmpty {
            let modern = accepted.filter { !$0.isDeprecated }.map(\.rawValue).joined(separator: ", ")
            result.add(
                .medium,
                ProbeFinding.Code.deprecatedTLSAccepted,
                "\(target) still accepts \(names) beside \(modern); RFC 8996 deprecates them: disable them"
            )
        }
        let unknown = result.versionChecks.filter { $0.outcome == .undetermined }
        if !unknown.isEmpty && !accepted.isEmpty {
            let detail = unknown.map { "\($0.version.rawValue): \($0.detail)" }.joined(separator: "; ")
            result.add(
                .info,
                ProbeFinding.Code.tlsVersionsUndetermined,
                "\(target): could not tell whether \(unknown.count == 1 ? "this version is" : "these versions are") accepted: \(detail)"
            )
        }
    }

    static func obsoleteMessage(target: String, versions: String) -> String {
        "\(target) accepts only \(versions), which RFC 8996 deprecates: clients built on OpenSSL 3 (openssl, "
            + "curl, swaks, most mail programs) refuse to connect; enable TLS 1.2 and 1.3"
    }

    // MARK: - Turning failures and TLS facts into findings

    static func transportError(_ error: any Error) -> TransportError {
        if let error = error as? TransportError { return error }
        if error is CancellationError { return TransportError(.timeout, "cancelled at the probe's deadline") }
        return TransportError(.other, String(describing: error))
    }

    static func record(connectFailure failure: TransportError, service: MailService, into result: inout ProbeResult) {
        let target = "\(result.host):\(service.port)"
        if let address = failure.remoteAddress { result.address = address }
        if let connect = failure.connectMilliseconds { result.timings.connectMs = connect }
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
            result.timings.greetingMs = failure.answerMilliseconds
            result.security = .plain
            let other = service.otherTLSStart
            result.add(
                .high,
                ProbeFinding.Code.plaintextOnTLSPort,
                "\(target) should start with TLS but answered in plaintext"
                    + (failure.serverText.map { ": \"\($0)\"" } ?? "")
                    + "; clients configured for SSL/TLS will fail. If this port speaks STARTTLS, use "
                    + "`--service \(other.name):\(other.port)`"
            )
        case .tlsFailed:
            result.reachable = true
            if let tls = failure.tls { result.tls = tls }
            result.add(
                .high,
                ProbeFinding.Code.tlsHandshakeFailed,
                "\(target): TLS handshake failed: \(failure.message)"
            )
        case .reset:
            result.reachable = true
            result.add(.high, ProbeFinding.Code.connectionClosed, "\(target): \(failure.message)")
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
        // MailConf offers TLS 1.0 to 1.3, so a server that chose 1.0 or 1.1 has nothing newer.
        if let name = tls.version, let version = TLSProtocolVersion(name: name), version.isDeprecated {
            result.add(.high, ProbeFinding.Code.obsoleteTLS, obsoleteMessage(target: target, versions: name))
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

    static func seconds(_ duration: Duration) -> String {
        let value = milliseconds(duration) / 1000
        return value == value.rounded() ? String(Int(value)) : String(value)
    }

    /// The SMTP address literal of `address` (`[192.0.2.1]`, `[IPv6:2001:db8::1]`), RFC 5321 §4.1.3; `localhost`
    /// when the address is not known.
    static func addressLiteral(_ address: String?) -> String {
        guard let address, !address.isEmpty else { return "localhost" }
        return address.contains(":") ? "[IPv6:\(address)]" : "[\(address)]"
    }
}
