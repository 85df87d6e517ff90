/// An answer, in plain words, to a question users ask about a probed server.
public struct PlainAnswer: Sendable, Hashable {
    /// The question: `send` (can I send with my password on this port?), `dsn`, or `transit` (is my password
    /// protected in transit?).
    public var question: String
    /// The short answer.
    public var verdict: Verdict
    /// The catalogue key of the explanation.
    public var key: String
    /// The explanation's placeholders.
    public var arguments: [String: String]
    /// Placeholders whose text is itself a catalogue key, translated with the explanation (e.g. a certificate
    /// problem, or "none").
    public var localizedArguments: [String: String] = [:]

    /// A short answer.
    public enum Verdict: String, Sendable, Hashable {
        case yes, no, partly, unknown
    }

    /// The question in `language`.
    public func question(_ language: Language) -> String {
        localized("probe.question." + question, language, arguments(language))
    }

    /// The explanation in `language`.
    public func text(_ language: Language) -> String {
        localized(key, language, arguments(language))
    }

    private func arguments(_ language: Language) -> [String: String] {
        arguments.merging(localizedArguments.mapValues { localized($0, language) }) { _, translated in translated }
    }
}

extension ProbeReport {
    /// Whether `mechanism` logs in with the account password (NTLM does too, though clients list it apart).
    static func isPasswordMechanism(_ mechanism: String) -> Bool {
        guard let method = AuthMethod(mechanism: mechanism) else { return false }
        return method.usesPassword || method == .ntlm
    }

    /// Answers to "Can I send through this server on PORT with my password?" (per SMTP port probed, port 25
    /// included, so that adding a port never takes an answer away), "Does it support DSN?" and "Is my password
    /// protected in transit?", from what the probe saw.
    public var plainAnswers: [PlainAnswer] {
        var answers: [PlainAnswer] = []
        let smtp = services.filter { $0.service.protocol == .smtp }
        for result in smtp {
            answers.append(sendAnswer(result))
        }
        if !smtp.isEmpty { answers.append(dsnAnswer(smtp)) }
        if !services.isEmpty { answers.append(transitAnswer()) }
        return answers
    }

    private func sendAnswer(_ result: ProbeResult) -> PlainAnswer {
        let port = String(result.service.port)
        var arguments = ["port": port, "service": result.service.name]
        let tlsBroken = result.findings.contains {
            [
                ProbeFinding.Code.starttlsFailed, ProbeFinding.Code.tlsHandshakeFailed,
                ProbeFinding.Code.starttlsNotOffered,
            ].contains($0.code)
        }
        guard result.reachable else {
            return PlainAnswer(question: "send", verdict: .no, key: "probe.send.unreachable", arguments: arguments)
        }
        // A port that starts TLS the other way round works once the mail program is set the other way.
        if result.findings.contains(where: { $0.code == ProbeFinding.Code.implicitTLSOnPlainPort }) {
            return PlainAnswer(question: "send", verdict: .partly, key: "probe.send.implicit", arguments: arguments)
        }
        if result.findings.contains(where: { $0.code == ProbeFinding.Code.plaintextOnTLSPort }) {
            return PlainAnswer(question: "send", verdict: .no, key: "probe.send.plainport", arguments: arguments)
        }
        guard let security = result.security, security != .plain, !tlsBroken else {
            return PlainAnswer(question: "send", verdict: .no, key: "probe.send.notls", arguments: arguments)
        }
        let passwords = result.authAfterTLS.filter(Self.isPasswordMechanism)
        guard !passwords.isEmpty else {
            var answer = PlainAnswer(question: "send", verdict: .no, key: "probe.send.noauth", arguments: arguments)
            if result.authAfterTLS.isEmpty {
                answer.localizedArguments["mechanisms"] = "probe.auth.none"
            } else {
                answer.arguments["mechanisms"] = result.authAfterTLS.joined(separator: " ")
            }
            return answer
        }
        arguments["mechanisms"] = passwords.joined(separator: ", ")
        if let versions = Self.deprecatedOnly(result) {
            arguments["versions"] = versions
            return PlainAnswer(question: "send", verdict: .no, key: "probe.send.oldtls", arguments: arguments)
        }
        if let problem = result.tls?.certificate?.problems.first {
            var answer = PlainAnswer(
                question: "send",
                verdict: .partly,
                key: "probe.send.certificate",
                arguments: arguments
            )
            answer.localizedArguments["problem"] = "certificate.problem." + problem.rawValue
            return answer
        }
        return PlainAnswer(question: "send", verdict: .yes, key: "probe.send.yes", arguments: arguments)
    }

