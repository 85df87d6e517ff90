/// The protocol conversations of a probe. Each reads the greeting and capabilities, upgrades with STARTTLS when
/// the connection is still in cleartext, reads the capabilities again, and records findings. Nothing here sends
/// credentials.
struct Dialogue: Sendable {
    let session: LineSession
    let service: MailService
    let recorder: ProbeRecorder
    let clock: ContinuousClock
    let start: ContinuousClock.Instant
    let plan: AuthPlan?
    /// Learns each secret form as it is sent (see ``SecretRedactor``); `nil` when no login is planned.
    let redactor: SecretRedactor?

    let host: String

    /// `host:port`, for messages. Never read inside `recorder.update`, which holds the recorder's lock.
    private var target: String { "\(host):\(service.port)" }
    /// Whether the connection started with TLS. Never read inside `recorder.update`.
    private var isTLS: Bool { recorder.result.security == .tls }

    private func markGreeting(_ text: String) {
        let elapsed = ServiceProber.milliseconds(start.duration(to: clock.now))
        recorder.update { result in
            result.greeting = Printable.excerpt(text, limit: 512)
            result.timings.greetingMs = elapsed - (result.timings.connectMs ?? 0) - (result.timings.tlsMs ?? 0)
        }
    }

    /// Upgrades the connection and records the handshake, the discarded bytes and the certificate findings.
    private func upgrade() async throws {
        let upgrade: TLSUpgrade
        recorder.noteTLSAttempted()
        defer { recorder.noteTLSSettled() }
        do {
            upgrade = try await session.transport.startTLS(timeout: session.options.tlsTimeout)
        } catch let error as TransportError where [.plaintextOnTLSPort, .timeout, .closed, .reset].contains(error.kind)
        {
            let detail =
                error.kind == .plaintextOnTLSPort
                ? "the server's answer to the ClientHello is \(error.message)" : error.message
            throw TransportError(.tlsFailed, detail, tls: error.tls)
        }
        recorder.update { result in
            result.security = .starttls
            result.tls = upgrade.report
            result.timings.tlsMs = upgrade.milliseconds
            if upgrade.discardedBytes > 0 {
                result.add(
                    .high,
                    ProbeFinding.Code.starttlsInjection,
                    "\(target) sent \(upgrade.discardedBytes) bytes after its STARTTLS reply and before the TLS "
                        + "handshake (\"\(upgrade.discardedPreview)\"); MailConf discarded them. A server or "
                        + "middlebox that does this is open to STARTTLS command injection (CVE-2011-0411 class)"
                )
            }
            ServiceProber.assess(upgrade.report, into: &result)
        }
    }

    private func noteMissingSTARTTLS(_ command: String) {
        recorder.update { result in
            result.security = .plain
            let severity: ProbeFinding.Severity = service.name == MailService.smtp.name ? .medium : .high
            result.add(
                severity,
                ProbeFinding.Code.starttlsNotOffered,
                "\(target) does not offer \(command): mail and passwords would cross the network in cleartext"
            )
        }
    }

    // MARK: - SMTP

    func smtp(clientName: String) async throws {
        let greeting = try await session.readSMTPReply()
        markGreeting("\(greeting.code) \(greeting.text)")
        guard greeting.isPositive else {
            recorder.update { result in
                if greeting.code == 554 {
                    result.add(
                        .high,
                        ProbeFinding.Code.smtpRejected,
                        "\(target) greets with 554: it refuses service to this client (\(Printable.excerpt(greeting.text, limit: 120)))"
                    )
                } else {
                    result.add(
                        .high,
                        ProbeFinding.Code.greetingRejected,
                        "\(target) greets with \(greeting.code) \(Printable.excerpt(greeting.text, limit: 120))"
                    )
                }
            }
            try? await session.send("QUIT")
            return
        }
        var capabilities = try await ehlo(clientName)
        let implicitTLS = isTLS
        recorder.update { result in
            if implicitTLS {
                result.capabilitiesAfterTLS = capabilities.lines
                result.authAfterTLS = capabilities.authMechanisms
            } else {
                result.capabilitiesBeforeTLS = capabilities.lines
                result.authBeforeTLS = capabilities.authMechanisms
            }
        }
        if !isTLS {
            let cleartext = capabilities.authMechanisms.filter { ["PLAIN", "LOGIN"].contains($0) }
            if !cleartext.isEmpty {
                recorder.update { result in
                    result.add(
                        .high,
                        ProbeFinding.Code.plaintextAuthBeforeTLS,
                        "\(target) offers AUTH \(cleartext.joined(separator: " ")) before TLS: a client may send the password in cleartext"
                    )
                }
            }
            guard capabilities.has("STARTTLS") else {
                noteMissingSTARTTLS("STARTTLS")
                if plan != nil { try await authenticateSMTP(capabilities) }
                try? await session.send("QUIT")
                return
            }
            try await session.send("STARTTLS")
            let reply = try await session.readSMTPReply()
            guard reply.code == 220 else {
                recorder.update { result in
                    result.security = .plain
                    result.add(
                        .high,
                        ProbeFinding.Code.starttlsFailed,
                        "\(target) offered STARTTLS but answered it with \(reply.code) \(Printable.excerpt(reply.text, limit: 120))"
                    )
                }
                try? await session.send("QUIT")
                return
            }
            try await upgrade()
            capabilities = try await ehlo(clientName)
            recorder.update { result in
                result.capabilitiesAfterTLS = capabilities.lines
                result.authAfterTLS = capabilities.authMechanisms
            }
        }
        if capabilities.authMechanisms.isEmpty && service.name != MailService.smtp.name {
            recorder.update { result in
                result.add(
                    .medium,
                    ProbeFinding.Code.noAuthAfterTLS,
                    "\(target) offers no AUTH mechanism after TLS: mail clients cannot log in to send"
                )
            }
        }
        if plan != nil { try await authenticateSMTP(capabilities) }
        try? await session.send("QUIT")
    }

