/// An authentication method a server accepts, in Thunderbird's clientConfig vocabulary.
///
/// An open vocabulary: values MailConf does not know survive a round trip unchanged.
public struct AuthMethod: OpenVocabulary {
    /// The method's name as written in provider files and JSON, e.g. `password-cleartext`.
    public var rawValue: String

    /// Creates a method from its name.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// A password sent as is (inside TLS): SASL PLAIN or LOGIN, IMAP LOGIN, POP3 USER/PASS.
    public static let passwordCleartext: AuthMethod = "password-cleartext"
    /// A password proven without sending it: CRAM-MD5, DIGEST-MD5, SCRAM-*.
    public static let passwordEncrypted: AuthMethod = "password-encrypted"
    /// OAuth 2.0 bearer tokens (SASL XOAUTH2 or OAUTHBEARER).
    public static let oauth2: AuthMethod = "oauth2"
    /// Microsoft NTLM.
    public static let ntlm: AuthMethod = "ntlm"
    /// Kerberos through GSSAPI.
    public static let gssapi: AuthMethod = "gssapi"
    /// A TLS client certificate (SASL EXTERNAL).
    public static let clientCertificate: AuthMethod = "client-cert"
    /// No authentication (e.g. a relay that trusts the client's address).
    public static let none: AuthMethod = "none"

    /// Every method MailConf knows, in the order above.
    public static let known: [AuthMethod] = [
        .passwordCleartext, .passwordEncrypted, .oauth2, .ntlm, .gssapi, .clientCertificate, .none,
    ]

    /// Whether MailConf knows this method.
    public var isKnown: Bool { Self.known.contains(self) }

    /// Whether the user types a password for this method.
    public var usesPassword: Bool { self == .passwordCleartext || self == .passwordEncrypted }
}