    /// The key of the sentence that agrees with the number of services named: one, or several.
    private static func agreeing(_ one: String, _ many: String, _ results: [ProbeResult]) -> String {
        results.count == 1 ? one : many
    }

    /// The deprecated versions (`TLSv1, TLSv1.1`) when they are all the service encrypts with; `nil` otherwise.
    static func deprecatedOnly(_ result: ProbeResult) -> String? {
        let negotiated = result.tls?.version.flatMap(TLSProtocolVersion.init(name:))
        let accepted = result.acceptedVersions ?? negotiated.map { [$0] } ?? []
        guard !accepted.isEmpty, accepted.allSatisfy(\.isDeprecated) else { return nil }
        return accepted.map(\.rawValue).joined(separator: ", ")
    }

    private func dsnAnswer(_ smtp: [ProbeResult]) -> PlainAnswer {
        let reachable = smtp.filter(\.reachable)
        guard !reachable.isEmpty else {
            return PlainAnswer(question: "dsn", verdict: .unknown, key: "probe.dsn.unknown", arguments: [:])
        }
        let announcing = reachable.filter { result in
            SMTPCapabilities(lines: result.capabilitiesAfterTLS + result.capabilitiesBeforeTLS).has("DSN")
        }
        guard !announcing.isEmpty else {
            return PlainAnswer(question: "dsn", verdict: .no, key: "probe.dsn.no", arguments: [:])
        }
        let ports = announcing.map { String($0.service.port) }.joined(separator: ", ")
        return PlainAnswer(
            question: "dsn",
            verdict: .yes,
            key: Self.agreeing("probe.dsn.yes.one", "probe.dsn.yes.many", announcing),
            arguments: ["port": ports]
        )
    }

    private func transitAnswer() -> PlainAnswer {
        let reachable = services.filter(\.reachable)
        guard !reachable.isEmpty else {
            return PlainAnswer(question: "transit", verdict: .unknown, key: "probe.transit.unknown", arguments: [:])
        }
        func names(_ results: [ProbeResult]) -> String {
            results.map { "\($0.service.name):\($0.service.port)" }.joined(separator: ", ")
        }
        let unencrypted = reachable.filter { $0.security == nil || $0.security == .plain }
        if !unencrypted.isEmpty {
            return PlainAnswer(
                question: "transit",
                verdict: .no,
                key: Self.agreeing("probe.transit.none.one", "probe.transit.none.many", unencrypted),
                arguments: ["services": names(unencrypted)]
            )
        }
        let early = reachable.filter { result in
            result.findings.contains { $0.code == ProbeFinding.Code.plaintextAuthBeforeTLS }
        }
        if !early.isEmpty {
            return PlainAnswer(
                question: "transit",
                verdict: .partly,
                key: Self.agreeing("probe.transit.plain.one", "probe.transit.plain.many", early),
                arguments: ["services": names(early)]
            )
        }
        let old = reachable.filter { Self.deprecatedOnly($0) != nil }
        if !old.isEmpty {
            return PlainAnswer(
                question: "transit",
                verdict: .partly,
                key: Self.agreeing("probe.transit.oldtls.one", "probe.transit.oldtls.many", old),
                arguments: ["services": names(old)]
            )
        }
        let doubtful = reachable.filter { !($0.tls?.certificate?.problems.isEmpty ?? true) }
        if !doubtful.isEmpty {
            return PlainAnswer(
                question: "transit",
                verdict: .partly,
                key: Self.agreeing("probe.transit.certificate.one", "probe.transit.certificate.many", doubtful),
                arguments: ["services": names(doubtful)]
            )
        }
        return PlainAnswer(question: "transit", verdict: .yes, key: "probe.transit.yes", arguments: [:])
    }
}
