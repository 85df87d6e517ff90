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

    /// Whether the data set states auth methods (the others always mean a password, so a difference is no claim).
    public var statesAuth: Bool { self == .curated || self == .ispdb }

    /// Whether the data set states user names (MailCore2 always means the full address).
    public var statesUsername: Bool { self != .mailcore2 }

    /// The data set's folder or file in the data directory, as `SOURCES.md` names it.
    public var dataPath: String? {
        switch self {
        case .curated: nil
        case .ispdb: "ispdb/"
        case .deltachat: "deltachat/"
        case .mailcore2: "mailcore2-providers.json"
        case .k9: "k9-providers.xml"
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
    /// Whether the entry states a status (Delta Chat entries; curated files with a `status` line).
    public var statesStatus: Bool
    /// Whether the entry's notes are the provider's whole note list (a curated file's `notes = exact`): notes of
    /// other entries are then dropped, and the conflict report lists them.
    public var notesAreExact: Bool
    /// Domains the entry's domain labels must not cover (MailCore2's `domain-exclude`); the import keeps a label
    /// only when another provider lists each of them.
    public var excludedDomains: [String]

    /// Creates an entry.
    public init(
        source: ImportSource,
        key: String,
        record: ProviderRecord,
        statesStatus: Bool = false,
        notesAreExact: Bool = false,
        excludedDomains: [String] = []
    ) {
        self.source = source
        self.key = key
        self.record = record
        self.statesStatus = statesStatus
        self.notesAreExact = notesAreExact
        self.excludedDomains = excludedDomains
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
