/// The OAuth 2.0 endpoints a provider documents for mail access.
public struct OAuth2Settings: Hashable, Sendable {
    /// The issuer's host name, e.g. `accounts.google.com`.
    public var issuer: String
    /// Space-separated scopes to request.
    public var scope: String
    /// The authorization endpoint URL.
    public var authURL: String
    /// The token endpoint URL.
    public var tokenURL: String
    /// Who documents these endpoints and when they were checked; `nil` when not recorded.
    public var provenance: Provenance?

    /// Creates OAuth 2.0 settings.
    public init(issuer: String, scope: String, authURL: String, tokenURL: String, provenance: Provenance? = nil) {
        self.issuer = issuer
        self.scope = scope
        self.authURL = authURL
        self.tokenURL = tokenURL
        self.provenance = provenance
    }
}
