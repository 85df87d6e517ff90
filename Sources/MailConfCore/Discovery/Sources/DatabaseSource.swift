/// The provider database (bundled, and any `--providers` files) as a source: the address's domain, looked up
/// exactly.
public struct DatabaseSource: ConfigSource {
    /// The database asked.
    public let database: any ProviderDatabase

    /// Creates the source.
    public init(database: any ProviderDatabase) {
        self.database = database
    }

    public var kind: SourceKind { .database }

    public var answersFromMemory: Bool { true }

    public func query(for address: EmailAddress) -> String { address.domain }

    public func find(_ request: SourceRequest) async -> SourceFinding {
        let domain = request.address.domain
        guard let record = database.provider(forDomain: domain) else {
            return SourceFinding(.miss(.notListed), detail: "no provider lists \(domain)")
        }
        var config = record.accountConfig()
        config.incoming = config.incoming.map { $0.from(.database(provider: record.id)) }
        config.outgoing = config.outgoing.map { $0.from(.database(provider: record.id)) }
        return SourceFinding(.hit, detail: "provider \(record.id)", servers: config.servers, provider: config)
    }
}

extension ServerSettings {
    /// The same settings, recorded as coming from `origin`.
    func from(_ origin: ServerOrigin) -> ServerSettings {
        var copy = self
        copy.origin = origin
        return copy
    }
}
