extension DomainProblem {
    /// The problem in words, in `language`; `client` is the client's name.
    public func message(client: String, language: Language) -> String {
        func t(_ key: String, _ arguments: [String: String] = [:]) -> String {
            localized(key, language, arguments.merging(["client": client]) { a, _ in a })
        }
        switch self {
        case .invalidCertificate(let url, let host, let problems):
            let reasons = problems.map { $0.localizedName(language) }.joined(separator: ", ")
            return t("domain.problem.invalidCertificate", ["url": url, "host": host, "problems": reasons])
        case .tlsFailed(let url):
            return t("domain.problem.tlsFailed", ["url": url])
        case .contentTypeRefused(let url, let type):
            return t(
                "domain.problem.contentTypeRefused",
                ["url": url, "type": type ?? t("domain.problem.noContentType")]
            )
        case .documentRejected(let url, let rejection):
            return t("domain.problem.documentRejected", ["url": url, "reason": rejection.message(language)])
        case .documentMisread(let url, let note):
            return note.message(url: url, client: client, language: language)
        case .notXML(let url):
            return t("domain.problem.notXML", ["url": url])
        case .plainHTTP(let url):
            return t("domain.problem.plainHTTP", ["url": url])
        case .redirectRefused(let from, let to, let reason):
            let why: String
            switch reason {
            case .downgrade: why = t("domain.redirect.downgrade")
            case .relative: why = t("domain.redirect.relative")
            case .tooMany: why = t("domain.redirect.too-many")
            case .invalid: why = t("domain.redirect.invalid")
            }
            return t("domain.problem.redirectRefused", ["from": from, "to": to, "reason": why])
        case .redirectNeedsApproval(let from, let to):
            return t("domain.problem.redirectNeedsApproval", ["from": from, "to": to])
        case .httpStatus(let url, let status):
            return t("domain.problem.httpStatus", ["url": url, "status": String(status)])
        case .timeout(let url):
            return t("domain.problem.timeout", ["url": url])
        case .stoppedBy(let url):
            return t("domain.problem.stoppedBy", ["url": url])
        case .credentialsRequested(let url):
            return t("domain.problem.credentialsRequested", ["url": url])
        case .probeFailed(let server, let detail):
            return t("domain.problem.probeFailed", ["server": server, "detail": TerminalText.escape(detail)])
        case .approvalRequired(let url):
            return t("domain.problem.approvalRequired", ["url": url])
        case .oauth2Unavailable(let host):
            return t("domain.problem.oauth2Unavailable", ["host": host])
        case .centralDatabase(let url):
            return t("domain.problem.centralDatabase", ["url": url])
        }
    }

    /// A stable machine name for JSON.
    public var code: String {
        switch self {
        case .invalidCertificate: "invalid-certificate"
        case .tlsFailed: "tls-failed"
        case .contentTypeRefused: "content-type-refused"
        case .documentRejected: "document-rejected"
        case .documentMisread: "document-misread"
        case .notXML: "not-xml"
        case .plainHTTP: "plain-http"
        case .redirectRefused: "redirect-refused"
        case .redirectNeedsApproval: "redirect-needs-approval"
        case .httpStatus: "http-status"
        case .timeout: "timeout"
        case .stoppedBy: "stopped-by-answer"
        case .credentialsRequested: "credentials-requested"
        case .probeFailed: "probe-failed"
        case .approvalRequired: "approval-required"
        case .oauth2Unavailable: "oauth2-unavailable"
        case .centralDatabase: "central-database"
        }
    }
}

extension CertificateReport.Problem {
    /// The problem in words (the catalogue's `certificate.problem.*`).
    public func localizedName(_ language: Language) -> String {
        switch self {
        case .expired: localized("certificate.problem.expired", language)
        case .notYetValid: localized("certificate.problem.not-yet-valid", language)
        case .hostnameMismatch: localized("certificate.problem.hostname-mismatch", language)
        case .selfSigned: localized("certificate.problem.self-signed", language)
        case .untrustedRoot: localized("certificate.problem.untrusted-root", language)
        case .incompleteChain: localized("certificate.problem.incomplete-chain", language)
        case .invalid: localized("certificate.problem.invalid", language)
        }
    }
}

