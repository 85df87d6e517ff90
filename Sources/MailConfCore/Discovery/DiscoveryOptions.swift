/// How a networked lookup runs: its overall deadline, what it verifies, and the limits of each source.
public struct DiscoveryOptions: Sendable {
    /// The time allowed for everything: sources, guesses and verification.
    public var deadline: Duration = .seconds(10)
    /// Whether candidate servers are probed live.
    public var verify = true
    /// Rank POP3 above IMAP.
    public var preferPOP3 = false
    /// Largest autoconfig document accepted.
    public var maximumAutoconfigBytes = 1 << 20
    /// Time allowed for one autoconfig fetch.
    public var httpTimeout: Duration = .seconds(5)
    /// Most probes at once.
    public var probeConcurrency = 8
    /// Whether to try guessed host names when no source names a server for a protocol.
    public var guess = true
    /// Fill in user-name placeholders for the address looked up. The HTTP service turns this off to cache one
    /// answer per domain and fill them in per request (host names are always filled in: they are probed).
    public var resolveUsernames = true
    /// Run every step one after another instead of all at once: only for measuring what concurrency saves.
    public var sequential = false

    /// The defaults.
    public init() {}
}

/// A progress event of a lookup, for live lines on a terminal.
public enum DiscoveryEvent: Sendable {
    /// A source finished.
    case source(SourceAttempt)
    /// A server was probed.
    case verified(ServerSettings)
}
