/// Names that never belong to a real mail provider: reserved for documentation and tests (RFC 2606, RFC 6761), or
/// special-use names that the public DNS never answers (RFC 6762 `.local`, RFC 7686 `.onion`, RFC 8375
/// `home.arpa`, RFC 9476 `.alt`). Test entries of the data sets use them; they never ship.
public enum ReservedNames {
    /// Why a name is reserved.
    public enum Reason: String, Hashable, Sendable {
        /// RFC 2606 / RFC 6761: `example`, `example.com`, `example.net`, `example.org` and their subdomains.
        case documentation
        /// RFC 2606 / RFC 6761: `test`, `invalid`, `localhost` and their subdomains.
        case testing
        /// RFC 6762, RFC 7686, RFC 8375, RFC 9476: names outside the public DNS.
        case specialUse = "special-use"

        /// The RFCs that reserve such names.
        public var reference: String {
            switch self {
            case .documentation, .testing: "RFC 2606, RFC 6761"
            case .specialUse: "RFC 6762, RFC 7686, RFC 8375, RFC 9476"
            }
        }
    }

    private static let suffixes: [(String, Reason)] = [
        ("example", .documentation), ("example.com", .documentation), ("example.net", .documentation),
        ("example.org", .documentation), ("test", .testing), ("invalid", .testing), ("localhost", .testing),
        ("local", .specialUse), ("onion", .specialUse), ("alt", .specialUse), ("home.arpa", .specialUse),
    ]

    /// Why `name` (a domain or host name, any case, trailing dot allowed) is reserved, or `nil` for an ordinary
    /// name. The name itself and all its subdomains count, by whole labels (`notexample.com` is ordinary).
    public static func reason(for name: String) -> Reason? {
        var name = name.lowercased()
        if name.hasSuffix(".") { name.removeLast() }
        if name.hasPrefix("*.") { name.removeFirst(2) }
        for (suffix, reason) in suffixes where name == suffix || name.hasSuffix("." + suffix) {
            return reason
        }
        return nil
    }

    /// Whether `name` is reserved.
    public static func isReserved(_ name: String) -> Bool { reason(for: name) != nil }
}
