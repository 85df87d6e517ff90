/// A place settings can come from: the provider database, a domain's autoconfig, DNS SRV, MX, guesses.
///
/// Each source is one seam: the resolver runs all of them concurrently, each under a deadline, and records what
/// each did as a ``SourceAttempt``.
public protocol ConfigSource: Sendable {
    /// The kind reported in ``SourceAttempt/kind``.
    var kind: SourceKind { get }

    /// Looks `address` up.
    ///
    /// - Returns: the finding; its ``SourceFinding/config`` is `nil` for a miss.
    /// - Throws: any error, which the resolver records as the attempt's `error` status.
    func find(for address: EmailAddress) async throws -> SourceFinding
}

/// What a source found.
public struct SourceFinding: Sendable {
    /// What the source asked.
    public var query: String
    /// The settings found, or `nil` for a miss.
    public var config: AccountConfig?
    /// A remark for the attempt record (why a miss, which rule matched…).
    public var detail: String?

    /// Creates a finding.
    public init(query: String, config: AccountConfig?, detail: String? = nil) {
        self.query = query
        self.config = config
        self.detail = detail
    }
}
