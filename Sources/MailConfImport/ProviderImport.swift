public import Foundation
public import MailConfCore

/// The whole import: read the four public data sets and the curated files, leave out test entries, merge, verify
/// that no domain was lost, and keep the live-probe checks `providers verify --write` recorded.
public struct ProviderImport: Sendable {
    /// Where the public data sets are: `ispdb/`, `deltachat/`, `mailcore2-providers.json`, `k9-providers.xml`.
    public var dataDirectory: URL
    /// The project's curated provider files (`Providers/curated/`), if any.
    public var curatedDirectory: URL?
    /// Each data set's version date, recorded with every fact it gives (see ``manifestDates(in:)``).
    public var dataSetDates: [ImportSource: FactDate]
    /// The provider files the import replaces: their `checked … live-probe` lines are carried over to the same
    /// servers (same protocol, host, port, security) and Exchange services.
    public var previous: ProviderDirectory?

    /// Creates an import.
    public init(
        dataDirectory: URL,
        curatedDirectory: URL?,
        dataSetDates: [ImportSource: FactDate] = [:],
        previous: ProviderDirectory? = nil
    ) {
        self.dataDirectory = dataDirectory
        self.curatedDirectory = curatedDirectory
        self.dataSetDates = dataSetDates
        self.previous = previous
    }

    /// Per-source figures for the report.
    public struct SourceSummary: Sendable {
        /// The data set.
        public var source: ImportSource
        /// Entries read.
        public var entries: Int
        /// Distinct domains listed.
        public var domains: Int
        /// Domains listed by the data set but missing from the merged result (must be empty).
        public var lostDomains: [String]
        /// Domains left out on purpose: reserved or special-use names (RFC 2606, RFC 6761…) and single labels.
        public var reservedDomains: [String]
    }

    /// What the import did.
    public struct Report: Sendable {
        /// Figures per data set.
        public var sources: [SourceSummary]
        /// What the importers left out, and why.
        public var skipped: [ImportSkip]
        /// Disagreements between data sets.
        public var conflicts: [ProviderMerger.Conflict]
        /// Problems of the curated files (`providers check` rules for curated overlays); errors stop the import.
        public var curatedIssues: [ProviderCheck.Issue]
        /// Providers written.
        public var providerCount: Int
        /// Distinct domains in the result.
        public var domainCount: Int
        /// Providers with at least one MX suffix.
        public var providersWithMX: Int

        /// Whether every domain of every data set was kept (reserved names aside).
        public var isLossless: Bool { sources.allSatisfy { $0.lostDomains.isEmpty } }

        /// Whether the curated files pass their check.
        public var curatedFilesAreValid: Bool { !curatedIssues.contains { $0.severity == .error } }

        /// The report as text lines.
        public var text: String {
            var lines: [String] = []
            for summary in sources {
                var line = "\(summary.source.tag): \(summary.entries) entries, \(summary.domains) domains"
                if !summary.reservedDomains.isEmpty {
                    line +=
                        ", \(summary.reservedDomains.count) reserved left out: "
                        + summary.reservedDomains.prefix(10).joined(separator: " ")
                }
                if !summary.lostDomains.isEmpty {
                    line +=
                        ", LOST \(summary.lostDomains.count): \(summary.lostDomains.prefix(10).joined(separator: " "))"
                }
                lines.append(line)
            }
            lines.append(
                "result: \(providerCount) providers, \(domainCount) distinct domains, \(providersWithMX) with MX patterns"
            )
            for issue in curatedIssues { lines.append("curated: " + issue.description) }
            lines.append("")
            lines.append("conflicts (\(conflicts.count)): the higher-precedence source was kept")
            lines += conflicts.map { "  " + $0.description }
            lines.append("")
            lines.append("skipped (\(skipped.count)):")
            lines += skipped.map { "  " + $0.description }
            return lines.joined(separator: "\n") + "\n"
        }
    }

