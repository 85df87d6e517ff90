import CPSL

/// The Public Suffix List through libpsl: the registrable domain of a host (`mx1.mail.example.co.uk` →
/// `example.co.uk`), as Thunderbird's MX rule needs it.
public enum PublicSuffix {
    private nonisolated(unsafe) static let context: OpaquePointer? = psl_latest(nil) ?? psl_builtin()

    /// The registrable domain ("eTLD+1") of `host`, or `nil` for a public suffix itself or without PSL data.
    public static func registrableDomain(_ host: String) -> String? {
        guard let context else { return nil }
        var name = host.lowercased()
        if name.hasSuffix(".") { name.removeLast() }
        guard let result = psl_registrable_domain(context, name) else { return nil }
        return String(cString: result)
    }

    /// Whether `name` is a public suffix of the PSL's ICANN section (`com`, `com.tr`, `co.uk`), not counting the
    /// private section (`blogspot.com`) nor the implicit `*` rule (so an unknown TLD is not one). For the provider
    /// database's domain labels: `yahoo` matches `yahoo.com.tr` but never `yahoo.blogspot.com`.
    public static func isICANNSuffix(_ name: String) -> Bool {
        guard let context else { return false }
        var name = name.lowercased()
        if name.hasSuffix(".") { name.removeLast() }
        guard !name.isEmpty else { return false }
        return psl_is_public_suffix2(context, name, PSL_TYPE_ICANN | PSL_TYPE_NO_STAR_RULE) != 0
    }
}
