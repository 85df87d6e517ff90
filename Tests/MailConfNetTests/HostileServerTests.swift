import Foundation
import MailConfCore
import MailConfNet
import MailConfTesting
import NIOSSL
import Testing

/// In-process servers that misbehave in ways real servers will not: each case asserts the finding and that the
/// probe ended within its deadline (plus ``DeadlineBound``'s slack: these tests share two cores with the rest of the
/// suite, and the point is that a hostile server cannot hold the probe, not how fast it lets go).
@Suite(.timeLimit(.minutes(3))) struct HostileServerTests {
    static let fast: ProbeOptions = {
        var options = ProbeOptions()
        options.connectTimeout = .seconds(5)
        // Room for a busy machine (the whole suite runs at once on two cores): the servers here never let go by
        // themselves, so what is asserted is how the probe ends, not how fast.
        options.readTimeout = .seconds(5)
        options.tlsTimeout = .seconds(10)
        options.totalTimeout = .seconds(30)
        return options
    }()

    func probe(
        _ server: ScriptedServer,
        _ service: MailService,
        roots: TrustRoots = TrustRoots(certificates: []),
        options: ProbeOptions = fast,
        host: String = "mail.test.example",
        plan: AuthPlan? = nil
    ) async throws -> (ProbeResult, Duration) {
        var service = service
        service.port = server.port
        let prober = ServiceProber(connector: try NIOMailConnector(roots: roots), options: options)
        let clock = ContinuousClock()
        let start = clock.now
        let result = await prober.probe(service, host: host, address: "127.0.0.1", authenticate: plan)
        return (result, start.duration(to: clock.now))
    }

    /// The longest a probe may take: its total deadline, plus slack for a loaded machine. The servers here never
    /// let go by themselves, so a probe they could hold would run past it.
    let bound = DeadlineBound.of(Self.fast.totalTimeout)

    func codes(_ result: ProbeResult) -> [String] { result.findings.map(\.code) }

    @Test func silentBannerTimesOut() async throws {
        try await ScriptedServer.with { connection in
            await connection.waitForClose()
        } body: { server in
            let (result, elapsed) = try await probe(server, .smtp)
            #expect(result.reachable)
            #expect(codes(result).contains(ProbeFinding.Code.timeout))
            #expect(elapsed < bound)
        }
    }

    @Test func lineWithoutEndIsCut() async throws {
        try await ScriptedServer.with { connection in
            try await connection.send("220 ")
            let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 4096)
            for _ in 0..<2000 { try await connection.send(bytes: chunk) }
        } body: { server in
            let (result, elapsed) = try await probe(server, .smtp)
            #expect(codes(result).contains(ProbeFinding.Code.lineTooLong), "\(result.findings)")
            #expect(elapsed < bound)
        }
    }

    @Test func tenMegabyteCapabilityListIsCut() async throws {
        try await ScriptedServer.with { connection in
            try await connection.send("220 hello\r\n")
            _ = await connection.readLine()
            let line = "250-" + String(repeating: "X", count: 96) + "\r\n"
            let block = String(repeating: line, count: 1000)
            for _ in 0..<100 { try await connection.send(block) }
        } body: { server in
            let (result, elapsed) = try await probe(server, .submission)
            #expect(codes(result).contains(ProbeFinding.Code.replyTooLarge))
            #expect(elapsed < bound)
        }
    }

    @Test func plaintextAfterSTARTTLSFailsTheUpgrade() async throws {
        try await ScriptedServer.with { connection in
            try await connection.send("220 hello\r\n")
            _ = await connection.readLine()
            try await connection.send("250-hello\r\n250 STARTTLS\r\n")
            _ = await connection.readLine()
            try await connection.send("220 go ahead\r\n")
            _ = await connection.waitForData()
            try await connection.send("250 this is not TLS at all\r\n")
            await connection.waitForClose()
        } body: { server in
            let (result, elapsed) = try await probe(server, .submission)
            #expect(codes(result).contains(ProbeFinding.Code.starttlsFailed))
            #expect(result.security != .starttls)
            #expect(elapsed < bound)
            let message = result.findings.first { $0.code == ProbeFinding.Code.starttlsFailed }?.message ?? ""
            #expect(message.contains("not a TLS record: 32 35 30 20"), "\(message)")
            #expect(message.contains("(\"250 this is not TLS at all\")"), "\(message)")
        }
    }

    @Test func randomBytesAfterSTARTTLSAreShownAsHex() async throws {
        let garbage: [UInt8] = [0x8F, 0x3A, 0x00, 0xFF, 0x1B, 0x5B, 0x32, 0x4A, 0x07, 0x9B, 0x41, 0x42]
        try await ScriptedServer.with { connection in
            try await connection.send("220 hello\r\n")
            _ = await connection.readLine()
            try await connection.send("250-hello\r\n250 STARTTLS\r\n")
            _ = await connection.readLine()
            try await connection.send("220 go ahead\r\n")
            _ = await connection.waitForData()
            try await connection.send(bytes: garbage)
            await connection.waitForClose()
        } body: { server in
            let (result, _) = try await probe(server, .submission)
            let message = result.findings.first { $0.code == ProbeFinding.Code.starttlsFailed }?.message ?? ""
            #expect(message.contains("not a TLS record: 8f 3a 00 ff 1b 5b 32 4a 07 9b 41 42"), "\(message)")
            #expect(!message.contains("plaintext") && !message.unicodeScalars.contains { $0.value < 0x20 })
        }
    }

    @Test func bytesInjectedAfterSTARTTLSAreDiscardedAndReported() async throws {
        let certificates = try TestCertificates()
        let context = try certificates.serverContext(names: ["mail.test.example"])
        try await ScriptedServer.with { connection in
            try await connection.send("220 hello\r\n")
            _ = await connection.readLine()
            try await connection.send("250-hello\r\n250 STARTTLS\r\n")
            _ = await connection.readLine()
            try await connection.send("220 go ahead\r\n250-INJECTED\r\n250 AUTH EVIL\r\n")
            try await connection.startTLS(context)
            _ = await connection.readLine()
            try await connection.send("250-hello again\r\n250 AUTH PLAIN LOGIN\r\n")
            await connection.waitForClose()
        } body: { server in
            let roots = TrustRoots(certificates: [certificates.ca])
            let (result, _) = try await probe(server, .submission, roots: roots)
            #expect(codes(result).contains(ProbeFinding.Code.starttlsInjection), "\(result.findings) \(result.timings)")
            #expect(result.security == .starttls)
            #expect(result.authAfterTLS == ["PLAIN", "LOGIN"])
            #expect(!result.capabilitiesAfterTLS.contains { $0.contains("INJECTED") || $0.contains("EVIL") })
            #expect(result.tls?.certificate?.verdict == "ok")
            #expect(result.tls?.version == "TLSv1.3")
            #expect(result.tls?.cipher?.hasPrefix("TLS_") == true)
        }
    }

    @Test func tlsAlertAndGarbageOnImplicitTLSPorts() async throws {
        try await ScriptedServer.with { connection in
            try await connection.send(bytes: [0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x28])
        } body: { alert in
            let (alerted, elapsed) = try await probe(alert, .imaps)
            #expect(codes(alerted).contains(ProbeFinding.Code.tlsHandshakeFailed))
            #expect(alerted.findings.contains { $0.message.contains("handshake_failure") })
            #expect(elapsed < bound)

            try await ScriptedServer.with { connection in
                try await connection.send(bytes: [0x16, 0x03, 0x01, 0x00, 0x08] + Array("garbage!".utf8))
                await connection.waitForClose()
            } body: { garbage in
                let (broken, _) = try await probe(garbage, .pop3s)
                #expect(codes(broken).contains(ProbeFinding.Code.tlsHandshakeFailed))
            }
        }
    }

    @Test func plaintextGreetingOnImplicitTLSPort() async throws {
        try await ScriptedServer.with { connection in
            try await connection.send("220 plain.example ESMTP\r\n")
            await connection.waitForClose()
        } body: { server in
            let (result, _) = try await probe(server, .submissions)
            #expect(codes(result).contains(ProbeFinding.Code.plaintextOnTLSPort))
            #expect(result.greeting == "220 plain.example ESMTP")
            let message = result.findings.first { $0.code == ProbeFinding.Code.plaintextOnTLSPort }?.message ?? ""
            #expect(message.contains("use `--service submission:\(server.port)`"), "\(message)")
            // Both happened, so both are timed.
            #expect(result.timings.connectMs != nil && result.timings.greetingMs != nil)
            #expect(result.address == "127.0.0.1:\(server.port)")
        }
    }

    @Test func implicitTLSOnASTARTTLSPortIsNamed() async throws {
        let certificates = try TestCertificates()
        let context = try certificates.serverContext(names: ["mail.test.example"])
        for (service, counterpart) in [(MailService.submission, "submissions"), (.imap, "imaps"), (.pop3, "pop3s")] {
            try await ScriptedServer.with(tls: context) { connection in
                try await connection.send("* OK ready\r\n")
                await connection.waitForClose()
            } body: { server in
                // A read timeout far beyond the check: the answer must come from the TLS record, not a timeout.
                var options = Self.fast
                options.readTimeout = .seconds(8)
                let (result, elapsed) = try await probe(server, service, options: options)
                #expect(
                    codes(result) == [ProbeFinding.Code.implicitTLSOnPlainPort],
                    "\(service.name): \(result.findings)"
                )
                let message = result.findings.first?.message ?? ""
                #expect(message.contains("use `--service \(counterpart):\(server.port)`"), "\(message)")
                #expect(result.reachable && result.security == nil)
                #expect(elapsed < bound)
            }
        }
    }

    @Test func theWholeProbeDeadlineGivesATimeoutAlone() async throws {
        try await ScriptedServer.with { connection in
            try await connection.send("220-slow\r\n")
            await connection.waitForClose()
        } body: { server in
            var options = Self.fast
            options.readTimeout = .seconds(30)
            options.totalTimeout = .seconds(1)
            let (result, _) = try await probe(server, .submission, options: options)
            #expect(codes(result) == [ProbeFinding.Code.timeout], "\(result.findings)")
        }
    }

    @Test func resetMidEHLO() async throws {
        try await ScriptedServer.with { connection in
            try await connection.send("220 hello\r\n")
            _ = await connection.readLine()
            await connection.close(reset: true)
        } body: { server in
            let (result, elapsed) = try await probe(server, .submission)
            #expect(codes(result).contains(ProbeFinding.Code.connectionClosed))
            #expect(elapsed < bound)
            let message = result.findings.first { $0.code == ProbeFinding.Code.connectionClosed }?.message ?? ""
            #expect(message.hasSuffix("the server reset the connection"), "\(message)")
            #expect(!message.contains("("), "no raw NIO error: \(message)")
        }
    }

    @Test func closedPortIsReportedAsClosed() async throws {
        try await ClosedPort.with { port in try await closedPort(port) }
    }

    func closedPort(_ port: Int) async throws {
        let prober = ServiceProber(
            connector: try NIOMailConnector(roots: TrustRoots(certificates: [])),
            options: Self.fast
        )
        var service = MailService.imap
        service.port = port
        let result = await prober.probe(service, host: "127.0.0.1")
        #expect(!result.reachable)
        #expect(codes(result) == [ProbeFinding.Code.portClosed])
        // A login attempt there says why there was none.
        let plan = AuthPlan(username: "u", password: Secret("p"))
        let login = await prober.probe(service, host: "127.0.0.1", authenticate: plan)
        #expect(
            login.authentication?.message.contains("refused the connection") == true,
            "\(String(describing: login.authentication))"
        )
    }

    @Test func smtp554AndIMAPPreauth() async throws {
        try await ScriptedServer.with { connection in
            try await connection.send("554 5.7.1 no service for you\r\n")
            await connection.waitForClose()
        } body: { rejecting in
            let (rejected, _) = try await probe(rejecting, .smtp)
            #expect(codes(rejected).contains(ProbeFinding.Code.smtpRejected))

            try await ScriptedServer.with { connection in
                try await connection.send("* PREAUTH [CAPABILITY IMAP4rev1] welcome\r\n")
                await connection.waitForClose()
            } body: { preauth in
                let (pre, _) = try await probe(preauth, .imap)
                #expect(codes(pre).contains(ProbeFinding.Code.preauth))
            }
        }
    }

    @Test func imapLiteralsAndMissingLoginDisabled() async throws {
        try await ScriptedServer.with { connection in
            try await connection.send("* OK ready\r\n")
            _ = await connection.readLine()
            try await connection.send("* CAPABILITY IMAP4rev1 AUTH=PLAIN {8}\r\nSTARTTLS\r\na1 OK done\r\n")
            await connection.waitForClose()
        } body: { server in
            let (result, _) = try await probe(server, .imap)
            #expect(result.capabilitiesBeforeTLS.contains("STARTTLS"))
            #expect(codes(result).contains(ProbeFinding.Code.loginDisabledAbsent))
            #expect(codes(result).contains(ProbeFinding.Code.plaintextAuthBeforeTLS))
        }
    }

    @Test func pop3WithoutCAPAOrSTLS() async throws {
        try await ScriptedServer.with { connection in
            try await connection.send("+OK old server\r\n")
            while let line = await connection.readLine() {
                if line == "QUIT" { break }
                try await connection.send("-ERR unknown command\r\n")
            }
        } body: { server in
            let (result, _) = try await probe(server, .pop3)
            #expect(result.reachable)
            #expect(codes(result).contains(ProbeFinding.Code.starttlsNotOffered))
            #expect(result.security == .plain)
        }
    }

    @Test func certificateVerdicts() async throws {
        let certificates = try TestCertificates()
        func withServer(_ context: NIOSSLContext, body: (ScriptedServer) async throws -> Void) async throws {
            try await ScriptedServer.with(tls: context) { connection in
                try await connection.send("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n")
                await connection.waitForClose()
            } body: { server in
                try await body(server)
            }
        }
        let trusted = TrustRoots(certificates: [certificates.ca])
        try await withServer(try certificates.serverContext(names: ["mail.test.example"])) { good in
            let (ok, _) = try await probe(good, .imaps, roots: trusted)
            #expect(ok.tls?.certificate?.verdict == "ok")
            #expect(ok.isHealthy)
            #expect(ok.authAfterTLS == ["PLAIN"])

            let (untrusted, _) = try await probe(good, .imaps)
            #expect(
                untrusted.tls?.certificate?.problems == [.incompleteChain]
                    || untrusted.tls?.certificate?.problems == [.untrustedRoot]
            )
        }
        try await withServer(try certificates.serverContext(names: ["other.example"])) { wrong in
            let (mismatch, _) = try await probe(wrong, .imaps, roots: trusted)
            #expect(mismatch.tls?.certificate?.problems == [.hostnameMismatch])
            #expect(codes(mismatch).contains(ProbeFinding.Code.certificate), "\(mismatch.findings)")
        }
        try await withServer(try certificates.serverContext(names: ["mail.test.example"], selfSigned: true)) {
            selfSigned in
            let (own, _) = try await probe(selfSigned, .imaps, roots: trusted)
            #expect(own.tls?.certificate?.problems == [.selfSigned])
            #expect(own.authAfterTLS == ["PLAIN"], "capabilities are still read past a bad certificate")
        }
    }

    @Test func passwordIsNotSentOverABadCertificateOrCleartext() async throws {
        let certificates = try TestCertificates()
        let context = try certificates.serverContext(names: ["mail.test.example"], selfSigned: true)
        let sawAuth = LockedFlag()
        try await ScriptedServer.with(tls: context) { connection in
            try await connection.send("220 hello\r\n")
            while let line = await connection.readLine() {
                if line.uppercased().hasPrefix("AUTH") { sawAuth.set() }
                if line.uppercased().hasPrefix("EHLO") { try await connection.send("250-hi\r\n250 AUTH PLAIN\r\n") }
                if line.uppercased() == "QUIT" { break }
            }
        } body: { server in
            let plan = AuthPlan(username: "alice", password: Secret("s3cret"))
            let (result, _) = try await probe(server, .submissions, plan: plan)
            #expect(result.authentication?.verdict == .refused)
            #expect(!sawAuth.value)

            try await ScriptedServer.with { connection in
                try await connection.send("220 hello\r\n")
                while let line = await connection.readLine() {
                    if line.uppercased().hasPrefix("AUTH") { sawAuth.set() }
                    if line.uppercased().hasPrefix("EHLO") { try await connection.send("250-hi\r\n250 AUTH PLAIN\r\n") }
                    if line.uppercased() == "QUIT" { break }
                }
            } body: { cleartext in
                let (plain, _) = try await probe(cleartext, .submission, plan: plan)
                #expect(plain.authentication?.verdict == .refused)
                #expect(!sawAuth.value)
            }
        }
    }
}

