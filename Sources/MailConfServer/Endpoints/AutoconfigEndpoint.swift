import MailConfCore
import NIOCore

/// `GET /mail/config-v1.1.xml` and `/.well-known/autoconfig/mail/config-v1.1.xml`: Thunderbird's clientConfig.
enum AutoconfigEndpoint {
    /// Whom a request is about: an address, or only a domain (usernames then stay placeholders).
    struct Target: Sendable {
        var address: EmailAddress?
        var domain: String
    }

    static func respond(to request: ServiceRequest, service: MailConfService) async -> ServiceResponse {
        let target: Target
        switch self.target(request) {
        case .success(let value): target = value
        case .failure(let error): return error.json
        }
        switch await service.resolver.resolve(
            domain: target.domain,
            client: request.client,
            ownDiscovery: request.fromDiscovery
        ) {
        case .rateLimited(let retryAfter):
            return EndpointError.rateLimited(retryAfter, domain: target.domain).json
        case .notFound(let answer):
            return EndpointError.unknownDomain(answer, domain: target.domain).json
        case .found(let answer):
            let account = ThunderbirdCompatibility.prepared(answer.config(for: target.address))
            let xml = ClientConfig(account: account, domain: target.domain, omitPlainWhenTLSExists: true).xml
            let document = RenderedDocument(
                body: ByteBuffer(string: xml),
                contentType: "text/xml; charset=utf-8",
                maxAge: service.maxAge(answer),
                expires: answer.expires
            )
            service.remember(document, endpoint: .autoconfig, domain: target.domain, request: request)
            var response = document.response(for: request.headers)
            response.domain = target.domain
            return response
        }
    }

    static func target(_ request: ServiceRequest) -> Result<Target, EndpointError> {
        if let text = request.query["emailaddress"] ?? request.query["email"], !text.isEmpty {
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
