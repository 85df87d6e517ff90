public import Foundation
public import MailConfCore
import Yams

/// Reads Delta Chat's provider database: Markdown files whose YAML front matter lists `domains`, `server` entries,
/// a `status` (OK, PREPARATION, BROKEN) and `last_checked`. Only the structure is read: the hints are prose in many
/// languages and never decide a note (a maintainer curates what they say, with a citation). A BROKEN entry without
/// servers gives the note `no-imap-access`; `last_checked` becomes a `checked … source deltachat` date on every
/// fact of the entry.
public struct DeltaChatImporter: Sendable {
    /// The data set's version date, recorded with every fact.
    public var date: FactDate?

    /// Creates an importer.
    public init(date: FactDate? = nil) {
        self.date = date
    }

    /// Reads every `*.md` file in `directory`.
    public func read(directory: URL) throws -> ImportBatch {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".md") }
            .sorted()
        var entries: [ImportEntry] = []
        var skipped: [ImportSkip] = []
        var allDomains: Set<String> = []
        for name in names {
            let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            guard let frontMatter = Self.frontMatter(of: text) else {
                skipped.append(ImportSkip(source: .deltachat, key: name, reason: "no YAML front matter"))
                continue
            }
            let yaml: [String: Any]
            do {
                guard let loaded = try Yams.load(yaml: frontMatter) as? [String: Any] else {
                    skipped.append(ImportSkip(source: .deltachat, key: name, reason: "front matter is not a mapping"))
                    continue
                }
                yaml = loaded
            } catch {
                skipped.append(ImportSkip(source: .deltachat, key: name, reason: "invalid YAML: \(error)"))
                continue
            }
            let domains = unique(((yaml["domains"] as? [Any]) ?? []).map { "\($0)".lowercased() })
            allDomains.formUnion(domains)
            var servers: [ServerSettings] = []
            for item in (yaml["server"] as? [[String: Any]]) ?? [] {
                guard let server = Self.server(item) else {
                    skipped.append(ImportSkip(source: .deltachat, key: name, reason: "unreadable server \(item)"))
                    continue
                }
                servers.append(server)
            }
            let status: ProviderStatus
            switch (yaml["status"] as? String)?.uppercased() {
            case "PREPARATION": status = .preparation
            case "BROKEN": status = .broken
            default: status = .ok
            }
            let source = FactSource(dataSet: ImportSource.deltachat.tag, date: date, reference: name)
            var checks: [FactCheck] = []
            if let checked = Self.date(yaml["last_checked"]) {
                checks.append(FactCheck(date: checked, method: .source, note: ImportSource.deltachat.tag))
            } else if yaml["last_checked"] != nil {
                skipped.append(ImportSkip(source: .deltachat, key: name, reason: "unreadable last_checked"))
            }
            let provenance = Provenance(sources: [source], checks: checks)
            for index in servers.indices { servers[index].provenance = provenance }
            let notes: [ProviderNote] = status == .broken && servers.isEmpty ? [.noIMAPAccess] : []
            let id = String(name.dropLast(".md".count)).lowercased()
            let record = ProviderRecord(
                id: id,
                status: status,
                sources: [source],
                checks: checks,
                domains: domains,
                notes: notes,
                noteProvenance: Dictionary(uniqueKeysWithValues: notes.map { ($0, provenance) }),
                servers: servers
            )
            entries.append(ImportEntry(source: .deltachat, key: name, record: record, statesStatus: true))
        }
        return ImportBatch(entries: entries, skipped: skipped, allDomains: allDomains)
    }

    /// The text between the first two `---` lines.
    static func frontMatter(of text: String) -> String? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---" else { return nil }
        guard let end = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" })
        else { return nil }
        return lines[1..<end].joined(separator: "\n")
    }

    private static func server(_ item: [String: Any]) -> ServerSettings? {
        guard let type = (item["type"] as? String)?.lowercased(), let proto = MailProtocol(rawValue: type),
            let host = item["hostname"] as? String
        else { return nil }
        let security: TransportSecurity
        switch (item["socket"] as? String)?.uppercased() {
        case "SSL": security = .tls
        case "STARTTLS": security = .starttls
        case "PLAIN": security = .plain
        default: return nil
        }
        let port = (item["port"] as? Int) ?? DefaultPorts.port(for: proto, security: security)
        let username: String
        switch (item["username_pattern"] as? String)?.uppercased() {
        case "EMAILLOCALPART": username = Placeholder.emailLocalPart
        default: username = Placeholder.emailAddress
        }
        return ServerSettings(
            protocol: proto,
            host: Placeholder.lowercasedHost(String(host)),
            port: port,
            security: security,
            auth: [.passwordCleartext],
            username: username
        )
    }

    /// `last_checked` as YAML gives it: `2024-08` (a string) or `2021-08-15` (a timestamp, loaded as a date).
    static func date(_ value: Any?) -> FactDate? {
        if let text = value as? String { return FactDate(parsing: text.trimmingCharacters(in: .whitespaces)) }
        if let date = value as? Date { return FactDate.day(secondsSince1970: date.timeIntervalSince1970) }
        return nil
    }
}