extension HostileServerTests {
    /// Runs `body` with an implicit-TLS SMTP server whose EHLO reply is `ehlo`, presenting `context`'s certificate.
    func withSMTPSServer(
        _ context: NIOSSLContext,
        ehlo: String,
        body: (ScriptedServer) async throws -> Void
    ) async throws {
        try await ScriptedServer.with(tls: context) { connection in
            try await connection.send("220 hello\r\n")
            while let line = await connection.readLine() {
                if line.uppercased().hasPrefix("EHLO") { try await connection.send(ehlo) }
                if line.uppercased().hasPrefix("AUTH") { try await connection.send("535 5.7.8 no\r\n") }
                if line.uppercased() == "QUIT" { break }
            }
        } body: { server in
            try await body(server)
        }
    }

    @Test func theAdviceOfARefusalFitsTheCertificate() async throws {
        let certificates = try TestCertificates()
        let (certificate, key) = try certificates.leaf(
            names: ["mail.test.example"],
            notBefore: Date().addingTimeInterval(-86400 * 30),
            notAfter: Date().addingTimeInterval(-86400)
        )
        let expired = try NIOSSLContext(
            configuration: .makeServerConfiguration(
                certificateChain: [.certificate(certificate)],
                privateKey: .privateKey(key)
            )
        )
        let selfSigned = try certificates.serverContext(names: ["mail.test.example"], selfSigned: true)
        let plan = AuthPlan(username: "alice", password: Secret("s3cret"))
        let roots = TrustRoots(certificates: [certificates.ca])
        try await withSMTPSServer(expired, ehlo: "250-hi\r\n250 AUTH PLAIN\r\n") { old in
            let (stale, _) = try await probe(old, .submissions, roots: roots, plan: plan)
            #expect(stale.authentication?.refusal == .certificate(.expired))
            let staleAdvice = stale.authentication?.message ?? ""
            #expect(
                staleAdvice.contains("only the server's administrator")
                    && staleAdvice.contains("--ca-file cannot help"),
                "\(staleAdvice)"
            )
        }
        try await withSMTPSServer(selfSigned, ehlo: "250-hi\r\n250 AUTH PLAIN\r\n") { own in
            let (mine, _) = try await probe(own, .submissions, roots: roots, plan: plan)
            #expect(mine.authentication?.refusal == .certificate(.selfSigned))
            #expect(mine.authentication?.message.contains("pass it with --ca-file") == true)
        }
    }

    @Test func anEmptyOfferIsSaidInWords() async throws {
        let certificates = try TestCertificates()
        let context = try certificates.serverContext(names: ["mail.test.example"])
        try await withSMTPSServer(context, ehlo: "250-hi\r\n250 PIPELINING\r\n") { server in
            try await anEmptyOffer(server, certificates)
        }
    }

    func anEmptyOffer(_ server: ScriptedServer, _ certificates: TestCertificates) async throws {
        let plan = AuthPlan(username: "alice", password: Secret("s3cret"), mechanism: "PLAIN")
        let (result, _) = try await probe(
            server,
            .submissions,
            roots: TrustRoots(certificates: [certificates.ca]),
            plan: plan
        )
        #expect(result.authentication?.verdict == .mechanismUnavailable)
        let message = result.authentication?.message ?? ""
        #expect(
            message == "PLAIN is not offered here; the server offers no authentication mechanism here",
            "\(message)"
        )
    }
}

final class LockedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var flag = false
    func set() { lock.withLock { flag = true } }
    var value: Bool { lock.withLock { flag } }
}
