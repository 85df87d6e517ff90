public import MailConfCore

/// The data sets the importer reads, in merge precedence: an earlier source's servers win over a later one's.
public enum ImportSource: String, Hashable, Sendable, CaseIterable, Comparable {
    /// The project's own facts from providers' help pages (`Providers/curated/`).
    case curated = "mailconf"
    /// Thunderbird's ISPDB (clientConfig XML, MPL-2.0).
    case ispdb
    /// Delta Chat's provider database (Markdown with YAML front matter, MPL-2.0).
    case deltachat
    /// MailCore2's `providers.json` (BSD-3-Clause).
    case mailcore2
    /// K-9 Mail's former `providers.xml` (Apache-2.0).
    case k9

    /// The name used in `source =` lines and reports.
    public var tag: String { rawValue }

    /// The data set's title and licence, for attribution.
    public var attribution: String {
        switch self {
        case .curated: "MailConf curated facts from providers' public help pages"
        case .ispdb: "Thunderbird ISPDB (MPL-2.0)"
        case .deltachat: "Delta Chat provider-db (MPL-2.0)"
        case .mailcore2: "MailCore2 providers.json (BSD-3-Clause)"
        case .k9: "K-9 Mail providers.xml (Apache-2.0)"
        }
    }

    private var precedence: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: ImportSource, rhs: ImportSource) -> Bool { lhs.precedence < rhs.precedence }
}

/// One provider entry read from one data set, before merging.
public struct ImportEntry: Hashable, Sendable {
    /// The data set.
    public var source: ImportSource
    /// The entry's key in its data set: a file name or a JSON key.
    public var key: String
    /// The facts, as a provider record (its `id` is the id proposed for a new provider).
    public var record: ProviderRecord
    /// Whether the entry states a status (only Delta Chat and curated files do).
    public var statesStatus: Bool

    /// Creates an entry.
    public init(source: ImportSource, key: String, record: ProviderRecord, statesStatus: Bool = false) {
        self.source = source
        self.key = key
        self.record = record
        self.statesStatus = statesStatus
    }
}

/// Something an importer skipped or could not read.
public struct ImportSkip: Hashable, Sendable, CustomStringConvertible {
    /// The data set.
    public var source: ImportSource
    /// The entry or file.
    public var key: String
    /// Why.
    public var reason: String

    public var description: String { "\(source.tag) \(key): \(reason)" }
}

/// What one importer read.
public struct ImportBatch: Sendable {
    /// Entries in a stable order.
    public var entries: [ImportEntry]
    /// What was left out, and why.
    public var skipped: [ImportSkip]
    /// Every distinct domain the data set lists, lower case, including those of skipped entries.
    public var allDomains: Set<String>

    /// Creates a batch.
    public init(entries: [ImportEntry], skipped: [ImportSkip], allDomains: Set<String>) {
        self.entries = entries
        self.skipped = skipped
        self.allDomains = allDomains
    }
}
