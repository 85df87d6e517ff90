/// The provider database as a configuration source: the address's domain, looked up exactly.
public struct DatabaseSource: ConfigSource {
    /// The database asked.
    public let database: any ProviderDatabase

    /// Creates the source.
    public init(database: any ProviderDatabase) {
        self.database = database
    }

    public var kind: SourceKind { .database }

    public func find(for address: EmailAddress) async throws -> SourceFinding {
        guard let record = database.provider(forDomain: address.domain) else {
            return SourceFinding(query: address.domain, config: nil, detail: "no provider lists \(address.domain)")
        }
        return SourceFinding(query: address.domain, config: record.accountConfig(), detail: "provider \(record.id)")
    }
}
