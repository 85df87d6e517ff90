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
    public var hint: String {
        if let note = config.notes.first(where: \.blocksDirectAccess) {
            return "\(address.domain): \(note.message)"
        }
        if !config.servers.isEmpty {
            return "every server found for \(address.domain) failed its live check; see the verification details"
        }
        return "no settings known for \(address.domain); "
            + "check the spelling of the domain, or ask the provider for its IMAP/SMTP host names"
    }
}
