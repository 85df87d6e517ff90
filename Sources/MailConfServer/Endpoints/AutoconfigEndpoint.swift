import Foundation
import MailConfCore
import NIOCore

/// `GET /mail/config-v1.1.xml` and `/.well-known/autoconfig/mail/config-v1.1.xml`: Thunderbird's clientConfig; and
/// the same document in the shape of Thunderbird's central database (`/v1.1/DOMAIN`, `/autoconfig/v1.1/DOMAIN`), for
/// organisations that point `mailnews.auto_config_url` at their own MailConf.
enum AutoconfigEndpoint {
    /// Whom a request is about: an address, or only a domain (usernames then stay placeholders).
    struct Target: Sendable {
        var address: EmailAddress?
        var domain: String
    }

    static func respond(to request: ServiceRequest, service: MailConfService) async -> ServiceResponse {
        let endpoint: MailConfService.Endpoint =
            MailConfService.centralLookupDomain(request.path) != nil ? .centralLookup : .autoconfig
        let target: Target
        switch self.target(request) {
        case .success(let value): target = value
        case .failure(let error): return error.json
        }
        let answer: DomainAnswer
        switch await service.resolver.resolve(
            domain: target.domain,
            client: request.client,
            ownDiscovery: request.fromDiscovery
        ) {
        case .rateLimited(let retryAfter):
            return EndpointError.rateLimited(retryAfter, domain: target.domain).json
        case .notFound(let unknown):
            guard let hoster = await hosterAnswer(for: target, request: request, service: service) else {
                return EndpointError.unknownDomain(unknown, domain: target.domain).json
            }
            answer = hoster
        case .found(let found):
            answer = found
        }
        let account = ThunderbirdCompatibility.prepared(answer.config(for: target.address).forClientDocuments)
        let xml = ClientConfig(account: account, domain: target.domain, omitPlainWhenTLSExists: true).xml
        let document = RenderedDocument(
            body: ByteBuffer(string: xml),
            contentType: "text/xml; charset=utf-8",
            maxAge: service.maxAge(answer),
            expires: answer.expires
        )
        service.remember(document, endpoint: endpoint, domain: target.domain, request: request)
        var response = document.response(for: request.headers)
        response.domain = target.domain
        return response
    }

    /// A hoster's settings for its customer's address: Thunderbird asks `autoconfig.HOSTER` (derived from the
    /// customer domain's MX) with the customer's address. When the request's `Host` is `autoconfig.X`, X is a
    /// domain this service has settings for, and the address's own domain has none, X's settings are the answer,
    /// with the address filled in.
    private static func hosterAnswer(
        for target: Target,
        request: ServiceRequest,
        service: MailConfService
    ) async -> DomainAnswer? {
        guard target.address != nil, let host = request.host, let name = try? HostName(parsing: host),
            !name.isIPAddress, name.value.hasPrefix("autoconfig.")
        else { return nil }
        let hoster = String(name.value.dropFirst("autoconfig.".count))
        guard hoster != target.domain,
            case .found(let answer) = await service.resolver.resolve(
                domain: hoster,
                client: request.client,
                ownDiscovery: request.fromDiscovery
            )
        else { return nil }
        return answer
    }

    static func target(_ request: ServiceRequest) -> Result<Target, EndpointError> {
        if let domain = MailConfService.centralLookupDomain(request.path) {
            // Thunderbird sends no address here, only the domain in the path.
            let text = String(domain).removingPercentEncoding ?? String(domain)
            do {
                return .success(Target(address: nil, domain: try EmailAddress.normalise(domain: text)))
            } catch {
                return .failure(.invalidDomain(text, error))
            }
        }
        if let text = request.addressParameter(preferring: "emailaddress"), !text.isEmpty {
            return EmailAddress.parsing(request: text, missing: "").map { Target(address: $0, domain: $0.domain) }
        }
        var domain = request.query["domain"]
        if domain == nil, let host = request.host, let name = try? HostName(parsing: host), !name.isIPAddress {
            if name.value.hasPrefix("autoconfig.") {
                domain = String(name.value.dropFirst("autoconfig.".count))
            } else if request.path == MailConfService.wellKnownAutoconfigPath {
                // The mail domain's own web host (Delta Chat and Thunderbird for Android send no address here).
                domain = name.value
            }
        }
        guard let domain, !domain.isEmpty else {
            return .failure(
                .missingAddress(
                    "give ?emailaddress=user@example.com (or ?domain=, or ask as autoconfig.DOMAIN or at DOMAIN/.well-known/autoconfig/)"
                )
            )
        }
        do {
            return .success(Target(address: nil, domain: try EmailAddress.normalise(domain: domain)))
        } catch {
            return .failure(.invalidDomain(domain, error))
        }
    }
}
