/// Something a probe found that a user should know, with how much it matters.
public struct ProbeFinding: Hashable, Sendable, CustomStringConvertible {
    /// How much a finding matters.
    public enum Severity: String, Hashable, Sendable, Comparable {
        /// Informational.
        case info
        /// Worth fixing.
        case medium
        /// Breaks security or the service; `mailconf probe` exits 1.
        case high

        private var order: Int {
            switch self {
            case .info: 0
            case .medium: 1
            case .high: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.order < rhs.order }
    }

    /// How much it matters.
    public var severity: Severity
    /// A stable code (see the static constants), e.g. `plaintext-auth-before-tls`.
    public var code: String
    /// What was found and what to do, for people.
    public var message: String

    /// Creates a finding.
    public init(_ severity: Severity, _ code: String, _ message: String) {
        self.severity = severity
        self.code = code
        self.message = message
    }

    public var description: String { "[\(severity.rawValue)] \(code): \(message)" }
}

extension ProbeFinding {
    /// Stable finding codes.
    public enum Code {
        public static let portClosed = "port-closed"
        public static let portFiltered = "port-filtered"
        public static let unreachable = "host-unreachable"
        public static let resolveFailed = "resolve-failed"
        public static let timeout = "timeout"
        public static let connectionClosed = "connection-closed"
        public static let plaintextAuthBeforeTLS = "plaintext-auth-before-tls"
        public static let starttlsNotOffered = "starttls-not-offered"
        public static let starttlsFailed = "starttls-failed"
        public static let starttlsInjection = "starttls-injection"
        public static let plaintextOnTLSPort = "plaintext-on-tls-port"
        public static let tlsHandshakeFailed = "tls-handshake-failed"
        public static let certificate = "certificate-problem"
        public static let loginDisabledAbsent = "logindisabled-absent"
        public static let preauth = "preauth"
        public static let smtpRejected = "smtp-554-greeting"
        public static let greetingRejected = "greeting-rejected"
        public static let obsoleteTLS = "obsolete-tls-version"
        public static let deprecatedTLSAccepted = "deprecated-tls-accepted"
        public static let implicitTLSOnPlainPort = "implicit-tls-on-starttls-port"
        public static let tlsVersionsUndetermined = "tls-versions-undetermined"
        public static let lineTooLong = "line-too-long"
        public static let replyTooLarge = "reply-too-large"
        public static let protocolError = "protocol-error"
        public static let noAuthAfterTLS = "no-auth-after-tls"
        public static let heloFallback = "helo-fallback"
        public static let forbiddenTarget = "forbidden-target"
    }
}

extension ProbeFinding {
    /// The message for people in `language`: as is in English; in another language the catalogue's sentence for
    /// the code, then the English message with its details (host, port, dates) after a dash.
    public func localizedMessage(_ language: Language) -> String {
        guard language != .en, Catalogue.bundled.contains("finding." + code, language) else { return message }
        return localized("finding." + code, language) + " — " + message
    }
}
