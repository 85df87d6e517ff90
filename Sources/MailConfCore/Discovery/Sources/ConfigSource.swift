/// A place settings can come from: the provider database, the domain's MX hosts, its autoconfig document, DNS SRV
/// records, guessed host names. Every source has this one contract, and ``Discovery`` runs them all the same way.
///
/// A source never throws: what it could not do is a ``SourceAttempt/Outcome``. It honours task cancellation, so
/// that the lookup's deadline ends it at once.
public protocol ConfigSource: Sendable {
    /// The kind reported in ``SourceAttempt/kind``.
    var kind: SourceKind { get }

    /// Whether the source runs after all the others, knowing the servers they named (guesses fill gaps only).
    var runsLast: Bool { get }

    /// Whether the source answers from memory, without waiting on the network: a lookup of only such sources,
    /// unverified, has nothing for a deadline to cut short.
    var answersFromMemory: Bool { get }

    /// What the source asks for `address`: named before it runs, so that a source the deadline cuts off is
    /// reported too.
    func query(for address: EmailAddress) -> String

    /// Looks `request.address` up.
    func find(_ request: SourceRequest) async -> SourceFinding
}

extension ConfigSource {
    /// Most sources run at once with the others.
    public var runsLast: Bool { false }

    /// Most sources ask the network.
    public var answersFromMemory: Bool { false }
}

/// What a source is asked.
public struct SourceRequest: Sendable {
    /// The address looked up.
    public var address: EmailAddress
    /// The servers other sources named (for sources that run last; empty otherwise).
    public var found: [ServerSettings]
    /// Whether candidates will be probed: sources may offer candidates that only a probe can confirm.
    public var verifying: Bool
    /// How many network requests a source may have in flight at once (1 measures what concurrency saves).
    public var concurrency: Int

    /// Creates a request.
    public init(address: EmailAddress, found: [ServerSettings] = [], verifying: Bool = true, concurrency: Int = 16) {
        self.address = address
        self.found = found
        self.verifying = verifying
        self.concurrency = concurrency
    }
}

/// What a source found: how it ended, the servers it named (placeholders still in), and the provider they belong
/// to, when the source knows one.
public struct SourceFinding: Sendable {
    /// How the attempt ended.
    public var outcome: SourceAttempt.Outcome
    /// The outcome in words, for people.
    public var detail: String?
    /// The servers named, best first by the source's own order.
    public var servers: [ServerSettings]
    /// The provider, for database and MX hits.
    public var provider: AccountConfig?

    /// Creates a finding.
    public init(
        _ outcome: SourceAttempt.Outcome,
        detail: String? = nil,
        servers: [ServerSettings] = [],
        provider: AccountConfig? = nil
    ) {
        self.outcome = outcome
        self.detail = detail
        self.servers = servers
        self.provider = provider
    }
}

/// A source that is not asked in this configuration (`--offline`): reported as skipped, with the reason.
public struct SkippedSource: ConfigSource {
    /// The kind reported.
    public let kind: SourceKind
    /// Why it is not asked.
    public let reason: SourceAttempt.Skip

    /// Creates a skipped source.
    public init(_ kind: SourceKind, reason: SourceAttempt.Skip) {
        self.kind = kind
        self.reason = reason
    }

    public func query(for address: EmailAddress) -> String { address.domain }

    public var answersFromMemory: Bool { true }

    public func find(_ request: SourceRequest) async -> SourceFinding {
        SourceFinding(.skipped(reason), detail: reason == .offline ? "offline" : nil)
    }
}
