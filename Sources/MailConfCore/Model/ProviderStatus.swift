/// How well a provider's settings work, as the data sources report it.
public enum ProviderStatus: String, Hashable, Sendable, CaseIterable {
    /// The settings work as given.
    case ok
    /// The settings work after the user prepares the account (see the provider's notes).
    case preparation
    /// The settings are known not to work for ordinary mail clients.
    case broken
}
