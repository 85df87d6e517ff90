extension DomainReport {
    /// The records as zone-file lines: the lines to add (missing or different records) as records, everything
    /// else as comments (present records, what a different record replaces, services to declare unavailable only
    /// if they are really not offered).
    public var zone: String {
        var lines = [
            "; mailconf domain \(domain): DNS records for mail clients (RFC 6186, RFC 8314, Autodiscover)",
            "; lines without ';' are to be added; replace what a '; now:' comment names",
        ]
        for record in records {
            let line = record.zoneLine ?? "\(record.name). \(RecordAdvice.ttl) IN \(record.type)"
            switch record.status {
            case .present:
                lines.append("; present: \(line)")
            case .missing:
                lines.append(line)
            case .different:
                lines.append(
                    "; now: \(record.name). \(record.type == "CNAME" ? "A/AAAA" : record.type) "
                        + record.published.joined(separator: ", ")
                )
                lines.append(line)
            case .notOffered:
                lines.append("; only if the service is not offered: \(line)")
            case .failing:
                lines.append(
                    "; published, but no server there passed its live probe: \(record.name). \(record.type) "
                        + record.published.joined(separator: ", ")
                )
            }
        }
        if !serveHostGiven || !records.contains(where: { $0.purpose == .autoconfigHost }) {
            lines.append("; \(serveHost): the host that runs mailconf serve behind TLS (--serve-host names it)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
