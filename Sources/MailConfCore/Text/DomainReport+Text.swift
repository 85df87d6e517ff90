extension DomainReport {
    /// The report for people, in `language`: each client's outcome with its answer, settings and problems, the
    /// disagreements, the verified settings, the records to publish and how to serve the settings.
    public func text(style: TextStyle = .plain, language: Language = .en) -> String {
        func t(_ key: String, _ arguments: [String: String] = [:]) -> String { localized(key, language, arguments) }
        var lines: [String] = []
        lines.append(style.bold(t("domain.heading", ["domain": domain, "address": address.address])))
        if deadlineReached { lines.append("  " + style.yellow(t("domain.deadline"))) }

        for verdict in clients {
            lines.append("")
            let outcome = verdict.outcome.localizedName(language)
            let painted: String
            switch verdict.outcome {
            case .automatic: painted = verdict.isGood ? style.green(outcome) : style.yellow(outcome)
            case .guessing: painted = style.yellow(outcome)
            case .manual: painted = style.red(outcome)
            case .profile, .undocumented: painted = style.dim(outcome)
            }
            lines.append("\(style.bold(verdict.client.name)) — \(verdict.client.version): \(painted)")
            if let answer = verdict.answer {
                lines.append("  \(t("domain.answeredBy")): \(TerminalText.escape(answer.source))")
            } else if verdict.client.mode == .lookup {
                let asked = verdict.trace.filter { ![.notSimulated, .notReached, .skippedGroup].contains($0.result) }
                let fallback =
                    verdict.client.fallback.kind == .guess
                    ? (verdict.outcome == .guessing ? t("domain.fallback.guessed") : t("domain.fallback.guessFailed"))
                    : t("domain.fallback.manual")
                lines.append(
                    "  " + style.dim(t("domain.nothingAnswered", ["count": String(asked.count), "fallback": fallback]))
                )
            }
            for (label, server) in [(t("lookup.incoming"), verdict.incoming), (t("lookup.outgoing"), verdict.outgoing)]
            {
                guard let server else { continue }
                lines.append("  \(label): \(Self.describe(server, language: language, style: style))")
            }
            switch verdict.outcome {
            case .profile:
                if let note = verdict.client.note { lines.append("  " + style.dim(t(note.key))) }
                lines.append("  " + t("domain.profileHint", ["host": "autoconfig.\(domain)"]))
            case .undocumented:
                if let note = verdict.client.note { lines.append("  " + style.dim(t(note.key))) }
            default:
                break
            }
            for problem in verdict.problems {
                lines.append(
                    "  " + style.yellow("! ")
                        + TerminalText.escape(problem.message(client: verdict.client.name, language: language))
                )
            }
        }

        if !disagreements.isEmpty {
            lines.append("")
            lines.append(style.bold(t("domain.disagree.heading")))
            for disagreement in disagreements {
                lines.append("  " + style.red(disagreement.message(language)))
            }
        }

        lines.append("")
        if verified.isEmpty {
            lines.append(style.bold(t("domain.verified.none")))
        } else {
            lines.append(style.bold(t("domain.verified.heading")))
            var table = TextTable()
            for server in verified {
                table.add([
                    server.protocol.displayName, server.host, String(server.port),
                    server.security.localizedName(language), server.username,
                ])
            }
            lines += table.render(indent: "  ")
        }

        lines.append("")
        lines.append(style.bold(t("domain.publish.heading")))
        var table = TextTable()
        var notes: [[String]] = []
        for record in records {
            let line = record.zoneLine ?? "\(record.name). \(record.type) -"
            table.add([record.status.localizedName(language), line])
            var extra: [String] = []
            switch record.status {
            case .different, .failing:
                extra.append(t("domain.publish.now", ["published": record.published.joined(separator: ", ")]))
            case .notOffered:
                extra.append(t("domain.publish.onlyIfNotOffered"))
            case .present, .missing:
                break
            }
            if record.status == .failing { extra.append(t("domain.publish.failing")) }
            notes.append(extra)
        }
        for (index, row) in table.render(indent: "  ").enumerated() {
            let status = records[index].status
            let painted =
                status == .present ? style.green(row) : (status == .notOffered ? style.dim(row) : style.yellow(row))
            lines.append(painted)
            for note in notes[index] { lines.append("      " + style.dim(note)) }
        }
        if !serveHostGiven {
            lines.append("  " + style.dim(t("domain.publish.serveHostSuggested", ["host": serveHost])))
        }

        if let serve {
            lines.append("")
            lines.append(style.bold(t("domain.serve.heading")))
            lines.append("  1. " + t("domain.serve.providerFile", ["path": serve.providerPath]))
            lines += serve.providerFile.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map {
                "       " + $0
            }
            lines.append("  2. " + t("domain.serve.command"))
            lines.append("       " + serve.command)
            lines.append("  3. " + t("domain.serve.proxy", ["names": serve.hostNames.joined(separator: ", ")]))
            lines += serve.nginx.split(separator: "\n", omittingEmptySubsequences: false).map { "       " + $0 }
            lines.append("  " + t("domain.serve.https", ["names": serve.hostNames.joined(separator: ", ")]))
        }

        lines.append("")
        let good = counted.filter(\.isGood).count
        lines.append(t("domain.summary", ["good": String(good), "counted": String(counted.count)]))
        return lines.joined(separator: "\n") + "\n"
    }

    /// One server: protocol, host, port, security, user name and live verdict.
    static func describe(_ server: ServerSettings, language: Language, style: TextStyle) -> String {
        let status = localized("lookup.verification." + server.verification.status.rawValue, language)
        let painted: String
        switch server.verification.status {
        case .verified: painted = style.green(status)
        case .failed: painted = style.red(status)
        case .unverified: painted = style.yellow(status)
        }
        let user = server.username.isEmpty ? "-" : server.username
        return localized(
            "domain.server",
            language,
            [
                "protocol": server.protocol.displayName, "host": server.host, "port": String(server.port),
                "security": server.security.localizedName(language), "username": TerminalText.escape(user),
            ]
        ) + " — " + painted
    }
}