    /// EHLO, falling back to HELO on a 5xx reply (RFC 5321 §3.2).
    private func ehlo(_ name: String) async throws -> SMTPCapabilities {
        try await session.send("EHLO \(name)")
        let reply = try await session.readSMTPReply()
        if reply.isPositive { return SMTPCapabilities(ehlo: reply) }
        guard reply.isPermanentFailure else {
            throw TransportError(
                .protocolViolation,
                "EHLO answered with \(reply.code) \(Printable.excerpt(reply.text, limit: 200))"
            )
        }
        try await session.send("HELO \(name)")
        let helo = try await session.readSMTPReply()
        guard helo.isPositive else {
            throw TransportError(
                .protocolViolation,
                "EHLO and HELO refused: \(helo.code) \(Printable.excerpt(helo.text, limit: 200))"
            )
        }
        recorder.update { result in
            result.add(.medium, ProbeFinding.Code.heloFallback, "\(target) refused EHLO; HELO worked, so no extensions")
        }
        return SMTPCapabilities(lines: [])
    }

    // MARK: - IMAP

    func imap() async throws {
        let greeting = try await session.readIMAPResponse()
        guard case .untagged(let keyword, let code, let text) = greeting else {
            throw TransportError(.protocolViolation, "the IMAP greeting is not an untagged response")
        }
        markGreeting("* \(keyword) \(code.map { "[\($0)] " } ?? "")\(text)")
        let implicitTLS = isTLS
        switch keyword {
        case "OK":
            break
        case "PREAUTH":
            recorder.update { result in
                result.add(
                    .high,
                    ProbeFinding.Code.preauth,
                    "\(target) greets with PREAUTH: the session is logged in without credentials"
                        + (implicitTLS ? "" : ", and STARTTLS is no longer possible (RFC 9051 §6.2.1)")
                )
            }
        case "BYE":
            recorder.update { result in
                result.add(
                    .high,
                    ProbeFinding.Code.greetingRejected,
                    "\(target) greets with BYE: \(Printable.excerpt(text, limit: 120))"
                )
            }
            return
        default:
            throw TransportError(
                .protocolViolation,
                "unexpected IMAP greeting '\(Printable.excerpt(keyword, limit: 40))'"
            )
        }
        var capabilities: IMAPCapabilities
        if let code, code.uppercased().hasPrefix("CAPABILITY ") {
            capabilities = IMAPCapabilities(String(code.dropFirst("CAPABILITY ".count)))
        } else {
            capabilities = try await capability(tag: "a1")
        }
        record(capabilities, afterTLS: isTLS)
        if !isTLS && keyword != "PREAUTH" {
            if !capabilities.loginDisabled {
                recorder.update { result in
                    result.add(
                        .high,
                        ProbeFinding.Code.loginDisabledAbsent,
                        "\(target) does not advertise LOGINDISABLED before TLS: IMAP LOGIN would send the password in cleartext"
                    )
                }
            }
            let cleartext = capabilities.authMechanisms.filter { ["PLAIN", "LOGIN"].contains($0) }
            if !cleartext.isEmpty {
                recorder.update { result in
                    result.add(
                        .high,
                        ProbeFinding.Code.plaintextAuthBeforeTLS,
                        "\(target) offers AUTH=\(cleartext.joined(separator: " AUTH=")) before TLS"
                    )
                }
            }
            guard capabilities.has("STARTTLS") else {
                noteMissingSTARTTLS("STARTTLS")
                if plan != nil { try await authenticateIMAP(capabilities) }
                try? await session.send("a9 LOGOUT")
                return
            }
            try await session.send("a2 STARTTLS")
            let (_, completion) = try await session.readIMAPCompletion(tag: "a2")
            guard case .tagged(_, "OK", _, _) = completion else {
                recorder.update { result in
                    result.security = .plain
                    result.add(.high, ProbeFinding.Code.starttlsFailed, "\(target) offered STARTTLS but refused it")
                }
                try? await session.send("a9 LOGOUT")
                return
            }
            try await upgrade()
            capabilities = try await capability(tag: "a3")
            record(capabilities, afterTLS: true)
        }
        if plan != nil {
            if keyword == "PREAUTH" {
                setAttempt(
                    AuthAttempt(verdict: .other, message: "the server pre-authenticated the session; no login needed")
                )
            } else {
                try await authenticateIMAP(capabilities)
            }
        }
        try? await session.send("a9 LOGOUT")
    }

