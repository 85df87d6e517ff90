import Foundation

extension Dialogue {
    func setAttempt(_ attempt: AuthAttempt) {
        recorder.update { $0.authentication = attempt }
    }

    /// Whether credentials may be sent now; records a local refusal otherwise.
    private func mayAuthenticate(_ plan: AuthPlan) -> Bool {
        let result = recorder.result
        if plan.allowInsecure { return true }
        guard let security = result.security, security != .plain else {
            var attempt = AuthAttempt(
                verdict: .refused,
                message: "the connection is not encrypted; MailConf will not send the password in cleartext "
                    + "(pass --allow-insecure to send it anyway)"
            )
            attempt.refusal = .cleartext
            setAttempt(attempt)
            return false
        }
        if let certificate = result.tls?.certificate, let problem = certificate.problems.first {
            var attempt = AuthAttempt(
                verdict: .refused,
                message: "the certificate is not valid for \(certificate.checkedName) ("
                    + certificate.problems.map(\.rawValue).joined(separator: ", ") + "); MailConf will not send the "
                    + "password. " + Self.advice(for: problem, certificate) + " (--allow-insecure sends it anyway)"
            )
            attempt.refusal = .certificate(problem)
            setAttempt(attempt)
            return false
        }
        return true
    }

    /// What the user can do about a certificate problem: only some are fixed by trusting another CA.
    static func advice(for problem: CertificateReport.Problem, _ certificate: CertificateReport) -> String {
        switch problem {
        case .expired:
            "It expired on \(CertificateSummary.iso(certificate.leaf.notAfter)): only the server's administrator "
                + "can fix this by renewing it; --ca-file cannot help."
        case .notYetValid:
            "It becomes valid on \(CertificateSummary.iso(certificate.leaf.notBefore)): check this computer's clock, "
                + "or wait; --ca-file cannot help."
        case .hostnameMismatch:
            "It names "
                + (certificate.leaf.sans.isEmpty
                    ? certificate.leaf.subject
                    : certificate.leaf.sans.joined(
                        separator: ", "
                    )) + ": use one of those names as --host if it is the same server; --ca-file cannot help."
        case .selfSigned:
            "If you know this certificate is the server's own, pass it with --ca-file."
        case .untrustedRoot:
            "It comes from a certificate authority this system does not trust: for a private CA, pass its "
                + "certificate with --ca-file."
        case .incompleteChain:
            "The server does not send its intermediate certificate: its administrator should fix the chain "
                + "(passing the intermediate with --ca-file works around it)."
        case .invalid:
            "It could not be verified; --ca-file helps only if it is issued by a private CA."
        }
    }

    /// Learns the secret forms a response carries before it is sent, so that an echo of them is redacted.
    private func remember(_ response: [UInt8], from mechanism: any SASLMechanism) {
        guard let redactor else { return }
        for form in mechanism.secretForms { redactor.add(secret: form) }
        if redactor.containsSecret(response) { redactor.add(secret: response) }
    }

    /// Picks the mechanism: the one asked for if offered, else the strongest offered.
    private func choose(_ plan: AuthPlan, offered: [String], fallback: String?) -> String? {
        if let wanted = plan.mechanism {
            if wanted == fallback || offered.contains(wanted) { return wanted }
            setAttempt(
                AuthAttempt(
                    verdict: .mechanismUnavailable,
                    mechanism: wanted,
                    message: "\(wanted) is not offered here; "
                        + Self.offeredList(offered + (fallback.map { [$0] } ?? []))
                )
            )
            return nil
        }
        if let best = SASL.strongest(of: offered) { return best }
        if let fallback { return fallback }
        setAttempt(
            AuthAttempt(
                verdict: .mechanismUnavailable,
                message: offered.isEmpty
                    ? "the server offers no authentication here"
                    : "none of the offered mechanisms (\(offered.joined(separator: " "))) is one MailConf implements"
            )
        )
        return nil
    }

    static func offeredList(_ offered: [String]) -> String {
        offered.isEmpty
            ? "the server offers no authentication mechanism here" : "offered: " + offered.joined(separator: " ")
    }

    private func makeMechanism(_ name: String, _ plan: AuthPlan) -> (any SASLMechanism)? {
        guard let mechanism = SASL.mechanism(name, username: plan.username, password: plan.password) else {
            setAttempt(
                AuthAttempt(
                    verdict: .mechanismUnavailable,
                    mechanism: name,
                    message: "MailConf does not implement \(name)"
                )
            )
            return nil
        }
        return mechanism
    }

    /// An initial response (on the AUTH or AUTHENTICATE line): an empty one is `=` (RFC 4954 §4, RFC 4959,
    /// RFC 5034 §4).
    private static func encodeInitial(_ bytes: [UInt8]) -> String {
        bytes.isEmpty ? "=" : Data(bytes).base64EncodedString()
    }

