public import Foundation
public import MailConfCore

/// The whole import: read the four public data sets and the curated files, merge, verify that no domain was lost.
public struct ProviderImport: Sendable {
    /// Where the public data sets are: `ispdb/`, `deltachat/`, `mailcore2-providers.json`, `k9-providers.xml`.
    public var dataDirectory: URL
    /// The project's curated provider files (`Providers/curated/`), if any.
    public var curatedDirectory: URL?

    /// Creates an import.
    public init(dataDirectory: URL, curatedDirectory: URL?) {
        self.dataDirectory = dataDirectory
        self.curatedDirectory = curatedDirectory
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
    }

    /// What the import did.
    public struct Report: Sendable {
        /// Figures per data set.
        public var sources: [SourceSummary]
        /// What the importers left out, and why.
        public var skipped: [ImportSkip]
        /// Disagreements between data sets.
        public var conflicts: [ProviderMerger.Conflict]
        /// Providers written.
        public var providerCount: Int
        /// Distinct domains in the result.
        public var domainCount: Int
        /// Providers with at least one MX suffix.
        public var providersWithMX: Int

        /// Whether every domain of every data set was kept.
        public var isLossless: Bool { sources.allSatisfy { $0.lostDomains.isEmpty } }

        /// The report as text lines.
        public var text: String {
            var lines: [String] = []
            for summary in sources {
                var line = "\(summary.source.tag): \(summary.entries) entries, \(summary.domains) domains"
                if !summary.lostDomains.isEmpty {
                    line +=
                        ", LOST \(summary.lostDomains.count): \(summary.lostDomains.prefix(10).joined(separator: " "))"
                }
                lines.append(line)
            }
            lines.append(
                "result: \(providerCount) providers, \(domainCount) distinct domains, \(providersWithMX) with MX patterns"
            )
            lines.append("")
            lines.append("conflicts (\(conflicts.count)): the higher-precedence source was kept")
            lines += conflicts.map { "  " + $0.description }
            lines.append("")
            lines.append("skipped (\(skipped.count)):")
            lines += skipped.map { "  " + $0.description }
            return lines.joined(separator: "\n") + "\n"
        }
    }

    /// Reads, merges and checks.
    public func run() throws -> (providers: [ProviderRecord], report: Report) {
        var batches: [(ImportSource, ImportBatch)] = []
        if let curatedDirectory, FileManager.default.fileExists(atPath: curatedDirectory.path) {
            let curated = try ProviderDirectory(contentsOf: curatedDirectory)
            let entries = curated.records.map { record in
                ImportEntry(
                    source: .curated,
                    key: record.id,
                    record: Self.attributed(record),
                    statesStatus: true
                )
            }
            batches.append(
                (
                    .curated,
                    ImportBatch(entries: entries, skipped: [], allDomains: Set(curated.records.flatMap(\.domains)))
                )
            )
        }
        batches.append((.ispdb, try ISPDBImporter().read(directory: dataDirectory.appendingPathComponent("ispdb"))))
        batches.append(
            (.deltachat, try DeltaChatImporter().read(directory: dataDirectory.appendingPathComponent("deltachat")))
        )
        batches.append(
            (
                .mailcore2,
                try MailCore2Importer().read(file: dataDirectory.appendingPathComponent("mailcore2-providers.json"))
            )
        )
        batches.append((.k9, try K9Importer().read(file: dataDirectory.appendingPathComponent("k9-providers.xml"))))

        let merged = ProviderMerger().merge(batches.flatMap { $0.1.entries })
        let kept = Set(merged.providers.flatMap(\.domains))
        let summaries = batches.map { source, batch in
            SourceSummary(
                source: source,
                entries: batch.entries.count,
                domains: batch.allDomains.count,
                lostDomains: batch.allDomains.subtracting(kept).sorted()
            )
        }
        let report = Report(
            sources: summaries,
            skipped: batches.flatMap { $0.1.skipped },
            conflicts: merged.conflicts,
            providerCount: merged.providers.count,
            domainCount: kept.count,
            providersWithMX: merged.providers.filter { !$0.mxSuffixes.isEmpty }.count
        )
        return (merged.providers, report)
    }

    /// A curated record always names the project as a source, so attribution never omits it.
    private static func attributed(_ record: ProviderRecord) -> ProviderRecord {
        var record = record
        if !record.sources.contains(where: { $0.hasPrefix(ImportSource.curated.tag) }) {
            record.sources.insert(ImportSource.curated.tag, at: 0)
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
