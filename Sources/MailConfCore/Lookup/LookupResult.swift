/// The answer to "what are the settings for this address": the servers, best first, and how they were found.
public struct LookupResult: Hashable, Sendable {
    /// The address looked up, normalised.
    public var address: EmailAddress
    /// The settings, with placeholders resolved for ``address``.
    public var config: AccountConfig
    /// Every source asked, in the order they were started.
    public var sources: [SourceAttempt]

    /// Creates a result.
    public init(address: EmailAddress, config: AccountConfig, sources: [SourceAttempt]) {
        self.address = address
        self.config = config
        self.sources = sources
    }

    /// Whether there is at least one server that did not fail verification.
    public var found: Bool { config.servers.contains { $0.verification.status != .failed } }

    /// A hint for the user when nothing was found.
    public var hint: String { hint(.en) }
}
