public import Foundation
public import MailConfCore

/// Reads the Thunderbird ISPDB: one clientConfig XML file per provider, keyed by file name (the `id` attribute is
/// not unique).
///
/// Facts come from the documents' structure only: servers, auth methods, user names, Exchange web services, OAuth
/// 2.0 endpoints; an `<enable>` element (under `<clientConfig>` or under `<emailProvider>`) becomes the note
/// `enable-imap`, and servers that accept OAuth 2.0 only give `oauth2-only`. No instruction text is read.
public struct ISPDBImporter: Sendable {
    /// The data set's version date, recorded with every fact.
    public var date: FactDate?

    /// Creates an importer.
    public init(date: FactDate? = nil) {
        self.date = date
    }

    /// Reads every `*.xml` file in `directory`.
    public func read(directory: URL) throws -> ImportBatch {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".xml") }
            .sorted()
        var entries: [ImportEntry] = []
        var skipped: [ImportSkip] = []
        var allDomains: Set<String> = []
        for name in names {
            let data = try Data(contentsOf: directory.appendingPathComponent(name))
            let result = entry(name: name, data: data)
            allDomains.formUnion(result.domains)
            if let entry = result.entry { entries.append(entry) }
            skipped += result.skipped
        }
        return ImportBatch(entries: entries, skipped: skipped, allDomains: allDomains)
    }

    struct Read {
        var entry: ImportEntry?
        var domains: [String]
        var skipped: [ImportSkip]

        init(entry: ImportEntry? = nil, domains: [String], skipped: [ImportSkip]) {
            self.entry = entry
            self.domains = domains
            self.skipped = skipped
        }
    }

    /// One file's entry.
    func entry(name: String, data: Data) -> Read {
        let config: ClientConfig
        do {
            config = try ClientConfigParser().parse(data)
        } catch {
            return Read(domains: [], skipped: [ImportSkip(source: .ispdb, key: name, reason: error.description)])
        }
        guard let provider = config.providers.first else {
            return Read(domains: [], skipped: [ImportSkip(source: .ispdb, key: name, reason: "no <emailProvider>")])
        }
        var skipped: [ImportSkip] = []
        let domains = unique(provider.domains.map { $0.lowercased() })
        let source = FactSource(dataSet: ImportSource.ispdb.tag, date: date, reference: name)
        let provenance = Provenance(sources: [source])
        let account = config.accountConfig(origin: .database(provider: nil))
        let kinds = Set(ExchangeServer.Kind.allCases.map(\.rawValue) + ["exchange"])
        let dropped = (provider.incomingServers + provider.outgoingServers).filter {
            MailProtocol(rawValue: $0.type) == nil && !kinds.contains($0.type)
        }
        if !dropped.isEmpty {
            let types = dropped.map(\.type).joined(separator: ", ")
            skipped.append(ImportSkip(source: .ispdb, key: name, reason: "left out server types: \(types)"))
        }
        var notes: [ProviderNote] = []
        if config.enable != nil || provider.enable != nil { notes.append(.enableIMAP) }
        let servers = (account.incoming + account.outgoing).map { server in
            var server = server
            server.provenance = provenance
            return server
        }
        let allAuth = servers.map(\.auth) + account.exchange.map(\.auth)
        if !allAuth.isEmpty && allAuth.allSatisfy({ $0 == [.oauth2] }) { notes.append(.oauth2Only) }
        var oauth2 = config.oauth2
        oauth2?.provenance = provenance
        let record = ProviderRecord(
            id: String(name.dropLast(".xml".count)).lowercased(),
            sources: [source],
            domains: domains,
            notes: notes,
            noteProvenance: Dictionary(uniqueKeysWithValues: notes.map { ($0, provenance) }),
            servers: servers,
            exchange: account.exchange.map { service in
                var service = service
                service.provenance = provenance
                return service
            },
            oauth2: oauth2
        )
        return Read(entry: ImportEntry(source: .ispdb, key: name, record: record), domains: domains, skipped: skipped)
    }
}

/// The elements of `list` in first-seen order, without repeats.
func unique<T: Hashable>(_ list: [T]) -> [T] {
    var seen: Set<T> = []
    return list.filter { seen.insert($0).inserted }
}
