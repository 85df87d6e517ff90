/// What one client makes of one answer: settings, nothing usable, a refusal, or a body that is not XML.
public enum ReadOutcome: Hashable, Sendable {
    /// The client takes these servers (either may be missing when the client accepts a partial answer), and
    /// misreads nothing or what the notes say.
    case settings(incoming: ServerSettings?, outgoing: ServerSettings?, notes: [ReaderNote])
    /// A well-formed document the client accepts as an answer, without a server it can use.
    case empty(notes: [ReaderNote])
    /// The client refuses the document.
    case rejected(Rejection, notes: [ReaderNote])
    /// The body is not XML the client can parse.
    case malformed(String)

    /// The notes, whatever the outcome.
    public var notes: [ReaderNote] {
        switch self {
        case .settings(_, _, let notes), .empty(let notes), .rejected(_, let notes): notes
        case .malformed: []
        }
    }
}

/// Why a client refuses a whole document.
public enum Rejection: Hashable, Sendable {
    /// The `Content-Type` is not one the client reads as XML, so the body reaches its reader as text.
    case contentType(String?)
    /// The root element is not `clientConfig` (or the Autodiscover root).
    case notClientConfig(found: String)
    /// No `emailProvider` element.
    case noEmailProvider
    /// `emailProvider/@id` is missing or not a host name.
    case providerID(String?)
    /// No valid `<domain>`.
    case noDomain
    /// No incoming server the client can use; the reason for the last one refused, if any.
    case noIncoming(ServerProblem?)
    /// No outgoing server the client can use; the reason for the last one refused, if any.
    case noOutgoing(ServerProblem?)
    /// One server breaks a rule that refuses the whole document.
    case server(MailProtocol, ServerProblem)
    /// An Autodiscover `Error` document.
    case autodiscoverError(code: Int)
    /// An Autodiscover redirect the simulation does not follow.
    case autodiscoverRedirect(String)
    /// An Autodiscover answer without IMAP, POP3 or SMTP.
    case noMailProtocols
    /// OAuth2 was the only method, for a host the client has no OAuth2 for.
    case oauth2Only(host: String)
}

/// Why a client refuses one server.
public enum ServerProblem: Hashable, Sendable {
    /// A required element is missing.
    case missing(element: String)
    /// The `socketType` is not one the client knows.
    case socketType(String)
    /// No `authentication` the client knows (the values found).
    case noAuthentication([String])
    /// The host name is not valid for the client (e.g. a lower-case placeholder).
    case invalidHost(String)
    /// The port is not a number from 1 to 65535.
    case invalidPort(String)
    /// The server's type is one the client does not use.
    case unusedType(String)
}

/// Something a client reads differently from what the document means, or skips, while still using it.
public enum ReaderNote: Hashable, Sendable {
    /// The user name the client logs in with is this literal text (`undefined`, `true`, an unknown placeholder).
    case literalUsername(MailProtocol, String)
    /// A server was skipped for this reason.
    case serverSkipped(MailProtocol?, ServerProblem)
    /// The `socketType` is unknown; the client tries TLS, then STARTTLS.
    case automaticSecurity(MailProtocol, String)
    /// The server has no user name; the client leaves the field to the user.
    case noUsername(MailProtocol)
    /// OAuth2 was dropped for a host the client has no OAuth2 for.
    case oauth2Dropped(host: String)
}
