extension LookupResult {
    /// The result as a human-readable table.
    public func text(style: TextStyle = .plain) -> String {
        var lines: [String] = []
        let domainNote = address.unicodeDomain != address.domain ? " (\(address.unicodeDomain))" : ""
        var heading = style.bold(address.address) + domainNote
        if let id = config.providerID {
            heading += " — provider " + (config.displayName.map { "\($0) [\(id)]" } ?? id)
        }
        lines.append(heading)

        if found {
            var table = TextTable()
            table.add(["", "PROTOCOL", "HOST", "PORT", "SECURITY", "USERNAME", "AUTH", "SOURCE", "STATUS"])
            for (label, servers) in [("incoming", config.incoming), ("outgoing", config.outgoing)] {
                for (index, server) in servers.enumerated() {
                    table.add([
                        index == 0 ? label : "",
                        server.protocol.displayName,
                        server.host,
                        String(server.port),
                        server.security.displayName,
                        server.username,
                        server.auth.map(\.rawValue).joined(separator: ","),
                        server.source.rawValue,
                        server.verification.status.rawValue,
                    ])
                }
            }
            lines.append("")
            lines += table.render(indent: "  ") { row, column, cell in
                if row == 0 { return style.dim(cell) }
                if column == 4 && cell.hasPrefix(TransportSecurity.plain.displayName) { return style.red(cell) }
                guard column == 8 else { return cell }
                switch cell.trimmingWhitespace() {
                case Verification.Status.verified.rawValue: return style.green(cell)
                case Verification.Status.failed.rawValue: return style.red(cell)
                default: return style.yellow(cell)
                }
            }
        }
        if !config.notes.isEmpty || config.status != .ok {
            lines.append("")
            if config.status != .ok { lines.append("  status: \(config.status.rawValue)") }
            for note in config.notes { lines.append("  note: " + note.message) }
        }
        if !found {
            lines.append("")
            lines.append("  " + style.yellow(hint))
        }
        lines.append("")
        let sourceText = sources.map { attempt in
            "\(attempt.kind.rawValue) \(attempt.status.rawValue) (\(attempt.query), \(Self.formatMilliseconds(attempt.milliseconds)))"
        }
        lines.append(style.dim("  sources: " + sourceText.joined(separator: "; ")))
        return lines.joined(separator: "\n") + "\n"
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
