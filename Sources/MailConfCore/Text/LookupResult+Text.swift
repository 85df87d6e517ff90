extension LookupResult {
    /// The result as a human-readable table, in `language`.
    public func text(style: TextStyle = .plain, language: Language = .en) -> String {
        func t(_ key: String, _ arguments: [String: String] = [:]) -> String { localized(key, language, arguments) }
        var lines: [String] = []
        let domainNote = address.unicodeDomain != address.domain ? " (\(address.unicodeDomain))" : ""
        var heading = style.bold(address.address) + domainNote
        if let id = config.providerID {
            heading += " — \(t("lookup.provider")) " + (config.displayName.map { "\($0) [\(id)]" } ?? id)
        }
        lines.append(heading)

        if found {
            var table = TextTable()
            table.add(
                [""]
                    + ["protocol", "host", "port", "security", "username", "auth", "source", "status"].map {
                        t("lookup.column." + $0)
                    }
            )
            for (label, servers) in [(t("lookup.incoming"), config.incoming), (t("lookup.outgoing"), config.outgoing)] {
                for (index, server) in servers.enumerated() {
                    table.add([
                        index == 0 ? label : "",
                        server.protocol.displayName,
                        server.host,
                        String(server.port),
                        server.security.localizedName(language),
                        server.username,
                        server.auth.map { $0.localizedName(language) }.joined(separator: ","),
                        server.source.localizedName(language),
                        t("lookup.verification." + server.verification.status.rawValue),
                    ])
                }
            }
            lines.append("")
            lines += table.render(indent: "  ") { row, column, cell in
                if row == 0 { return style.dim(cell) }
                if column == 4 && cell.hasPrefix(t("lookup.security.none")) { return style.red(cell) }
                guard column == 8 else { return cell }
                switch String(cell.trimmingWhitespace()) {
                case t("lookup.verification.verified"): return style.green(cell)
                case t("lookup.verification.failed"): return style.red(cell)
                default: return style.yellow(cell)
                }
            }
        }
        if found {
            let failures = config.servers.filter { $0.verification.status == .failed }
            let gaps = gaps(language)
            if !failures.isEmpty || !gaps.isEmpty { lines.append("") }
            for server in failures {
                // The detail can quote what a probed server said: escaped like all server text.
                let reason = TerminalText.escape(server.verification.detail ?? t("lookup.verification.failed"))
                lines.append(
                    "  "
                        + style.dim(
                            t("lookup.failedBecause", ["server": "\(server.host):\(server.port)", "reason": reason])
                        )
                )
            }
            lines += gaps.map { "  " + style.yellow($0) }
        }
        if !config.exchange.isEmpty {
            lines.append("")
            for service in config.exchange {
                let auth = service.auth.map { $0.localizedName(language) }.joined(separator: ",")
                lines.append("  \(t("lookup.exchange")) \(service.kind.displayName): \(service.url) (\(auth))")
            }
        }
        if !config.notes.isEmpty || config.status != .ok {
            lines.append("")
            if config.status != .ok {
                lines.append("  \(t("lookup.status")): \(config.status.localizedName(language))")
            }
            for note in config.notes { lines.append("  \(t("lookup.note")): " + note.localizedMessage(language)) }
        }
        if !found {
            lines.append("")
            lines.append("  " + style.yellow(hint(language)))
        }
        lines.append("")
        let sourceText = sources.map { attempt in
            "\(attempt.kind.localizedName(language)) \(attempt.status.localizedName(language)) (\(attempt.query), \(Self.formatMilliseconds(attempt.milliseconds)))"
        }
        lines.append(style.dim("  \(t("lookup.sources")): " + sourceText.joined(separator: "; ")))
        return lines.joined(separator: "\n") + "\n"
    }

    /// ``hint`` in `language`.
    public func hint(_ language: Language) -> String {
        if let note = config.notes.first(where: \.blocksDirectAccess) {
            return localized(
                "lookup.hint.blocked",
                language,
                ["domain": address.domain, "note": note.localizedMessage(language)]
            )
        }
        guard config.servers.isEmpty else {
            return localized("lookup.hint.failed", language, ["domain": address.domain])
        }
        if let id = config.providerID {
            // The database knows the provider but lists no servers: say so, with what it knows.
            let offline = sources.filter { $0.kind != .database }.allSatisfy { $0.status == .skipped }
            return localized(
                offline ? "lookup.hint.knownOffline" : "lookup.hint.knownOnline",
                language,
                [
                    "domain": address.domain, "provider": config.displayName.map { "\($0) [\(id)]" } ?? id,
                    "status": config.status.localizedName(language),
                ]
            )
        }
        if dnsFailed {
            let detail = sources.first { $0.kind == .mx || $0.kind == .srv }?.detail ?? "timeout"
            return localized("lookup.hint.dns", language, ["domain": address.domain, "detail": detail])
        }
        if sources.contains(where: { $0.kind == .mx && $0.outcome == .miss(.noSuchDomain) }) {
            return localized("lookup.hint.nxdomain", language, ["domain": address.domain])
        }
        if sources.contains(where: {
            guard $0.kind == .srv, case .miss(.declaredUnavailable) = $0.outcome else { return false }
            return true
        }) {
            return localized("lookup.hint.declined", language, ["domain": address.domain])
        }
        if ReservedNames.reason(for: address.domain) == .documentation {
            return localized("lookup.hint.reserved", language, ["domain": address.domain])
        }
        return localized("lookup.hint.none", language, ["domain": address.domain])
    }

    /// What is missing from a result that was found: a warning for each direction (incoming, outgoing) with no
    /// server left that passed or escaped its live check. Empty when both have one.
    public func gaps(_ language: Language) -> [String] {
        guard found else { return [] }
        var gaps: [String] = []
        for (servers, key) in [(config.incoming, "lookup.gap.incoming"), (config.outgoing, "lookup.gap.outgoing")]
        where !servers.contains(where: { $0.verification.status != .failed }) {
            gaps.append(localized(key, language, ["domain": address.domain]))
        }
        return gaps
    }

    /// `0.42 ms` below 10 ms, `123 ms` above.
    public static func formatMilliseconds(_ value: Double) -> String {
        if value < 10 {
            let hundredths = (value * 100).rounded() / 100
            return "\(hundredths) ms"
        }
        return "\(Int(value.rounded())) ms"
    }
}
