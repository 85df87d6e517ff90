/// How a lookup runs: its overall deadline, whether candidates are verified, and how much runs at once.
public struct DiscoveryOptions: Sendable {
    /// The time allowed for everything: sources, guesses and verification.
    public var deadline: Duration = .seconds(10)
    /// Whether candidate servers are probed live.
    public var verify = true
    /// Rank POP3 above IMAP.
    public var preferPOP3 = false
    /// Most probes at once.
    public var probeConcurrency = 8
    /// Fill in user-name placeholders for the address looked up. The HTTP service turns this off to cache one
    /// answer per domain and fill them in per request (host names are always filled in: they are probed).
    public var resolveUsernames = true
    /// Run every step one after another instead of all at once: only for measuring what concurrency saves. The
    /// same code runs either way, with one slot instead of many.
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
