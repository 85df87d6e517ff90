/// A provider database held in memory, indexed by domain and MX suffix.
public struct InMemoryProviderDatabase: ProviderDatabase {
    private let records: [ProviderRecord]
    private let byDomain: [String: Int]
    private let byMX: [String: Int]
    private let ignoredMX: Set<String>

    /// Builds the indexes. When two records claim one domain or MX suffix, the earlier one keeps it (`check`
    /// reports such duplicates).
    public init(records: [ProviderRecord], ignoredMXSuffixes: [String] = []) {
        let sorted = records.sorted { $0.id < $1.id }
        var byDomain: [String: Int] = [:]
        var byMX: [String: Int] = [:]
        for (index, record) in sorted.enumerated() {
            for domain in record.domains where byDomain[domain] == nil { byDomain[domain] = index }
            for suffix in record.mxSuffixes where byMX[suffix] == nil { byMX[suffix] = index }
        }
        self.records = sorted
        self.byDomain = byDomain
        self.byMX = byMX
        self.ignoredMX = Set(ignoredMXSuffixes.map { $0.lowercased() })
    }

    public func provider(forDomain domain: String) -> ProviderRecord? {
        let key = domain.lowercased()
        if let index = byDomain[key] { return records[index] }
        for wildcard in MXSuffix.wildcards(of: key) {
            if let index = byDomain[wildcard] { return records[index] }
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
