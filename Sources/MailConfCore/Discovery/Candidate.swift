/// What one source contributed: servers, and possibly the provider they belong to.
struct SourceContribution: Sendable {
    var attempt: SourceAttempt
    var servers: [ServerSettings] = []
    var provider: AccountConfig?
}

extension ServerSettings {
    /// The identity of a server for de-duplication: protocol, host, port and security.
    var identity: String { "\(`protocol`.rawValue) \(host):\(port) \(security.rawValue)" }

    /// The service to probe to verify this setting.
    var probeService: MailService {
        let base: MailService
        switch (`protocol`, security) {
        case (.smtp, .tls): base = .submissions
        case (.smtp, _): base = port == 25 ? .smtp : .submission
        case (.imap, .tls): base = .imaps
        case (.imap, _): base = .imap
        case (.pop3, .tls): base = .pop3s
        case (.pop3, _): base = .pop3
        }
        return MailService(name: base.name, protocol: `protocol`, port: port, implicitTLS: security == .tls)
    }
}

/// Judges a probe result against the setting it should confirm.
enum CandidateVerdict {
    /// Whether the mechanisms the server offers satisfy `method` (``AuthMethod/init(mechanism:)`` maps them).
    static func satisfied(_ method: AuthMethod, by result: ProbeResult) -> Bool {
        let offered = Set(result.usableAuth.compactMap(AuthMethod.init(mechanism:)))
        switch method {
        case .passwordCleartext:
            if offered.contains(.passwordCleartext) { return true }
            // IMAP's LOGIN command needs no AUTH= capability, only the absence of LOGINDISABLED.
            let capabilities =
                result.capabilitiesAfterTLS.isEmpty ? result.capabilitiesBeforeTLS : result.capabilitiesAfterTLS
            return result.service.protocol == .imap && !capabilities.isEmpty
                && !capabilities.contains { $0.uppercased() == "LOGINDISABLED" }
        case .none, .clientCertificate: return true
        default: return offered.contains(method)
        }
    }

    static func verification(for server: ServerSettings, result: ProbeResult) -> Verification {
        guard result.reachable else {
            let first = result.findings.first
            // No DNS or no route: nothing was learnt about the server, so it stays unverified, not failed.
            let networkDown =
                (first?.code == ProbeFinding.Code.resolveFailed && !(first?.message.contains("NXDOMAIN") ?? false))
                || first?.code == ProbeFinding.Code.unreachable
            if networkDown {
                return Verification(status: .unverified, detail: "could not check: \(first?.message ?? "no network")")
            }
            return Verification(status: .failed, detail: first?.message ?? "unreachable")
        }
        switch server.security {
        case .tls where result.security != .tls, .starttls where result.security != .starttls:
            let reason = result.findings.first { $0.severity == .high }?.message ?? "TLS did not work"
            return Verification(status: .failed, detail: reason)
        default:
            break
        }
        if let certificate = result.tls?.certificate, !certificate.problems.isEmpty {
            let finding = result.findings.first { $0.code == ProbeFinding.Code.certificate }
            return Verification(status: .failed, detail: finding?.message ?? "certificate: \(certificate.verdict)")
        }
        if let blocking = result.findings.first(where: {
            $0.severity == .high && $0.code != ProbeFinding.Code.plaintextAuthBeforeTLS
                && $0.code != ProbeFinding.Code.loginDisabledAbsent && $0.code != ProbeFinding.Code.starttlsNotOffered
        }) {
            return Verification(status: .failed, detail: blocking.message)
        }
        if server.security == .plain {
            let upgrade = result.security == .starttls ? "; STARTTLS also works there" : ""
            return Verification(status: .verified, detail: "reachable without encryption\(upgrade)")
        }
        let needed = server.auth.isEmpty ? [AuthMethod.passwordCleartext] : server.auth
        guard needed.contains(where: { satisfied($0, by: result) }) else {
            let offered = result.usableAuth.isEmpty ? "none" : result.usableAuth.joined(separator: " ")
            return Verification(
                status: .failed,
                detail:
                    "no mechanism for \(needed.map(\.rawValue).joined(separator: "/")) after TLS (offered: \(offered))"
            )
        }
        let tls = [result.tls?.version, result.tls?.certificate.map { _ in "certificate ok" }].compactMap { $0 }
        return Verification(status: .verified, detail: tls.joined(separator: ", "))
    }
}
