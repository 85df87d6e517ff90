public import Foundation
import MailConfCore

/// Reads the Thunderbird ISPDB: one clientConfig XML file per provider, keyed by file name (the `id` attribute is
/// not unique).
public struct ISPDBImporter: Sendable {
    /// Creates an importer.
    public init() {}

    /// Reads every `*.xml` file in `directory`.
    public func read(directory: URL) throws -> ImportBatch {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".xml") }
            .sorted()
        var entries: [ImportEntry] = []
        var skipped: [ImportSkip] = []
        var allDomains: Set<String> = []
        let parser = ClientConfigParser()
        for name in names {
            let data = try Data(contentsOf: directory.appendingPathComponent(name))
            let config: ClientConfig
            do {
                config = try parser.parse(data)
            } catch {
                skipped.append(ImportSkip(source: .ispdb, key: name, reason: error.description))
                continue
            }
            guard let provider = config.providers.first else {
                skipped.append(ImportSkip(source: .ispdb, key: name, reason: "no <emailProvider>"))
                continue
            }
            let domains = unique(provider.domains.map { $0.lowercased() })
            allDomains.formUnion(domains)
            let account = config.accountConfig(origin: .database(provider: nil))
            let dropped = (provider.incomingServers + provider.outgoingServers).filter {
                MailProtocol(rawValue: $0.type) == nil
            }
            if !dropped.isEmpty {
                let types = dropped.map(\.type).joined(separator: ", ")
                skipped.append(
                    ImportSkip(source: .ispdb, key: name, reason: "left out non-mail server types: \(types)")
                )
            }
            var notes: [ProviderNote] = []
            if config.enable != nil { notes.append(.enableIMAP) }
            let servers = account.incoming + account.outgoing
            if !servers.isEmpty && servers.allSatisfy({ $0.auth == [.oauth2] }) { notes.append(.oauth2Only) }
            let id = String(name.dropLast(".xml".count)).lowercased()
            let record = ProviderRecord(
                id: id,
                sources: ["\(ImportSource.ispdb.tag) \(name)"],
                domains: domains,
                notes: notes,
                servers: servers,
                oauth2: config.oauth2
            )
            entries.append(ImportEntry(source: .ispdb, key: name, record: record))
        }
        return ImportBatch(entries: entries, skipped: skipped, allDomains: allDomains)
    }
}

/// The elements of `list` in first-seen order, without repeats.
func unique<T: Hashable>(_ list: [T]) -> [T] {
    var seen: Set<T> = []
    return list.filter { seen.insert($0).inserted }
}
