extension AuthMethod {
    /// The method a mechanism a server announced belongs to: a SASL name (`PLAIN`, `SCRAM-SHA-256`, `XOAUTH2`…),
    /// or POP3's `USER` and `APOP`; `nil` for one MailConf does not map. Case does not matter.
    public init?(mechanism: String) {
        let name = mechanism.uppercased()
        switch name {
        case "PLAIN", "LOGIN", "USER": self = .passwordCleartext
        case "CRAM-MD5", "DIGEST-MD5", "APOP": self = .passwordEncrypted
        case _ where name.hasPrefix("SCRAM-"): self = .passwordEncrypted
        case "XOAUTH2", "OAUTHBEARER": self = .oauth2
        case "NTLM": self = .ntlm
        case "GSSAPI": self = .gssapi
        case "EXTERNAL": self = .clientCertificate
        default: return nil
        }
    }
}
