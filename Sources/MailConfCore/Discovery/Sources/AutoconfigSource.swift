public import Foundation

/// One of the domain's own autoconfig documents (Thunderbird's clientConfig), fetched with a size cap and a
/// deadline. A lookup asks three at once: `autoconfig.DOMAIN` over HTTPS, the domain's `.well-known` path over
/// HTTPS, and `autoconfig.DOMAIN` over plain HTTP, whose servers are marked untrusted (as is any document
/// redirected to plain HTTP).
public struct AutoconfigSource: ConfigSource {
    /// Where a domain's document is looked for.
    public enum Location: Sendable, CaseIterable {
        /// `https://autoconfig.DOMAIN/mail/config-v1.1.xml?emailaddress=ADDRESS`
        case autoconfigHost
        /// `https://DOMAIN/.well-known/autoconfig/mail/config-v1.1.xml`
        case wellKnown
        /// `http://autoconfig.DOMAIN/mail/config-v1.1.xml?emailaddress=ADDRESS` (untrusted)
        case plainHTTP
    }

    /// HTTP.
    public let http: any HTTPFetcher
    /// Which document.
    public let location: Location
    /// Time allowed for the fetch.
    public let timeout: Duration
    /// Largest document accepted.
    public let maximumBytes: Int

    /// Creates the source.
    public init(http: any HTTPFetcher, location: Location, timeout: Duration, maximumBytes: Int = 1 << 20) {
        self.http = http
        self.location = location
        self.timeout = timeout
        self.maximumBytes = maximumBytes
    }

    public var kind: SourceKind { .autoconfig }

    public func query(for address: EmailAddress) -> String {
        let domain = address.domain
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let query = address.address.addingPercentEncoding(withAllowedCharacters: allowed) ?? domain
        switch location {
        case .autoconfigHost: return "https://autoconfig.\(domain)/mail/config-v1.1.xml?emailaddress=\(query)"
        case .wellKnown: return "https://\(domain)/.well-known/autoconfig/mail/config-v1.1.xml"
        case .plainHTTP: return "http://autoconfig.\(domain)/mail/config-v1.1.xml?emailaddress=\(query)"
        }
    }

    public func find(_ request: SourceRequest) async -> SourceFinding {
        let url = query(for: request.address)
        let fetched = await http.get(url, timeout: timeout, maximumBytes: maximumBytes)
        switch fetched.outcome {
        case .ok:
            break
        case .status(let code) where code == 404 || code == 410:
            return SourceFinding(.miss(.httpStatus(code)), detail: fetched.summary)
        case .connect:
            return SourceFinding(.miss(.unreachable), detail: fetched.summary)
        case .timeout:
            return SourceFinding(.timeout, detail: fetched.summary)
        default:
            return SourceFinding(.error(.http(fetched.outcome)), detail: fetched.summary)
        }
        let config: ClientConfig
        do {
            config = try ClientConfigParser().parse(Data(fetched.body))
        } catch {
            return SourceFinding(.error(.invalidDocument), detail: "not a clientConfig document: \(error)")
        }
        let finalURL = fetched.finalURL ?? url
        let secure = location != .plainHTTP && (URL(string: finalURL)?.scheme?.lowercased() ?? "https") == "https"
        let servers = config.accountConfig(origin: .autoconfig(url: finalURL, trusted: secure)).servers
        guard !servers.isEmpty else {
            return SourceFinding(.miss(.emptyDocument), detail: "the document lists no IMAP, POP3 or SMTP server")
        }
        let detail = "\(servers.count) servers" + (secure ? "" : "; plain HTTP, so untrusted")
        return SourceFinding(.hit, detail: detail, servers: servers)
    }
}
