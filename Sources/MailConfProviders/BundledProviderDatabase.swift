public import MailConfCore
import Synchronization

/// The provider database compiled into the binary from `Providers/`.
///
/// Lookups binary-search the generated domain and MX indexes and parse only the one provider file they need, so
/// start-up costs nothing and a lookup costs microseconds.
public struct BundledProviderDatabase: ProviderDatabase {
    private let isPublicSuffix: (@Sendable (String) -> Bool)?

    /// Creates a handle on the bundled data.
    ///
    /// - Parameter isPublicSuffix: whether a name is a public suffix (MailConfNet's `PublicSuffix.isICANNSuffix`),
    ///   for the domain labels (`yahoo` followed by any public suffix). Without it, labels never match.
    public init(isPublicSuffix: (@Sendable (String) -> Bool)? = nil) {
        self.isPublicSuffix = isPublicSuffix
    }

    /// How many providers are bundled.
    public var count: Int { BundledProviderData.files.count }

    public func provider(forDomain domain: String) -> ProviderRecord? {
        let key = domain.lowercased()
        for candidate in [key] + MXSuffix.wildcards(of: key) {
            if let slot = Self.search(BundledProviderData.domains, for: candidate) {
                return Self.record(at: Int(BundledProviderData.domainFiles[slot]))
            }
        }
        if let isPublicSuffix, let label = DomainLabel.label(of: key, isPublicSuffix: isPublicSuffix),
            let slot = Self.search(BundledProviderData.domainLabels, for: label)
        {
            return Self.record(at: Int(BundledProviderData.domainLabelFiles[slot]))
        }
        return nil
    }

    public func provider(forMXHost host: String) -> MXMatch {
        for candidate in MXSuffix.candidates(of: host) {
            let key = String(candidate)
            if Self.search(BundledProviderData.mxIgnore, for: key) != nil { return .ignored(suffix: key) }
            if let slot = Self.search(BundledProviderData.mxSuffixes, for: key),
                let record = Self.record(at: Int(BundledProviderData.mxFiles[slot]))
            {
                return .provider(record, suffix: key)
            }
        }
        return .none
    }

    public func allProviders() -> [ProviderRecord] {
        BundledProviderData.files.indices.compactMap(Self.record(at:))
    }

    /// MX suffixes that never map to a provider.
    public var ignoredMXSuffixes: [String] { BundledProviderData.mxIgnore }

    /// Records parsed so far; each file is parsed at most once per process.
    private static let parsed = Mutex<[Int: ProviderRecord]>([:])

    private static func record(at index: Int) -> ProviderRecord? {
        guard BundledProviderData.files.indices.contains(index) else { return nil }
        if let cached = parsed.withLock({ $0[index] }) { return cached }
        guard let record = try? ProviderFileParser().parse(BundledProviderData.files[index]) else { return nil }
        parsed.withLock { $0[index] = record }
        return record
    }

    /// Binary search in a sorted array of strings.
    private static func search(_ sorted: [String], for key: String) -> Int? {
        var low = 0
        var high = sorted.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let value = sorted[middle]
            if value == key { return middle }
            if value < key { low = middle + 1 } else { high = middle - 1 }
        }
        return nil
    }
}
