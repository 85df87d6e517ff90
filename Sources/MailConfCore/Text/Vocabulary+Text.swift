// The names people read for MailConf's machine values, from the catalogues. JSON keeps the machine values; text
// output shows these. Keys are written out whole so that the catalogue test finds each one.

extension AuthMethod {
    /// The method's name for people reading `language`; a method MailConf does not know keeps its own name.
    public func localizedName(_ language: Language) -> String {
        let key: String
        switch self {
        case .passwordCleartext: key = "lookup.auth.password-cleartext"
        case .passwordEncrypted: key = "lookup.auth.password-encrypted"
        case .oauth2: key = "lookup.auth.oauth2"
        case .ntlm: key = "lookup.auth.ntlm"
        case .gssapi: key = "lookup.auth.gssapi"
        case .clientCertificate: key = "lookup.auth.client-cert"
        case .none: key = "lookup.auth.none"
        default: return rawValue
        }
        return localized(key, language)
    }
}

extension SourceKind {
    /// The kind's name for people reading `language`; a kind MailConf does not know keeps its own name.
    public func localizedName(_ language: Language) -> String {
        let key: String
        switch self {
        case .database: key = "lookup.source.database"
        case .mx: key = "lookup.source.mx"
        case .autoconfig: key = "lookup.source.autoconfig"
        case .srv: key = "lookup.source.srv"
        case .guess: key = "lookup.source.guess"
        default: return rawValue
        }
        return localized(key, language)
    }
}

extension SourceAttempt.Status {
    /// How the attempt ended, in `language`.
    public func localizedName(_ language: Language) -> String {
        switch self {
        case .hit: localized("lookup.attempt.hit", language)
        case .miss: localized("lookup.attempt.miss", language)
        case .error: localized("lookup.attempt.error", language)
        case .timeout: localized("lookup.attempt.timeout", language)
        case .skipped: localized("lookup.attempt.skipped", language)
        }
    }
}

extension ProviderStatus {
    /// The provider's status, in `language`.
    public func localizedName(_ language: Language) -> String {
        switch self {
        case .ok: localized("lookup.providerStatus.ok", language)
        case .preparation: localized("lookup.providerStatus.preparation", language)
        case .broken: localized("lookup.providerStatus.broken", language)
        }
    }
}
