extension ProviderRecord {
    /// The record in the provider file format, canonical: fixed key order, one value per line.
    ///
    /// ``ProviderFileParser`` reads it back to an equal record.
    public var fileText: String {
        var lines = ["# MailConf provider file; the format is described in Providers/README.md.", "id = \(id)"]
        if let name { lines.append("name = \(name)") }
        if status != .ok { lines.append("status = \(status.rawValue)") }
        let notesHaveProvenance = notes.contains { noteProvenance[$0] != nil }
        if !notesHaveProvenance { lines += notes.map { "note = \($0.rawValue)" } }
        lines += Self.provenanceLines(Provenance(sources: sources, checks: checks))
        lines += domains.map { "domain = \($0)" }
        lines += domainLabels.map { "domain-label = \($0)" }
        lines += mxSuffixes.map { "mx = \($0)" }
        if let mxUsername { lines.append("mx-username = \(mxUsername)") }
        if notesHaveProvenance {
            for note in notes {
                lines += ["", "[note]", "code = \(note.rawValue)"]
                lines += Self.provenanceLines(noteProvenance[note])
            }
        }
        for server in servers {
            lines += [
                "",
                "[\(server.protocol.rawValue)]",
                "host = \(server.host)",
                "port = \(server.port)",
                "security = \(server.security.rawValue)",
                "auth = \(server.auth.map(\.rawValue).joined(separator: " "))",
                "username = \(server.username)",
            ]
            lines += Self.provenanceLines(server.provenance)
        }
        for service in exchange {
            lines += [
                "",
                "[\(service.kind.rawValue)]",
                "url = \(service.url)",
                "auth = \(service.auth.map(\.rawValue).joined(separator: " "))",
                "username = \(service.username)",
            ]
            lines += Self.provenanceLines(service.provenance)
        }
        if let oauth2 {
            lines += [
                "",
                "[oauth2]",
                "issuer = \(oauth2.issuer)",
                "scope = \(oauth2.scope)",
                "auth-url = \(oauth2.authURL)",
                "token-url = \(oauth2.tokenURL)",
            ]
            lines += Self.provenanceLines(oauth2.provenance)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `source = …` then `checked = …` lines.
    static func provenanceLines(_ provenance: Provenance?) -> [String] {
        guard let provenance else { return [] }
        return provenance.sources.map { "source = \($0)" } + provenance.checks.map { "checked = \($0)" }
    }
}
