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
}
