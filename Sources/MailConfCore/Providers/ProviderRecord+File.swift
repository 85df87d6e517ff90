extension ProviderRecord {
    /// The record in the provider file format, canonical: fixed key order, one value per line.
    ///
    /// ``ProviderFileParser`` reads it back to an equal record.
    public var fileText: String {
        var lines = ["# MailConf provider file; the format is described in Providers/README.md.", "id = \(id)"]
        if let name { lines.append("name = \(name)") }
        if status != .ok { lines.append("status = \(status.rawValue)") }
        lines += notes.map { "note = \($0.rawValue)" }
        lines += sources.map { "source = \($0)" }
        lines += domains.map { "domain = \($0)" }
        lines += mxSuffixes.map { "mx = \($0)" }
        if let mxUsername { lines.append("mx-username = \(mxUsername)") }
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
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
