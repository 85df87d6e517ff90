public import Foundation

/// The answer to "what are the settings for this address": the servers, best first, and how they were found.
public struct LookupResult: Hashable, Sendable {
    /// The address looked up, normalised.
    public var address: EmailAddress
    /// The settings, with placeholders resolved for ``address``.
    public var config: AccountConfig
    /// Every source asked, in the order they were started.
    public var sources: [SourceAttempt]
    /// When the sources were asked and the servers probed: from a cache (`serve`), the answer's age.
    public var resolvedAt: Date

    /// Creates a result, resolved now unless `resolvedAt` says otherwise.
    public init(address: EmailAddress, config: AccountConfig, sources: [SourceAttempt], resolvedAt: Date = Date()) {
        self.address = address
        self.config = config
        self.sources = sources
        self.resolvedAt = resolvedAt
    }

    /// Whether there is at least one server that did not fail verification.
    public var found: Bool { config.servers.contains { $0.verification.status != .failed } }

    /// Whether DNS itself failed: every MX and SRV query ended in an error or a timeout. Such a lookup tells about
    /// the resolver, not about the domain.
    public var dnsFailed: Bool {
        let dns = sources.filter { $0.kind == .mx || $0.kind == .srv }
        return !dns.isEmpty && dns.allSatisfy { $0.status == .error || $0.status == .timeout }
    }

    /// A hint for the user when nothing was found.
    public var hint: String { hint(.en) }
}
