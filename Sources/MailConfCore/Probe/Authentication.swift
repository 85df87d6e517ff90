/// One authentication attempt to make during a probe (`mailconf auth`): exactly one, never retried.
public struct AuthPlan: Sendable {
    /// The user name sent.
    public var username: String
    /// The password; never printed or logged.
    public var password: Secret
    /// The SASL mechanism to use (`PLAIN`, `LOGIN`, `CRAM-MD5`, `SCRAM-SHA-1`, `SCRAM-SHA-256`), IMAP's `LOGIN`
    /// command as `IMAP-LOGIN`, or POP3's `USER`; `nil` for the strongest offered after TLS.
    public var mechanism: String?
    /// Send credentials even without TLS or with a bad certificate.
    public var allowInsecure: Bool

    /// Creates a plan.
    public init(username: String, password: Secret, mechanism: String? = nil, allowInsecure: Bool = false) {
        self.username = username
        self.password = password
        self.mechanism = mechanism?.uppercased()
        self.allowInsecure = allowInsecure
    }
}

/// How an authentication attempt ended.
public struct AuthAttempt: Hashable, Sendable {
    /// The classification of the outcome.
    public enum Verdict: String, Hashable, Sendable {
        /// Logged in.
        case success
        /// The server rejected the user name or password (SMTP 535, IMAP AUTHENTICATIONFAILED, POP3 [AUTH]).
        case badCredentials = "bad-credentials"
        /// The mechanism is not offered or not accepted.
        case mechanismUnavailable = "mechanism-unavailable"
        /// The server wants TLS first (SMTP 538, IMAP PRIVACYREQUIRED).
        case tlsRequired = "tls-required"
        /// A temporary failure (SMTP 454, IMAP UNAVAILABLE, POP3 [SYS/TEMP] or [IN-USE]).
        case temporary
        /// The account is disabled, expired or locked.
        case accountDisabled = "account-disabled"
        /// MailConf refused to send the password (no TLS, or a bad certificate) without `--allow-insecure`.
        case refused = "refused-locally"
        /// Anything else; the server's text says more.
        case other
        /// The exchange could not take place (connection, protocol error).
        case notAttempted = "not-attempted"
    }

    /// Why MailConf kept the password to itself (verdict `refused-locally`).
    public enum Refusal: Hashable, Sendable {
        /// The connection was not encrypted.
        case cleartext
        /// The certificate has this problem (the first, most serious, of its problems).
        case certificate(CertificateReport.Problem)
    }

    /// The outcome.
    public var verdict: Verdict
    /// Why the password was not sent, for verdict `refused-locally`.
    public var refusal: Refusal?
    /// The mechanism used, if an attempt was made.
    public var mechanism: String?
    /// The server's final reply, sanitised.
    public var serverText: String?
    /// An explanation for people.
    public var message: String

    /// Creates an attempt record.
    public init(verdict: Verdict, mechanism: String? = nil, serverText: String? = nil, message: String) {
        self.verdict = verdict
        self.mechanism = mechanism
        self.serverText = serverText
        self.message = message
    }
}

/// Classifies final replies to an authentication exchange.
enum AuthClassifier {
    static func smtp(_ reply: SMTPReply) -> AuthAttempt.Verdict {
        let enhanced = reply.lines.first.map { String($0.prefix { $0 != " " }) } ?? ""
        switch reply.code {
        case 235: return .success
        case 535: return enhanced == "5.7.9" ? .mechanismUnavailable : .badCredentials
        case 538: return .tlsRequired
        case 534: return .mechanismUnavailable
        case 504: return .mechanismUnavailable
        case 454, 421, 451, 452: return .temporary
        case 530: return enhanced == "5.7.11" ? .tlsRequired : .other
        default:
            if enhanced == "5.7.8" { return .badCredentials }
            // RFC 5248's X.7.13 "User Account Disabled"; the words of a generic 5.7.1 decide nothing (the server's
            // text is shown as it is).
            if enhanced == "5.7.13" { return .accountDisabled }
            return reply.isTransientFailure ? .temporary : .other
        }
    }

    static func imap(status: String, code: String?) -> AuthAttempt.Verdict {
        guard status != "OK" else { return .success }
        let code = (code ?? "").uppercased().split(separator: " ").first.map(String.init) ?? ""
        switch code {
        case "AUTHENTICATIONFAILED", "AUTHORIZATIONFAILED": return .badCredentials
        case "PRIVACYREQUIRED": return .tlsRequired
        case "UNAVAILABLE", "INUSE", "LIMIT": return .temporary
        case "EXPIRED", "CONTACTADMIN": return .accountDisabled
        case "CANNOT": return .mechanismUnavailable
        default: return status == "BAD" ? .mechanismUnavailable : .other
        }
    }

    static func pop3(_ reply: POP3Reply) -> AuthAttempt.Verdict {
        guard !reply.ok else { return .success }
        switch reply.code ?? "" {
        case "AUTH": return .badCredentials
        case "SYS/TEMP", "IN-USE", "LOGIN-DELAY": return .temporary
        case "SYS/PERM": return .accountDisabled
        default: return .other
        }
    }
}
