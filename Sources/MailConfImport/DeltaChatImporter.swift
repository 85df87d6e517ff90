public import Foundation
import MailConfCore
import Yams

/// Reads Delta Chat's provider database: Markdown files whose YAML front matter lists `domains`, `server` entries
/// and a `status` (OK, PREPARATION, BROKEN). Only facts are taken; the hints' wording is used solely to derive
/// MailConf's own note codes.
public struct DeltaChatImporter: Sendable {
    /// Creates an importer.
    public init() {}

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
            let hint = [yaml["before_login_hint"], yaml["after_login_hint"]].compactMap { $0 as? String }.joined(
                separator: " "
            )
            var notes = Self.notes(fromHint: hint)
            if status == .broken && servers.isEmpty { notes.append(.noIMAPAccess) }
            let id = String(name.dropLast(".md".count)).lowercased()
            let record = ProviderRecord(
                id: id,
                status: status,
                sources: ["\(ImportSource.deltachat.tag) \(name)"],
                domains: domains,
                notes: unique(notes),
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

    /// Note codes implied by a hint, recognised by keywords in the languages the data set uses.
    static func notes(fromHint hint: String) -> [ProviderNote] {
        let text = hint.lowercased()
        var notes: [ProviderNote] = []
        let appPassword = [
            "app password", "app-password", "app-specific password", "application password", "auth code",
            "authorization code", "app passwort", "app-passwort", "anwendungspasswort", "пароль приложения",
        ]
        if appPassword.contains(where: text.contains) { notes.append(.appPassword) }
        let enableWords = ["enable", "activate", "allow", "aktivieren", "freischalten", "включ", "attiva"]
        let protocolWords = ["imap", "pop3", "pop/imap", "smtp"]
        if enableWords.contains(where: text.contains) && protocolWords.contains(where: text.contains) {
            notes.append(.enableIMAP)
        }
        return notes
    }
}