    /// A response to a challenge: an empty one is an empty line, in SMTP too ("unlike a zero-length client answer
    /// to a 334 reply, a zero-length initial response is sent as a single equals sign", RFC 4954 §4).
    private static func encodeResponse(_ bytes: [UInt8]) -> String {
        bytes.isEmpty ? "" : Data(bytes).base64EncodedString()
    }

    private static func decode(_ text: String) throws -> [UInt8] {
        let trimmed = text.trimmingWhitespace()
        if trimmed.isEmpty { return [] }
        guard let data = Data(base64Encoded: String(trimmed)) else {
            throw TransportError(.protocolViolation, "the server's SASL challenge is not base64")
        }
        return Array(data)
    }

    private static let maximumSteps = 8

    // MARK: - SMTP

    func authenticateSMTP(_ capabilities: SMTPCapabilities) async throws {
        guard let plan, mayAuthenticate(plan) else { return }
        guard let name = choose(plan, offered: capabilities.authMechanisms, fallback: nil),
            var mechanism = makeMechanism(name, plan)
        else { return }
        let initial = mechanism.initialResponse()
        if let initial { remember(initial, from: mechanism) }
        try await session.send("AUTH \(name)" + (initial.map { " " + Self.encodeInitial($0) } ?? ""))
        for _ in 0..<Self.maximumSteps {
            let reply = try await session.readSMTPReply()
            guard reply.code == 334 else {
                let verdict = AuthClassifier.smtp(reply)
                setAttempt(
                    AuthAttempt(
                        verdict: verdict,
                        mechanism: name,
                        serverText: Printable.excerpt("\(reply.code) \(reply.text)", limit: 200),
                        message: Self.explain(verdict)
                    )
                )
                return
            }
            do {
                let response = try mechanism.respond(to: try Self.decode(reply.text))
                remember(response, from: mechanism)
                try await session.send(Self.encodeResponse(response))
            } catch let error as SASLError {
                try await session.send("*")
                _ = try? await session.readSMTPReply()
                setAttempt(AuthAttempt(verdict: .other, mechanism: name, message: error.message))
                return
            }
        }
        throw TransportError(.protocolViolation, "the SASL exchange did not end after \(Self.maximumSteps) steps")
    }

    // MARK: - IMAP

    func authenticateIMAP(_ capabilities: IMAPCapabilities) async throws {
        guard let plan, mayAuthenticate(plan) else { return }
        let fallback = capabilities.loginDisabled ? nil : "IMAP-LOGIN"
        guard let name = choose(plan, offered: capabilities.authMechanisms, fallback: fallback) else { return }
        if name == "IMAP-LOGIN" {
            guard try await sendIMAPLogin(plan) else { return }
            let (_, completion) = try await session.readIMAPCompletion(tag: "a5")
            finishIMAP(completion, mechanism: name)
            return
        }
        guard var mechanism = makeMechanism(name, plan) else { return }
        let initial = mechanism.initialResponse()
        if let initial { remember(initial, from: mechanism) }
        if let initial, capabilities.hasSASLIR {
            try await session.send("a5 AUTHENTICATE \(name) \(Self.encodeInitial(initial))")
        } else {
            try await session.send("a5 AUTHENTICATE \(name)")
            if let initial {
                let first = try await readIMAPContinuation()
                guard case .continuation = first else {
                    if case .tagged = first { finishIMAP(first, mechanism: name) }
                    return
                }
                try await session.send(Data(initial).base64EncodedString())
            }
        }
        for _ in 0..<Self.maximumSteps {
            let response = try await session.readIMAPResponse()
            switch response {
            case .continuation(let text):
                do {
                    let response = try mechanism.respond(to: try Self.decode(text))
                    remember(response, from: mechanism)
                    try await session.send(Self.encodeResponse(response))
                } catch let error as SASLError {
                    try await session.send("*")
                    _ = try? await session.readIMAPCompletion(tag: "a5")
                    setAttempt(AuthAttempt(verdict: .other, mechanism: name, message: error.message))
                    return
                }
            case .tagged(let tag, _, _, _) where tag == "a5":
                finishIMAP(response, mechanism: name)
                return
            default:
                continue
            }
        }
        throw TransportError(.protocolViolation, "the SASL exchange did not end after \(Self.maximumSteps) steps")
    }

    /// The server's answer to a command that waits for a continuation, past the untagged data a server may send
    /// at any time (RFC 9051 §7), as many as a reply may have lines.
    private func readIMAPContinuation() async throws -> IMAPResponse {
        for _ in 0...session.options.maximumReplyLines {
            let response = try await session.readIMAPResponse()
            guard case .untagged(let keyword, _, let text) = response else { return response }
            if keyword == "BYE" {
                throw TransportError(.closed, "the server said BYE: \(Printable.excerpt(text, limit: 200))")
            }
        }
        throw TransportError(
            .sessionTooLarge,
            "more than \(session.options.maximumReplyLines) untagged responses"
        )
    }

