/// Whether a live probe confirmed a server setting.
public struct Verification: Hashable, Sendable {
    /// The outcome of verification.
    public enum Status: String, Hashable, Sendable {
        /// A live probe confirmed the setting.
        case verified
        /// A live probe contradicted the setting; `detail` says how.
        case failed
        /// Not probed: offline, `--no-verify`, or the deadline came first.
        case unverified
    }

    /// The outcome.
    public var status: Status
    /// What the probe found, for `failed`, or why nothing was probed.
    public var detail: String?

    /// Creates a verification outcome.
    public init(status: Status, detail: String? = nil) {
        self.status = status
        self.detail = detail
    }

    /// Not probed.
    public static let unverified = Verification(status: .unverified)
}