extension Rejection {
    /// Why the document is refused, in `language`.
    public func message(_ language: Language) -> String {
        func t(_ key: String, _ arguments: [String: String] = [:]) -> String { localized(key, language, arguments) }
        switch self {
        case .contentType(let type): return t("domain.rejection.contentType", ["type": type ?? "-"])
        case .notClientConfig(let found): return t("domain.rejection.notClientConfig", ["found": found])
        case .noEmailProvider: return t("domain.rejection.noEmailProvider")
        case .providerID(let id): return t("domain.rejection.providerID", ["id": id ?? "-"])
        case .noDomain: return t("domain.rejection.noDomain")
        case .noIncoming(let problem):
            guard let problem else { return t("domain.rejection.noIncoming") }
            return t("domain.rejection.noIncomingBecause", ["reason": problem.message(language)])
        case .noOutgoing(let problem):
            guard let problem else { return t("domain.rejection.noOutgoing") }
            return t("domain.rejection.noOutgoingBecause", ["reason": problem.message(language)])
        case .server(let proto, let problem):
            return t("domain.rejection.server", ["protocol": proto.displayName, "reason": problem.message(language)])
        case .autodiscoverError(let code): return t("domain.rejection.autodiscoverError", ["code": String(code)])
        case .autodiscoverRedirect(let target): return t("domain.rejection.autodiscoverRedirect", ["target": target])
        case .noMailProtocols: return t("domain.rejection.noMailProtocols")
        case .oauth2Only(let host): return t("domain.rejection.oauth2Only", ["host": host])
        }
    }
}

extension ServerProblem {
    /// Why a server is refused, in `language`.
    public func message(_ language: Language) -> String {
        switch self {
        case .missing(let element): localized("domain.serverProblem.missing", language, ["element": element])
        case .socketType(let value): localized("domain.serverProblem.socketType", language, ["value": value])
        case .noAuthentication(let values):
            localized(
                "domain.serverProblem.noAuthentication",
                language,
                ["values": values.isEmpty ? "-" : values.joined(separator: ", ")]
            )
        case .invalidHost(let value): localized("domain.serverProblem.invalidHost", language, ["value": value])
        case .invalidPort(let value): localized("domain.serverProblem.invalidPort", language, ["value": value])
        case .unusedType(let value): localized("domain.serverProblem.unusedType", language, ["value": value])
        }
    }
}

extension ReaderNote {
    /// What the client misreads, in `language`.
    func message(url: String, client: String, language: Language) -> String {
        func t(_ key: String, _ arguments: [String: String]) -> String {
            localized(key, language, arguments.merging(["url": url, "client": client]) { a, _ in a })
        }
        switch self {
        case .literalUsername(let proto, let value):
            switch value {
            case "undefined": return t("domain.misread.undefined", ["protocol": proto.displayName])
            case "true": return t("domain.misread.emptyUsername", ["protocol": proto.displayName])
            default: return t("domain.misread.placeholder", ["protocol": proto.displayName, "value": value])
            }
        case .serverSkipped(let proto, let problem):
            return t(
                "domain.misread.serverSkipped",
                ["protocol": proto?.displayName ?? "-", "reason": problem.message(language)]
            )
        case .automaticSecurity(let proto, let value):
            return t("domain.misread.automaticSecurity", ["protocol": proto.displayName, "value": value])
        case .noUsername(let proto):
            return t("domain.misread.noUsername", ["protocol": proto.displayName])
        case .oauth2Dropped(let host):
            return t("domain.misread.oauth2Dropped", ["host": host])
        }
    }
}