    private func finishIMAP(_ completion: IMAPResponse, mechanism: String) {
        guard case .tagged(_, let status, let code, let text) = completion else { return }
        let verdict = AuthClassifier.imap(status: status, code: code)
        let shown = "\(status) " + (code.map { "[\($0)] " } ?? "") + text
        setAttempt(
            AuthAttempt(
                verdict: verdict,
                mechanism: mechanism,
                serverText: Printable.excerpt(shown, limit: 200),
                message: Self.explain(verdict)
            )
        )
    }

    /// Sends `a5 LOGIN user password`, each argument a quoted string when it can be one and a synchronising
    /// literal otherwise (RFC 9051 §4.3). Returns `false` when the server refused a literal.
    private func sendIMAPLogin(_ plan: AuthPlan) async throws -> Bool {
        var line = "a5 LOGIN"
        for argument in [plan.username, String(decoding: plan.password.bytes, as: UTF8.self)] {
            let bytes = Array(argument.utf8)
            if bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
                var quoted = " \""
                for byte in bytes {
                    if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { quoted += "\\" }
                    quoted.unicodeScalars.append(Unicode.Scalar(byte))
                }
                line += quoted + "\""
                continue
            }
            try await session.send(line + " {\(bytes.count)}")
            let response = try await readIMAPContinuation()
            guard case .continuation = response else {
                if case .tagged = response { finishIMAP(response, mechanism: "IMAP-LOGIN") }
                return false
            }
            line = argument
        }
        try await session.send(line)
        return true
    }

    // MARK: - POP3

    func authenticatePOP3(_ capabilities: POP3Capabilities?) async throws {
        guard let plan, mayAuthenticate(plan) else { return }
        let offered = capabilities?.saslMechanisms ?? []
        let userAllowed = capabilities == nil || capabilities?.has("USER") == true
        guard let name = choose(plan, offered: offered, fallback: userAllowed ? "USER" : nil) else { return }
        if name == "USER" {
            try await session.send("USER \(plan.username)")
            let reply = try await session.readPOP3Reply()
            guard reply.ok else {
                finishPOP3(reply, mechanism: name)
                return
            }
            try await session.send("PASS " + String(decoding: plan.password.bytes, as: UTF8.self))
            finishPOP3(try await session.readPOP3Reply(), mechanism: name)
            return
        }
        guard var mechanism = makeMechanism(name, plan) else { return }
        let initial = mechanism.initialResponse()
        if let initial { remember(initial, from: mechanism) }
        try await session.send("AUTH \(name)" + (initial.map { " " + Self.encodeInitial($0) } ?? ""))
        for _ in 0..<Self.maximumSteps {
            let line = try await session.readLine()
            if line.hasPrefix("+ ") || line == "+" {
                do {
                    let response = try mechanism.respond(to: try Self.decode(String(line.dropFirst(2))))
                    remember(response, from: mechanism)
                    try await session.send(Self.encodeResponse(response))
                } catch let error as SASLError {
                    try await session.send("*")
                    _ = try? await session.readPOP3Reply()
                    setAttempt(AuthAttempt(verdict: .other, mechanism: name, message: error.message))
                    return
                }
                continue
            }
            do {
                finishPOP3(try POP3Reply(parsing: line), mechanism: name)
            } catch {
                throw TransportError(.protocolViolation, error.description)
            }
            return
        }
        throw TransportError(.protocolViolation, "the SASL exchange did not end after \(Self.maximumSteps) steps")
    }

    private func finishPOP3(_ reply: POP3Reply, mechanism: String) {
        let verdict = AuthClassifier.pop3(reply)
        setAttempt(
            AuthAttempt(
                verdict: verdict,
                mechanism: mechanism,
                serverText: Printable.excerpt((reply.ok ? "+OK " : "-ERR ") + reply.text, limit: 200),
                message: Self.explain(verdict)
            )
        )
    }

    static func explain(_ verdict: AuthAttempt.Verdict) -> String {
        switch verdict {
        case .success: "logged in"
        case .badCredentials: "the server rejected the user name or password"
        case .mechanismUnavailable: "the server did not accept this authentication mechanism"
        case .tlsRequired: "the server requires TLS (or a stronger mechanism) before authentication"
        case .temporary: "a temporary failure on the server; try again later"
        case .accountDisabled: "the account is disabled, expired or locked"
        case .refused: "MailConf refused to send the password"
        case .other: "authentication failed; see the server's text"
        case .notAttempted: "no authentication was attempted"
        }
    }
}
