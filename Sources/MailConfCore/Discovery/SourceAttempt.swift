/// What one configuration source did during a lookup: what it asked, how it ended and how long it took.
///
/// Failures are data here, not thrown errors, so that one broken source never hides the others' answers. The
/// ``outcome`` is the fact that decisions (hints, verification, ranking) read; ``detail`` only says it to people.
public struct SourceAttempt: Hashable, Sendable {
    /// How the attempt ended, as JSON names it.
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

    /// How the attempt ended, with the reason.
    public enum Outcome: Hashable, Sendable {
        /// The source gave settings.
        case hit
        /// The source answered, with nothing for this address.
        case miss(Miss)
        /// The source failed.
        case error(Failure)
        /// The source did not answer within its deadline (its own, or the lookup's).
        case timeout
        /// The source was not asked.
        case skipped(Skip)

        /// The status JSON reports.
        public var status: Status {
            switch self {
            case .hit: .hit
            case .miss: .miss
            case .error: .error
            case .timeout: .timeout
            case .skipped: .skipped
            }
        }
    }

    /// Why a source had nothing.
    public enum Miss: Hashable, Sendable {
        /// No provider file lists the domain.
        case notListed
        /// DNS says the name does not exist (NXDOMAIN).
        case noSuchDomain
        /// The name exists without records of the type asked (NODATA).
        case noRecords
        /// SRV records with target `.` declare these services unavailable (RFC 2782, RFC 6186 §3.4).
        case declaredUnavailable(services: [String])
        /// Every target lies outside the mail domain, and without verification none can be accepted.
        case outsideTargetsUnverified
        /// The domain's MX hosts belong to no known provider.
        case noKnownProvider(mxHosts: [String])
        /// An HTTP status other than success (404, 410…).
        case httpStatus(Int)
        /// Nothing answers there: the name does not resolve or the connection is refused.
        case unreachable
        /// The document names no IMAP, POP3 or SMTP server.
        case emptyDocument
        /// Guesses were not needed: other sources named servers for every direction.
        case notNeeded
        /// No guessed host name resolves.
        case nothingResolves
        /// Guessed candidates existed, but no probe confirmed one.
        case noneConfirmed(failed: Int, unprobed: Int)
        /// The request came from this very service (its own discovery asking itself), answered without waiting.
        case ownRequest
    }

    /// Why a source failed.
    public enum Failure: Hashable, Sendable {
        /// A DNS server failure (SERVFAIL, REFUSED, no resolver, a malformed answer).
        case dns(DNSAnswer.Status)
        /// The HTTP fetch failed (TLS, size cap, redirects, an invalid URL).
        case http(HTTPFetchResult.Outcome)
        /// The document is not a clientConfig document.
        case invalidDocument
    }

    /// Why a source was not asked.
    public enum Skip: Hashable, Sendable {
        /// `--offline`: no network at all.
        case offline
        /// Guesses are reported only when a probe confirms them, and verification is off.
        case verificationOff
    }

    /// The source's kind.
    public var kind: SourceKind
    /// What it asked, e.g. the domain, a DNS name or a URL.
    public var query: String
    /// How it ended.
    public var outcome: Outcome
    /// Wall time in milliseconds.
    public var milliseconds: Double
    /// The outcome for people (never read by code).
    public var detail: String?

    /// Creates an attempt record.
    public init(kind: SourceKind, query: String, outcome: Outcome, milliseconds: Double = 0, detail: String? = nil) {
        self.kind = kind
        self.query = query
        self.outcome = outcome
        self.milliseconds = milliseconds
        self.detail = detail
    }

    /// How it ended, as JSON names it.
    public var status: Status { outcome.status }
}

extension SourceAttempt.Outcome {
    /// A stable code for the reason of a miss, an error or a skip (JSON's `reason`); `nil` for a hit or timeout.
    public var reason: String? {
        switch self {
        case .hit, .timeout: nil
        case .miss(let miss): miss.code
        case .error(let failure): failure.code
        case .skipped(let skip): skip == .offline ? "offline" : "verification-off"
        }
    }
}

extension SourceAttempt.Miss {
    /// A stable code, e.g. `nxdomain`, `declared-unavailable`, `http-404`.
    public var code: String {
        switch self {
        case .notListed: "not-listed"
        case .noSuchDomain: "nxdomain"
        case .noRecords: "no-records"
        case .declaredUnavailable: "declared-unavailable"
        case .outsideTargetsUnverified: "outside-targets-unverified"
        case .noKnownProvider: "no-known-provider"
        case .httpStatus(let code): "http-\(code)"
        case .unreachable: "unreachable"
        case .emptyDocument: "empty-document"
        case .notNeeded: "not-needed"
        case .nothingResolves: "nothing-resolves"
        case .noneConfirmed: "none-confirmed"
        case .ownRequest: "own-request"
        }
    }
}

extension SourceAttempt.Failure {
    /// A stable code, e.g. `dns-servfail`, `http-tls`, `invalid-document`.
    public var code: String {
        switch self {
        case .dns(let status): "dns-\(status.rawValue)"
        case .http(let outcome):
            switch outcome {
            case .ok: "http-ok"
            case .status(let code): "http-\(code)"
            case .tooLarge: "http-too-large"
            case .tooManyRedirects: "http-too-many-redirects"
            case .timeout: "http-timeout"
            case .tls: "http-tls"
            case .connect: "http-connect"
            case .invalidURL: "http-invalid-url"
            }
        case .invalidDocument: "invalid-document"
        }
    }
}
