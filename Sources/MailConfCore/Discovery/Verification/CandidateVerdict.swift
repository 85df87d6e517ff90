/// Judges a probe result against the server setting it should confirm.
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

    /// The verdict on `server` from `result`, a probe of its endpoint.
    static func verification(for server: ServerSettings, result: ProbeResult) -> Verification {
        guard result.finished else {
            return Verification(status: .unverified, detail: "the deadline came before the probe finished")
        }
        guard result.reachable else {
            let first = result.findings.first
            // No DNS, no route, or an address the policy refuses: nothing was learnt about the server.
            if let failure = result.connectFailure, failure.saysNothingAboutTheServer {
                return Verification(
                    status: .unverified,
                    detail: "could not check: \(first?.message ?? failure.message)"
                )
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
        var facts = [result.tls?.version, result.tls?.certificate.map { _ in "certificate ok" }].compactMap { $0 }
        if case .srv(let record) = server.origin, !record.insideDomain {
            facts.append("SRV target outside the domain accepted: its certificate is valid for it")
        }
        return Verification(status: .verified, detail: facts.joined(separator: ", "))
    }
}

extension CandidateVerdict {
    /// The verdict on an Exchange web service from its HTTPS check: the same judge `providers verify` uses.
    static func verification(for service: ExchangeServer, result: HTTPSProbe.Result) -> Verification {
        let subject = VerifiedClaim.Subject.exchange(index: 0, service)
        switch ClaimJudge.judge(service, result: result).0 {
        case .confirmed:
            var status = "HTTPS answers"
            if case .http(let code) = result.outcome { status += " \(code)" }
            return Verification(status: .verified, detail: status + ", certificate ok")
        case .drifted(let drifts):
            return Verification(
                status: .failed,
                detail: drifts.map { $0.message(for: subject) }.joined(separator: "; ")
            )
        case .unreachable(let reason):
            return Verification(status: .unverified, detail: "could not check: \(reason.message)")
        case .unchecked(let reason):
            return Verification(status: .unverified, detail: reason)
        }
    }
}

extension TransportError {
    /// Whether this failure to connect tells nothing about the server: DNS could not be asked (a server failure or
    /// timeout, not "no such name"), there is no route, nothing answered the connection attempt (a firewall on
    /// either side drops it). A refused connection, by contrast, is the server's own answer (nothing listens there),
    /// and an address the policy refuses (private or reserved, in `serve`'s resolve mode) is never served.
    var saysNothingAboutTheServer: Bool {
        switch kind {
        case .resolveFailed: dnsStatus != .nxdomain && dnsStatus != .nodata
        case .unreachable, .connectTimeout: true
        default: false
        }
    }
}
