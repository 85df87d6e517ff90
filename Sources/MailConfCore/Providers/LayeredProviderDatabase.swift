/// Local provider files over the bundled database: a domain or MX suffix the local layer knows is answered from
/// it, everything else from the base.
public struct LayeredProviderDatabase: ProviderDatabase {
    /// The overriding layer, e.g. an admin's own `--providers` directory.
    public let local: any ProviderDatabase
    /// The base, usually the bundled database.
    public let base: any ProviderDatabase

    /// Layers `local` over `base`.
    public init(local: any ProviderDatabase, base: any ProviderDatabase) {
        self.local = local
        self.base = base
    }

    public func provider(forDomain domain: String) -> ProviderRecord? {
        local.provider(forDomain: domain) ?? base.provider(forDomain: domain)
    }

    public func provider(forMXHost host: String) -> MXMatch {
        let match = local.provider(forMXHost: host)
        if case .none = match { return base.provider(forMXHost: host) }
        return match
    }

    public func allProviders() -> [ProviderRecord] {
        let overriding = local.allProviders()
        let ids = Set(overriding.map(\.id))
        return (overriding + base.allProviders().filter { !ids.contains($0.id) }).sorted { $0.id < $1.id }
    }
}