    private func capability(tag: String) async throws -> IMAPCapabilities {
        try await session.send("\(tag) CAPABILITY")
        let (untagged, completion) = try await session.readIMAPCompletion(tag: tag)
        guard case .tagged(_, "OK", _, _) = completion else {
            throw TransportError(.protocolViolation, "CAPABILITY failed")
        }
        for response in untagged {
            if case .untagged("CAPABILITY", _, let text) = response { return IMAPCapabilities(text) }
        }
        if case .tagged(_, _, let code?, _) = completion, code.uppercased().hasPrefix("CAPABILITY ") {
            return IMAPCapabilities(String(code.dropFirst("CAPABILITY ".count)))
        }
        throw TransportError(.protocolViolation, "CAPABILITY returned no capability list")
    }

    private func record(_ capabilities: IMAPCapabilities, afterTLS: Bool) {
        recorder.update { result in
            if afterTLS {
                result.capabilitiesAfterTLS = capabilities.names
                result.authAfterTLS = capabilities.authMechanisms
            } else {
                result.capabilitiesBeforeTLS = capabilities.names
                result.authBeforeTLS = capabilities.authMechanisms
            }
        }
    }

    // MARK: - POP3

    func pop3() async throws {
        let greeting = try await session.readPOP3Reply()
        markGreeting((greeting.ok ? "+OK " : "-ERR ") + greeting.text)
        guard greeting.ok else {
            recorder.update { result in
                result.add(
                    .high,
                    ProbeFinding.Code.greetingRejected,
                    "\(target) greets with -ERR \(Printable.excerpt(greeting.text, limit: 120))"
                )
            }
            return
        }
        var capabilities = try await capa()
        record(capabilities, afterTLS: isTLS)
        if !isTLS {
            let cleartext =
                (capabilities?.saslMechanisms ?? []).filter { ["PLAIN", "LOGIN"].contains($0) }
                + ((capabilities?.has("USER") ?? false) ? ["USER"] : [])
            if !cleartext.isEmpty {
                recorder.update { result in
                    result.add(
                        .high,
                        ProbeFinding.Code.plaintextAuthBeforeTLS,
                        "\(target) offers \(cleartext.joined(separator: ", ")) before TLS: the password may cross in cleartext"
                    )
                }
            }
            if let capabilities, !capabilities.has("STLS") {
                noteMissingSTARTTLS("STLS")
                if plan != nil { try await authenticatePOP3(capabilities) }
                try? await session.send("QUIT")
                return
            }
            try await session.send("STLS")
            let reply = try await session.readPOP3Reply()
            guard reply.ok else {
                if capabilities == nil {
                    // Without CAPA, a refused STLS means none is offered: as with a CAPA list lacking STLS, the
                    // login goes on (refused locally unless --allow-insecure).
                    noteMissingSTARTTLS("STLS")
                    if plan != nil { try await authenticatePOP3(nil) }
                } else {
                    recorder.update { result in
                        result.security = .plain
                        result.add(
                            .high,
                            ProbeFinding.Code.starttlsFailed,
                            "\(target) offered STLS but refused it: \(Printable.excerpt(reply.text, limit: 120))"
                        )
                    }
                }
                try? await session.send("QUIT")
                return
            }
            try await upgrade()
            capabilities = try await capa()
            record(capabilities, afterTLS: true)
        }
        if plan != nil { try await authenticatePOP3(capabilities) }
        try? await session.send("QUIT")
    }

    /// CAPA; `nil` when the server answers `-ERR` (RFC 1939 servers without RFC 2449).
    private func capa() async throws -> POP3Capabilities? {
        try await session.send("CAPA")
        let reply = try await session.readPOP3Reply()
        guard reply.ok else { return nil }
        return POP3Capabilities(lines: try await session.readPOP3Multiline())
    }

    private func record(_ capabilities: POP3Capabilities?, afterTLS: Bool) {
        guard let capabilities else { return }
        let auth = capabilities.saslMechanisms + (capabilities.has("USER") ? ["USER"] : [])
        recorder.update { result in
            if afterTLS {
                result.capabilitiesAfterTLS = capabilities.lines
                result.authAfterTLS = auth
            } else {
                result.capabilitiesBeforeTLS = capabilities.lines
                result.authBeforeTLS = auth
            }
        }
    }
}
