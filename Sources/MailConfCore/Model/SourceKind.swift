/// Where a setting came from. An open vocabulary, written as is in JSON.
public struct SourceKind: OpenVocabulary {
    /// The kind's name in JSON, e.g. `database`.
    public var rawValue: String

    /// Creates a kind from its name.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The provider database: bundled `Providers/` and any local provider files.
    public static let database: SourceKind = "database"
    /// The domain's own autoconfig document.
    public static let autoconfig: SourceKind = "autoconfig"
    /// DNS SRV records (RFC 6186, RFC 8314).
    public static let srv: SourceKind = "srv"
    /// The domain's MX host matched against the database.
    public static let mx: SourceKind = "mx"
    /// A host name guessed from the domain and confirmed by a live probe.
    public static let guess: SourceKind = "guess"
}
