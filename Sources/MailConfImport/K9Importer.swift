public import Foundation
public import MailConfCore

/// Reads K-9 Mail's former `providers.xml`: `<provider domain>` with `<incoming uri>` and `<outgoing uri>` in the
/// `imap+ssl+://host:port` style and `$email` / `$user` / `$domain` user names.
public struct K9Importer: Sendable {
    /// The data set's version date, recorded with every fact.
    public var date: FactDate?

    /// Creates an importer.
    public init(date: FactDate? = nil) {
        self.date = date
    }

    /// Reads the XML file.
    public func read(file: URL) throws -> ImportBatch {
        let data = try Data(contentsOf: file)
        let root = try XMLTreeReader().read(data)
        var entries: [ImportEntry] = []
        var skipped: [ImportSkip] = []
        var allDomains: Set<String> = []
        var seen: Set<String> = []
        for provider in root.children(named: "provider") {
            guard let domain = provider.attributes["domain"]?.lowercased(), !domain.isEmpty else { continue }
            allDomains.insert(domain)
            guard seen.insert(domain).inserted else {
                skipped.append(ImportSkip(source: .k9, key: domain, reason: "listed twice; first kept"))
                continue
            }
            var servers: [ServerSettings] = []
            for node in provider.children(named: "incoming") + provider.children(named: "outgoing") {
                guard let uri = node.attributes["uri"],
                    let server = Self.server(uri: uri, username: node.attributes["username"])
                else {
                    skipped.append(ImportSkip(source: .k9, key: domain, reason: "unreadable server URI"))
                    continue
                }
                servers.append(server)
            }
            let source = FactSource(
                dataSet: ImportSource.k9.tag,
                date: date,
                reference: provider.attributes["id"] ?? domain
            )
            for index in servers.indices { servers[index].provenance = Provenance(sources: [source]) }
            let record = ProviderRecord(id: domain, sources: [source], domains: [domain], servers: servers)
            entries.append(ImportEntry(source: .k9, key: domain, record: record))
        }
        return ImportBatch(entries: entries, skipped: skipped, allDomains: allDomains)
    }

    /// `imap+ssl+://imap.example.com:993` → IMAP, implicit TLS, port 993. `+tls+` means STARTTLS.
    static func server(uri: String, username: String?) -> ServerSettings? {
        guard let schemeEnd = uri.range(of: "://") else { return nil }
        let scheme = uri[..<schemeEnd.lowerBound].lowercased()
        let parts = scheme.split(separator: "+")
        guard let first = parts.first else { return nil }
        let proto: MailProtocol
        switch first {
        case "imap": proto = .imap
        case "pop3", "pop": proto = .pop3
        case "smtp": proto = .smtp
        default: return nil
        }
        let security: TransportSecurity =
            parts.contains("ssl") ? .tls : (parts.contains("tls") ? .starttls : .plain)
        let authority = uri[schemeEnd.upperBound...].split(separator: "/").first.map(String.init) ?? ""
        let hostPort = authority.split(separator: ":", maxSplits: 1)
        guard let host = hostPort.first, !host.isEmpty else { return nil }
        let port = hostPort.count == 2 ? Int(hostPort[1]) : DefaultPorts.port(for: proto, security: security)
        guard let port else { return nil }
        let template = (username ?? "$email")
            .replacingOccurrences(of: "$email", with: Placeholder.emailAddress)
            .replacingOccurrences(of: "$user", with: Placeholder.emailLocalPart)
            .replacingOccurrences(of: "$domain", with: Placeholder.emailDomain)
        return ServerSettings(
            protocol: proto,
            host: Placeholder.lowercasedHost(String(host)),
            port: port,
            security: security,
            auth: [.passwordCleartext],
            username: template.isEmpty ? Placeholder.emailAddress : template
        )
    }
}