    /// The data sets' version dates from the data directory's `SOURCES.md`: its table names each data set's
    /// folder or file in the first column and ends each row with a version that holds a `YYYY-MM-DD` date.
    public static func manifestDates(in dataDirectory: URL) -> [ImportSource: FactDate] {
        guard
            let text = try? String(
                contentsOf: dataDirectory.appendingPathComponent("SOURCES.md"),
                encoding: .utf8
            )
        else { return [:] }
        var dates: [ImportSource: FactDate] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("|") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let first = cells.first, let last = cells.last else { continue }
            let name = first.trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            guard let source = ImportSource.allCases.first(where: { $0.dataPath == name }) else { continue }
            let words = last.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
            if let date = words.lazy.compactMap({ FactDate(parsing: $0) }).first(where: { $0.day != nil }) {
                dates[source] = date
            }
        }
        return dates
    }

    /// Reads, merges and checks.
    public func run() throws -> (providers: [ProviderRecord], report: Report) {
        var batches: [(ImportSource, ImportBatch)] = []
        var curatedIssues: [ProviderCheck.Issue] = []
        if let curatedDirectory, FileManager.default.fileExists(atPath: curatedDirectory.path) {
            let curated = try ProviderDirectory(contentsOf: curatedDirectory)
            curatedIssues = ProviderCheck(options: ProviderCheck.Options(curated: true)).check(
                records: curated.records,
                fileNames: curated.fileNames
            )
            let entries = curated.files.map { file in
                ImportEntry(
                    source: .curated,
                    key: file.record.id,
                    record: file.record,
                    statesStatus: file.statesStatus,
                    notesAreExact: file.notesAreExact
                )
            }
            batches.append(
                (
                    .curated,
                    ImportBatch(entries: entries, skipped: [], allDomains: Set(curated.records.flatMap(\.domains)))
                )
            )
        }
        batches.append(
            (
                .ispdb,
                try ISPDBImporter(date: dataSetDates[.ispdb]).read(
                    directory: dataDirectory.appendingPathComponent("ispdb")
                )
            )
        )
        batches.append(
            (
                .deltachat,
                try DeltaChatImporter(date: dataSetDates[.deltachat]).read(
                    directory: dataDirectory.appendingPathComponent("deltachat")
                )
            )
        )
        batches.append(
            (
                .mailcore2,
                try MailCore2Importer(date: dataSetDates[.mailcore2]).read(
                    file: dataDirectory.appendingPathComponent("mailcore2-providers.json")
                )
            )
        )
        batches.append(
            (
                .k9,
                try K9Importer(date: dataSetDates[.k9]).read(
                    file: dataDirectory.appendingPathComponent("k9-providers.xml")
                )
            )
        )

        var reserved: [ImportSource: Set<String>] = [:]
        for index in batches.indices where batches[index].0 != .curated {
            var kept: [ImportEntry] = []
            for entry in batches[index].1.entries {
                let filtered = ShippableNames.filter(entry)
                batches[index].1.skipped += filtered.skipped
                reserved[entry.source, default: []].formUnion(filtered.droppedDomains)
                if let entry = filtered.entry { kept.append(entry) }
            }
            batches[index].1.entries = kept
        }

        let merged = ProviderMerger().merge(batches.flatMap { $0.1.entries })
        let providers = merged.providers.map(carryingLiveProbes)
        let kept = Set(providers.flatMap(\.domains))
        let summaries = batches.map { source, batch in
            let left = reserved[source] ?? []
            return SourceSummary(
                source: source,
                entries: batch.entries.count,
                domains: batch.allDomains.count,
                lostDomains: batch.allDomains.subtracting(kept).subtracting(left).sorted(),
                reservedDomains: left.sorted()
            )
        }
        let report = Report(
            sources: summaries,
            skipped: batches.flatMap { $0.1.skipped },
            conflicts: merged.conflicts,
            curatedIssues: curatedIssues,
            providerCount: providers.count,
            domainCount: kept.count,
            providersWithMX: providers.filter { !$0.mxSuffixes.isEmpty }.count
        )
        return (providers, report)
    }

    /// `record` with the live-probe checks its previous version recorded for the same servers and services.
    private func carryingLiveProbes(_ record: ProviderRecord) -> ProviderRecord {
        guard let previous, let index = previous.records.firstIndex(where: { $0.id == record.id }) else {
            return record
        }
        let old = previous.records[index]
        var record = record
        for position in record.servers.indices {
            let server = record.servers[position]
            guard
                let match = old.servers.first(where: {
                    $0.protocol == server.protocol && $0.host == server.host && $0.port == server.port
                        && $0.security == server.security
                }), let probe = match.provenance?.lastLiveProbe
            else { continue }
            record.servers[position].provenance = (server.provenance ?? Provenance()).recordingLiveProbe(probe)
        }
        for position in record.exchange.indices {
            let service = record.exchange[position]
            guard
                let match = old.exchange.first(where: {
                    $0.kind == service.kind && $0.url.lowercased() == service.url.lowercased()
                }), let probe = match.provenance?.lastLiveProbe
            else { continue }
            record.exchange[position].provenance = (service.provenance ?? Provenance()).recordingLiveProbe(probe)
        }
        return record
    }

    /// Writes one file per provider into `directory`, removing provider files that are no longer produced. Other
    /// files (README, `mx-ignore.list`, `curated/`) are left alone.
    public static func write(_ providers: [ProviderRecord], to directory: URL) throws {
        let manager = FileManager.default
        try manager.createDirectory(at: directory, withIntermediateDirectories: true)
        let wanted = Set(providers.map { "\($0.id).\(ProviderDirectory.fileExtension)" })
        for name in try manager.contentsOfDirectory(atPath: directory.path)
        where name.hasSuffix("." + ProviderDirectory.fileExtension) && !wanted.contains(name) {
            try manager.removeItem(at: directory.appendingPathComponent(name))
        }
        for provider in providers {
            let url = directory.appendingPathComponent("\(provider.id).\(ProviderDirectory.fileExtension)")
            let text = provider.fileText
            if let existing = try? String(contentsOf: url, encoding: .utf8), existing == text { continue }
            try Data(text.utf8).write(to: url, options: .atomic)
        }
    }
}

