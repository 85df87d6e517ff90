/// A Microsoft Exchange web service a mail client can use instead of IMAP/SMTP: Exchange Web Services, Outlook on
/// the web, or Microsoft Graph. Thunderbird (128 and later) sets up Exchange accounts from these.
///
/// They are HTTPS endpoints, not mail-protocol servers: probes never treat them as IMAP or SMTP; a live check is an
/// HTTPS reachability and certificate check (``HTTPSProbe``).
public struct ExchangeServer: Hashable, Sendable {
    /// Which web service.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// Exchange Web Services (SOAP), e.g. `https://outlook.office365.com/EWS/Exchange.asmx`.
        case ews
        /// Outlook on the web.
        case owa
        /// Microsoft Graph.
        case graph

        /// The name users know.
        public var displayName: String {
            switch self {
            case .ews: "EWS"
            case .owa: "OWA"
            case .graph: "Graph"
            }
        }
    }

    /// Which web service.
    public var kind: Kind
    /// The service's `https://` URL.
    public var url: String
    /// Accepted authentication methods, preferred first.
    public var auth: [AuthMethod]
    /// The user name template, e.g. `%EMAILADDRESS%`.
    public var username: String
    /// Who said it and when it was checked; `nil` when not recorded.
    public var provenance: Provenance?
    /// Whether a live check confirmed it.
    public var verification: Verification

    /// Creates an Exchange web service entry.
    public init(
        kind: Kind,
        url: String,
        auth: [AuthMethod] = [.passwordCleartext],
        username: String = Placeholder.emailAddress,
        provenance: Provenance? = nil,
        verification: Verification = .unverified
    ) {
        self.kind = kind
        self.url = url
        self.auth = auth
        self.username = username
        self.provenance = provenance
        self.verification = verification
    }

    /// The URL's host name (lower case), or `nil` when the URL is not `https://host…`.
    public var host: String? { Self.httpsHost(of: url)?.host }

    /// The URL's port: the explicit one, else 443.
    public var port: Int { Self.httpsHost(of: url)?.port ?? 443 }

    /// Host and port of an `https://` URL (no user info, no IP-literal brackets handling beyond IPv6 `[…]`).
    public static func httpsHost(of url: String) -> (host: String, port: Int)? {
        let prefix = "https://"
        guard url.lowercased().hasPrefix(prefix) else { return nil }
        let rest = url.dropFirst(prefix.count)
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard !authority.isEmpty, !authority.contains("@") else { return nil }
        var host = Substring(authority)
        var port = 443
        if let colon = authority.lastIndex(of: ":"), !authority.hasSuffix("]") {
            guard let value = Int(authority[authority.index(after: colon)...]), (1...65535).contains(value) else {
                return nil
            }
            port = value
            host = authority[..<colon]
        }
        guard !host.isEmpty else { return nil }
        return (Placeholder.lowercasedHost(String(host)), port)
    }

    /// This entry with the user name's placeholders filled in for `address` (and `%EMAILDOMAIN%` in the URL).
    public func resolved(for address: EmailAddress) -> ExchangeServer {
        var copy = self
        copy.url = Placeholder.resolve(url, domain: address.domain)
        copy.username = Placeholder.resolve(username, for: address)
        return copy
    }
}
