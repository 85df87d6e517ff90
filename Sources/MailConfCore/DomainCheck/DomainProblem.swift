/// Something on one client's way through a domain's publications that the owner should know: typed, so that
/// the report's wording, JSON and exit code read the facts, never a message.
public enum DomainProblem: Hashable, Sendable {
    /// An https URL's certificate is not valid for its host.
    case invalidCertificate(url: String, host: String, problems: [CertificateReport.Problem])
    /// The TLS handshake failed for another reason.
    case tlsFailed(url: String)
    /// The client does not read the body as XML because of its `Content-Type`.
    case contentTypeRefused(url: String, contentType: String?)
    /// The client's reader refuses the document.
    case documentRejected(url: String, Rejection)
    /// The client reads the document differently from what it means.
    case documentMisread(url: String, ReaderNote)
    /// The body is not XML.
    case notXML(url: String)
    /// The settings the client uses came over plain HTTP.
    case plainHTTP(url: String)
    /// The client does not follow a redirect.
    case redirectRefused(from: String, to: String, reason: RedirectRefusal)
    /// The client follows a redirect only after the user agrees.
    case redirectNeedsApproval(from: String, to: String)
    /// The server answered with an error status other than 404/410.
    case httpStatus(url: String, status: Int)
    /// No answer within the step's time: the client waits this long.
    case timeout(url: String)
    /// An answer without usable settings ended the client's whole lookup.
    case stoppedBy(url: String)
    /// An Autodiscover URL asked for credentials: the client asks the user instead of guessing.
    case credentialsRequested(url: String)
    /// A server the client ends up with failed its live probe.
    case probeFailed(server: String, detail: String)
    /// The answer came over plain HTTP or through an unsigned MX: the user must approve it.
    case approvalRequired(url: String)
    /// OAuth2 was the only method left for a server, for a host the client has no OAuth2 for.
    case oauth2Unavailable(host: String)
    /// The answer came from the client vendor's central database, not from the domain.
    case centralDatabase(url: String)
}

/// Why a client does not follow a redirect.
public enum RedirectRefusal: String, Hashable, Sendable {
    /// From https to plain http.
    case downgrade
    /// A relative `Location`.
    case relative
    /// More redirects than the client follows.
    case tooMany = "too-many"
    /// The `Location` is not a URL.
    case invalid
}

/// How one simulated client fares with a domain.
public struct ClientVerdict: Hashable, Sendable {
    /// What the user sees.
    public enum Outcome: String, Hashable, Sendable {
        /// The client finds the settings itself.
        case automatic = "configured-automatically"
        /// The client finds no published settings and guesses host names (what the guesses find is listed).
        case guessing = "falls-back-to-guessing"
        /// The user has to type the settings.
        case manual = "manual-entry"
        /// The client has no network lookup: manual entry, or a configuration profile the owner provides.
        case profile = "manual-entry-or-profile"
        /// The vendor does not document how the client looks settings up.
        case undocumented
    }

    /// Where the settings came from.
    public struct Answer: Hashable, Sendable {
        /// The step that answered.
        public var step: String
        /// The URL (after redirects) or the DNS record.
        public var source: String
    }

    /// The client.
    public var client: ClientOrder
    /// What the user sees.
    public var outcome: Outcome
    /// The step that answered.
    public var answer: Answer?
    /// The incoming server the client ends up with, probed.
    public var incoming: ServerSettings?
    /// The outgoing server the client ends up with, probed.
    public var outgoing: ServerSettings?
    /// Every problem on the way, in the order met.
    public var problems: [DomainProblem]
    /// What each step did.
    public var trace: [StepTrace]

    /// Whether this client's outcome counts for the exit code and configures automatically with servers that
    /// did not fail their probe.
    public var isGood: Bool {
        outcome == .automatic
            && [incoming, outgoing].allSatisfy { $0 != nil && $0?.verification.status != .failed }
    }
}

/// What one step of a simulation did.
public struct StepTrace: Hashable, Sendable {
    /// The step's id (`mx/…` for the steps an MX candidate adds).
    public var step: String
    /// What was asked: the URL, or the DNS name.
    public var asked: String
    /// How it ended.
    public var result: StepResult
    /// The citation of the step.
    public var cite: String
}

/// How one step ended.
public enum StepResult: Hashable, Sendable {
    /// It answered with settings the client uses.
    case answered
    /// It answered with a document the client accepts without a usable server.
    case empty
    /// The client refused the answer.
    case rejected
    /// The body was not XML.
    case malformed
    /// An HTTP status the client does not take as an answer.
    case status(Int)
    /// The request failed.
    case failed(HTTPHop.Outcome)
    /// A redirect the client does not follow.
    case redirectRefused
    /// DNS has no such record.
    case noRecord
    /// Skipped because an earlier answer in its group failed the group.
    case skippedGroup
    /// Not applicable to this domain (a built-in list without it, no MX).
    case notApplicable
    /// Documented, but not simulated from outside.
    case notSimulated
    /// Not reached: an earlier step answered, or the lookup stopped.
    case notReached

    /// The machine value for JSON.
    public var code: String {
        switch self {
        case .answered: "answered"
        case .empty: "empty"
        case .rejected: "rejected"
        case .malformed: "malformed"
        case .status: "http-status"
        case .failed(let outcome):
            switch outcome {
            case .tls: "tls-failed"
            case .timeout: "timeout"
            case .connect: "no-connection"
            case .tooLarge: "too-large"
            case .invalidURL: "invalid-url"
            case .status: "http-status"
            }
        case .redirectRefused: "redirect-refused"
        case .noRecord: "no-record"
        case .skippedGroup: "skipped-group"
        case .notApplicable: "not-applicable"
        case .notSimulated: "not-simulated"
        case .notReached: "not-reached"
        }
    }
}
