extension TransportSecurity {
    /// ``displayName`` for people reading `language`: "none" is translated, the protocol names are not.
    public func localizedName(_ language: Language) -> String {
        self == .plain ? localized("lookup.security.none", language) : displayName
    }
}
