extension ProbeReport {
    /// The report as text: one block per service with a verdict line, TLS summary, capabilities, findings and
    /// timings, then the answers to what users ask in plain words.
    public func text(style: TextStyle = .plain, language: Language = .en) -> String {
        var lines: [String] = [style.bold(localized("probe.heading", language, ["host": host])), ""]
        for result in services {
            lines += result.textBlock(style: style, language: language)
            lines.append("")
        }
        let high = services.reduce(0) { $0 + $1.findings.filter { $0.severity == .high }.count }
        let reachable = services.filter(\.reachable).count
        lines.append(
            localized(
                high == 1 ? "probe.summary.one" : "probe.summary",
                language,
                ["reachable": String(reachable), "total": String(services.count), "high": String(high)]
            )
        )
        let answers = plainAnswers
        if !answers.isEmpty {
            lines.append("")
            lines.append(style.bold(localized("probe.answers", language)))
            for answer in answers {
                lines.append("  " + answer.question(language))
                let verdict = localized("probe.answer." + answer.verdict.rawValue, language)
                let coloured =
                    switch answer.verdict {
                    case .yes: style.green(verdict)
                    case .no: style.red(verdict)
                    case .partly, .unknown: style.yellow(verdict)
                    }
                // The answers quote what servers offered (mechanism names): escaped like every server text.
                let explanation = TerminalText.escape(answer.text(language))
                let text = answer.verdict == .unknown ? explanation : coloured + " " + explanation
                lines += TextWrap.lines(text, width: 100).map { "    " + $0 }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension ProbeResult {
    /// The verdict word for the service.
    public var verdictText: String { localizedVerdict(.en) }

    /// The verdict word in `language`.
    public func localizedVerdict(_ language: Language) -> String {
        localized("probe.verdict." + verdictKey, language)
    }

    private var verdictKey: String {
        if !reachable {
            if findings.contains(where: { $0.code == ProbeFinding.Code.portClosed }) { return "closed" }
            return "unreachable"
        }
        if isHealthy { return worstSeverity == .medium ? "warnings" : "healthy" }
        return "problems"
    }

    func textBlock(style: TextStyle, language: Language) -> [String] {
        func t(_ key: String, _ arguments: [String: String] = [:]) -> String { localized(key, language, arguments) }
        let security = self.security?.localizedName(language) ?? "—"
        let verdict = localizedVerdict(language)
        let coloured: String
        switch verdictKey {
        case "healthy": coloured = style.green(verdict)
        case "warnings", "closed": coloured = style.yellow(verdict)
        default: coloured = style.red(verdict)
        }
        var lines = [
            style.bold("\(service.name) \(host):\(service.port)") + "  \(service.protocol.displayName)  \(security)  "
                + coloured
        ]
        let labels = ["address", "greeting", "tls", "versions", "beforeTLS", "afterTLS", "auth", "finding", "timings"]
            .map {
                t("probe.row." + $0)
            }
        let width = max(11, (labels.map(\.count).max() ?? 0) + 1)
        func row(_ key: String, _ value: String) {
            let label = t("probe.row." + key)
            let padded = label + String(repeating: " ", count: max(1, width - label.count))
            lines.append("  " + style.dim(padded) + value)
        }
        if let address { row("address", address) }
        // Everything the server sent is escaped here, where it leaves for the terminal (TerminalText).
        let escape = TerminalText.escape
        if let greeting { row("greeting", escape(greeting)) }
        if let tls {
            var summary = [tls.version, tls.cipher].compactMap { $0 }.joined(separator: " ")
            if let certificate = tls.certificate {
                let until = CertificateSummary.iso(certificate.leaf.notAfter)
                summary +=
                    "; " + t("probe.certificate", ["subject": escape(certificate.leaf.subject), "until": until]) + ": "
                    + (certificate.problems.isEmpty ? style.green("ok") : style.red(certificate.verdict))
            }
            row("tls", summary)
        }
        if let accepted = acceptedVersions {
            let refused = versionChecks.filter { $0.outcome == .refused }.map(\.version.rawValue)
            let unknown = versionChecks.filter { $0.outcome == .undetermined }.map(\.version.rawValue)
            var parts = [
                t(
                    "probe.versions.accepted",
                    [
                        "versions": accepted.isEmpty
                            ? t("probe.auth.none") : accepted.map(\.rawValue).joined(separator: " ")
                    ]
                )
            ]
            if !refused.isEmpty {
                parts.append(t("probe.versions.refused", ["versions": refused.joined(separator: " ")]))
            }
            if !unknown.isEmpty {
                parts.append(t("probe.versions.unknown", ["versions": unknown.joined(separator: " ")]))
            }
            row("versions", parts.joined(separator: "; "))
        }
        if !capabilitiesBeforeTLS.isEmpty { row("beforeTLS", escape(capabilitiesBeforeTLS.joined(separator: " "))) }
        if !capabilitiesAfterTLS.isEmpty { row("afterTLS", escape(capabilitiesAfterTLS.joined(separator: " "))) }
        if reachable {
            let before = authBeforeTLS.isEmpty ? t("probe.auth.none") : escape(authBeforeTLS.joined(separator: " "))
            let after = authAfterTLS.isEmpty ? t("probe.auth.none") : escape(authAfterTLS.joined(separator: " "))
            row("auth", security == "—" ? before : t("probe.auth.split", ["before": before, "after": after]))
        }
        for finding in findings {
            let label: String
            switch finding.severity {
            case .high: label = style.red(t("probe.severity.high"))
            case .medium: label = style.yellow(t("probe.severity.medium"))
            case .info: label = t("probe.severity.info")
            }
            row("finding", "[\(label)] \(escape(finding.localizedMessage(language)))")
        }
        var timing: [String] = []
        if let value = timings.connectMs { timing.append("connect \(LookupResult.formatMilliseconds(value))") }
        if let value = timings.greetingMs { timing.append("greeting \(LookupResult.formatMilliseconds(value))") }
        if let value = timings.tlsMs { timing.append("TLS \(LookupResult.formatMilliseconds(value))") }
        timing.append("total \(LookupResult.formatMilliseconds(timings.totalMs))")
        row("timings", timing.joined(separator: " · "))
        return lines
    }
}