/// Test entries never ship: names reserved for documentation and tests (RFC 2606, RFC 6761), special-use names
/// (`.onion`, `.local`…) and single-label domains are taken out of every data-set entry; an entry left with
/// nothing that could find it is dropped. Each removal is reported.
enum ShippableNames {
    struct Outcome {
        var entry: ImportEntry?
        var skipped: [ImportSkip]
        var droppedDomains: [String]
    }

    static func unusable(_ name: String) -> String? {
        if let reason = ReservedNames.reason(for: name) { return "a \(reason.rawValue) name (\(reason.reference))" }
        let bare = name.hasPrefix("*.") ? String(name.dropFirst(2)) : name
        return bare.contains(".") ? nil : "a single label"
    }

    static func filter(_ entry: ImportEntry) -> Outcome {
        var entry = entry
        var skipped: [ImportSkip] = []
        var dropped: [String] = []
        func skip(_ reason: String) { skipped.append(ImportSkip(source: entry.source, key: entry.key, reason: reason)) }
        entry.record.domains = entry.record.domains.filter { domain in
            guard let why = unusable(domain) else { return true }
            dropped.append(domain)
            skip("domain \(domain) left out: \(why)")
            return false
        }
        entry.record.domainLabels = entry.record.domainLabels.filter { label in
            guard let reason = ReservedNames.reason(for: label) else { return true }
            skip("domain label \(label) left out: a \(reason.rawValue) name")
            return false
        }
        entry.record.mxSuffixes = entry.record.mxSuffixes.filter { suffix in
            guard let why = unusable(suffix) else { return true }
            skip("MX suffix \(suffix) left out: \(why)")
            return false
        }
        entry.record.servers = entry.record.servers.filter { server in
            guard !Placeholder.hasPlaceholder(server.host), let why = unusable(server.host) else { return true }
            skip("\(server.protocol.rawValue) server \(server.host):\(server.port) left out: its host is \(why)")
            return false
        }
        guard !entry.record.domains.isEmpty || !entry.record.domainLabels.isEmpty || !entry.record.mxSuffixes.isEmpty
        else {
            skip("left out: a test entry (nothing but reserved names)")
            return Outcome(entry: nil, skipped: skipped, droppedDomains: dropped)
        }
        return Outcome(entry: entry, skipped: skipped, droppedDomains: dropped)
    }
}
