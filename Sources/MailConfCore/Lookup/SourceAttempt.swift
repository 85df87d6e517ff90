/// What one configuration source did during a lookup: what it asked, how it ended and how long it took.
///
/// Failures are data here, not thrown errors, so that one broken source never hides the others' answers.
public struct SourceAttempt: Hashable, Sendable {
    /// How the attempt ended.
    public enum Status: String, Hashable, Sendable {
        /// The source gave settings.
        case hit
        /// The source answered, with nothing for this address.
        case miss
        /// The source failed; ``SourceAttempt/detail`` says how.
        case error
        /// The source did not answer within its deadline.
        case timeout
        /// The source was not asked (e.g. `--offline`).
        case skipped
    }

    /// The source's kind.
    public var kind: SourceKind
    /// What it asked, e.g. the domain, a DNS name or a URL.
    public var query: String
    /// How it ended.
    public var status: Status
    /// Wall time in milliseconds.
    public var milliseconds: Double
    /// Details for errors, misses and skips.
    public var detail: String?

    /// Creates an attempt record.
    public init(kind: SourceKind, query: String, status: Status, milliseconds: Double, detail: String? = nil) {
        self.kind = kind
        self.query = query
        self.status = status
        self.milliseconds = milliseconds
        self.detail = detail
    }
}