extension SourceDisagreement {
    /// "IMAP: SRV says SSL/TLS 993 on mail.example.com, autoconfig says STARTTLS 143 on imap.example.com".
    public func message(_ language: Language) -> String {
        func said(_ claim: Claim) -> String {
            localized(
                "domain.disagree.server",
                language,
                [
                    "security": claim.server.security.localizedName(language), "port": String(claim.server.port),
                    "host": claim.server.host,
                ]
            )
        }
        return localized(
            "domain.disagree.line",
            language,
            [
                "protocol": `protocol`.displayName,
                "first": first.source.localizedName(language), "firstServer": said(first),
                "second": second.source.localizedName(language), "secondServer": said(second),
            ]
        )
    }
}

extension PublicationKind {
    /// The publication's name for people.
    public func localizedName(_ language: Language) -> String {
        switch self {
        case .srv: localized("domain.publication.srv", language)
        case .autoconfig: localized("domain.publication.autoconfig", language)
        case .autodiscover: localized("domain.publication.autodiscover", language)
        }
    }
}

extension ClientVerdict.Outcome {
    /// The outcome in words.
    public func localizedName(_ language: Language) -> String {
        switch self {
        case .automatic: localized("domain.outcome.configured-automatically", language)
        case .guessing: localized("domain.outcome.falls-back-to-guessing", language)
        case .manual: localized("domain.outcome.manual-entry", language)
        case .profile: localized("domain.outcome.manual-entry-or-profile", language)
        case .undocumented: localized("domain.outcome.undocumented", language)
        }
    }
}

extension RecordAdvice.Status {
    /// The status in words.
    public func localizedName(_ language: Language) -> String {
        switch self {
        case .present: localized("domain.record.present", language)
        case .missing: localized("domain.record.missing", language)
        case .different: localized("domain.record.different", language)
        case .notOffered: localized("domain.record.not-offered", language)
        case .failing: localized("domain.record.failing", language)
        }
    }
}
