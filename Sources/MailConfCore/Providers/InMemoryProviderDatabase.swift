/// A provider database held in memory, indexed by domain, domain label and MX suffix.
public struct InMemoryProviderDatabase: ProviderDatabase {
    private let records: [ProviderRecord]
    private let byDomain: [String: Int]
    private let byLabel: [String: Int]
    private let byMX: [String: Int]
    private let ignoredMX: Set<String>
    private let isPublicSuffix: (@Sendable (String) -> Bool)?

    /// Builds the indexes. When two records claim one domain, label or MX suffix, the earlier one keeps it
    /// (`check` reports such duplicates).
    ///
    /// - Parameter isPublicSuffix: whether a name is a public suffix (the PSL's ICANN section; MailConfNet's
    ///   `PublicSuffix.isICANNSuffix`). Without it, domain labels never match.
    public init(
        records: [ProviderRecord],
        ignoredMXSuffixes: [String] = [],
        isPublicSuffix: (@Sendable (String) -> Bool)? = nil
    ) {
        let sorted = records.sorted { $0.id < $1.id }
        var byDomain: [String: Int] = [:]
        var byLabel: [String: Int] = [:]
        var byMX: [String: Int] = [:]
        for (index, record) in sorted.enumerated() {
            for domain in record.domains where byDomain[domain] == nil { byDomain[domain] = index }
            for label in record.domainLabels where byLabel[label] == nil { byLabel[label] = index }
            for suffix in record.mxSuffixes where byMX[suffix] == nil { byMX[suffix] = index }
        }
        self.records = sorted
        self.byDomain = byDomain
        self.byLabel = byLabel
        self.byMX = byMX
        self.ignoredMX = Set(ignoredMXSuffixes.map { $0.lowercased() })
        self.isPublicSuffix = isPublicSuffix
    }

    public func provider(forDomain domain: String) -> ProviderRecord? {
        let key = domain.lowercased()
        if let index = byDomain[key] { return records[index] }
        for wildcard in MXSuffix.wildcards(of: key) {
            if let index = byDomain[wildcard] { return records[index] }
        }
        if let isPublicSuffix, let label = DomainLabel.label(of: key, isPublicSuffix: isPublicSuffix),
            let index = byLabel[label]
        {
            return records[index]
        }
        return nil
    }

    public func provider(forMXHost host: String) -> MXMatch {
        for candidate in MXSuffix.candidates(of: host) {
            let key = String(candidate)
            if ignoredMX.contains(key) { return .ignored(suffix: key) }
            if let index = byMX[key] { return .provider(records[index], suffix: key) }
        }
        return .none
    }

    public func allProviders() -> [ProviderRecord] { records }
}

/// The safe form of the data sets' domain patterns (MailCore2's `yahoo\..*`): a provider label followed by any
/// public suffix, matched on whole labels. Never a substring, never a free regular expression.
public enum DomainLabel {
    /// The first label of `domain` when the rest is a public suffix (`yahoo.com.tr` → `yahoo`), else `nil`
    /// (`mail.yahoo.com`, `yahoo.blogspot.com` with an ICANN-only predicate, single labels).
    public static func label(of domain: String, isPublicSuffix: (String) -> Bool) -> String? {
        var name = domain.lowercased()
        if name.hasSuffix(".") { name.removeLast() }
        guard let dot = name.firstIndex(of: ".") else { return nil }
        let label = String(name[..<dot])
        let suffix = String(name[name.index(after: dot)...])
        guard !label.isEmpty, !suffix.isEmpty, isPublicSuffix(suffix) else { return nil }
        return label
    }
}
