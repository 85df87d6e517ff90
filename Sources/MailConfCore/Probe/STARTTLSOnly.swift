/// The shortest dialogue to a STARTTLS handshake, for a connection that only checks whether a TLS version is
/// accepted (``ConnectRequest/tlsVersionCheck``): the greeting, EHLO for SMTP, the STARTTLS (IMAP), STLS (POP3)
/// command, then the ClientHello. Nothing else is read or sent, and no finding is made: the probe's own dialogue
/// reports on the session.
struct STARTTLSOnly: Sendable {
    let session: LineSession
    let service: MailService
    let clientName: String

    /// What the server did with a ClientHello offering `version` alone, after STARTTLS.
    func check(_ version: TLSProtocolVersion) async -> TLSVersionCheck {
        func undetermined(_ detail: String) -> TLSVersionCheck {
            TLSVersionCheck(version: version, outcome: .undetermined, detail: detail)
        }
        do {
            guard try await command() else { return undetermined("the server did not accept STARTTLS") }
        } catch {
            return undetermined(ServiceProber.transportError(error).message)
        }
        do {
            let upgrade = try await session.transport.startTLS(timeout: session.options.tlsTimeout)
            return upgrade.report.versionCheck ?? undetermined("no answer to the ClientHello")
        } catch {
            let failure = ServiceProber.transportError(error)
            // After the STARTTLS reply the only thing left is the ClientHello: a close here is a no.
            if failure.kind == .closed || failure.kind == .reset {
                return TLSVersionCheck(version: version, outcome: .refused, detail: "the server closed the connection")
            }
            return undetermined(failure.message)
        }
    }

    /// Reads the greeting and asks for STARTTLS; `false` when the server declines.
    private func command() async throws -> Bool {
        switch service.protocol {
        case .smtp:
            guard try await session.readSMTPReply().isPositive else { return false }
            try await session.send("EHLO \(clientName)")
            guard try await session.readSMTPReply().isPositive else { return false }
            try await session.send("STARTTLS")
            return try await session.readSMTPReply().code == 220
        case .imap:
            guard case .untagged("OK", _, _) = try await session.readIMAPResponse() else { return false }
            try await session.send("v1 STARTTLS")
            let (_, completion) = try await session.readIMAPCompletion(tag: "v1")
            guard case .tagged(_, "OK", _, _) = completion else { return false }
            return true
        case .pop3:
            guard try await session.readPOP3Reply().ok else { return false }
            try await session.send("STLS")
            return try await session.readPOP3Reply().ok
        }
    }
}
