/// The provider database seam: the bundled database, local provider files, or both layered.
public protocol ProviderDatabase: Sendable {
    /// The provider that hosts `domain` (lower-case A-label), if any.
    func provider(forDomain domain: String) -> ProviderRecord?

    /// What an MX host name says about the domain's provider.
    func provider(forMXHost host: String) -> MXMatch

    /// Every provider, in id order.
    func allProviders() -> [ProviderRecord]
}

/// The outcome of matching an MX host against the database's MX suffixes.
public enum MXMatch: Hashable, Sendable {
    /// The host ends with a provider's suffix (the longest such suffix wins).
    case provider(ProviderRecord, suffix: String)
    /// The host belongs to a forwarding or filtering service, which says nothing about the mailbox provider.
    case ignored(suffix: String)
    /// No suffix matched.
    case none
}

/// Longest whole-label suffix lookup shared by the database implementations.
public enum MXSuffix {
    /// `host` and each of its parent names with at least two labels, longest first, normalised:
    /// `a.b.example.com` → `a.b.example.com`, `b.example.com`, `example.com`.
    public static func candidates(of host: String) -> [Substring] {
        var name = Substring(host.lowercased())
        if name.hasSuffix(".") { name = name.dropLast() }
        var result: [Substring] = []
        while let dot = name.firstIndex(of: ".") {
            result.append(name)
            name = name[name.index(after: dot)...]
        }
        return result
    }

    /// The wildcard keys that may cover `domain`: `*.b.example.com`, `*.example.com` for `a.b.example.com`.
    public static func wildcards(of domain: String) -> [String] {
        candidates(of: domain).dropFirst().map { "*." + $0 }
    }

    /// Whether `host` equals `suffix` or ends with `.` + `suffix`: whole labels only, never a substring.
    public static func matches(host: String, suffix: String) -> Bool {
        let host = host.lowercased()
        return host == suffix || host.hasSuffix("." + suffix)
    }
}
