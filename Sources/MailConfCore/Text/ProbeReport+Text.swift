extension ProbeReport {
    /// The report as text: one block per service with a verdict line, TLS summary, capabilities, findings and
    /// timings.
    public func text(style: TextStyle = .plain) -> String {
        var lines: [String] = [style.bold("probe of \(host)"), ""]
        for result in services {
            lines += result.textBlock(style: style)
            lines.append("")
        }
        let high = services.reduce(0) { $0 + $1.findings.filter { $0.severity == .high }.count }
        let reachable = services.filter(\.reachable).count
        lines.append("\(reachable) of \(services.count) services reachable, \(high) high-severity findings")
        return lines.joined(separator: "\n") + "\n"
    }
}

extension ProbeResult {
    /// The verdict word for the service.
    public var verdictText: String {
        if !reachable {
            if findings.contains(where: { $0.code == ProbeFinding.Code.portClosed }) { return "closed" }
            return "unreachable"
        }
        if isHealthy { return worstSeverity == .medium ? "works, with warnings" : "healthy" }
        return "problems"
    }

    func textBlock(style: TextStyle) -> [String] {
        let security = self.security.map(\.displayName) ?? "—"
        let verdict = verdictText
        let coloured: String
        switch verdict {
        case "healthy": coloured = style.green(verdict)
        case "works, with warnings", "closed": coloured = style.yellow(verdict)
        default: coloured = style.red(verdict)
        }
        var lines = [
            style.bold("\(service.name) \(host):\(service.port)") + "  \(service.protocol.displayName)  \(security)  "
                + coloured
        ]
        func row(_ label: String, _ value: String) {
            let padded = label + String(repeating: " ", count: max(1, 11 - label.count))
            lines.append("  " + style.dim(padded) + value)
        }
        if let address { row("address", address) }
        if let greeting { row("greeting", greeting) }
        if let tls {
            var summary = [tls.version, tls.cipher].compactMap { $0 }.joined(separator: " ")
            if let certificate = tls.certificate {
                let until = CertificateSummary.iso(certificate.leaf.notAfter)
                summary +=
                    "; certificate \(certificate.leaf.subject), until \(until): "
                    + (certificate.problems.isEmpty ? style.green("ok") : style.red(certificate.verdict))
            }
            row("tls", summary)
        }
        if !capabilitiesBeforeTLS.isEmpty { row("before TLS", capabilitiesBeforeTLS.joined(separator: " ")) }
        if !capabilitiesAfterTLS.isEmpty { row("after TLS", capabilitiesAfterTLS.joined(separator: " ")) }
        if reachable {
            let before = authBeforeTLS.isEmpty ? "none" : authBeforeTLS.joined(separator: " ")
            let after = authAfterTLS.isEmpty ? "none" : authAfterTLS.joined(separator: " ")
            row("auth", security == "—" ? before : "before TLS: \(before); after TLS: \(after)")
        }
        for finding in findings {
            let label: String
            switch finding.severity {
            case .high: label = style.red("high")
            case .medium: label = style.yellow("medium")
            case .info: label = "info"
            }
            row("finding", "[\(label)] \(finding.message)")
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
