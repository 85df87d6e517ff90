import Logging
import MailConfCore
import NIOCore
import NIOHTTP1

/// `GET /email.mobileconfig?email=…` (also `/mobileconfig`): an Apple configuration profile, signed when the
/// service has a certificate.
enum MobileconfigEndpoint {
    static func respond(to request: ServiceRequest, service: MailConfService) async -> ServiceResponse {
        let address: EmailAddress
        switch EmailAddress.parsing(
            request: request.addressParameter(),
            missing: "give ?email=user@example.com"
        ) {
        case .failure(let error): return error.json
        case .success(let value): address = value
        }
        if let cached = service.profiles.value(for: address.address, now: service.now()) {
            service.metrics.cacheHit("document")
            var response = cached.response(for: request.headers)
            response.domain = address.domain
            return response
        }
        switch await service.resolver.resolve(
            domain: address.domain,
            client: request.client,
            ownDiscovery: request.fromDiscovery
        ) {
        case .rateLimited(let retryAfter):
            return EndpointError.rateLimited(retryAfter, domain: address.domain).json
        case .notFound(let answer):
            return EndpointError.unknownDomain(answer, domain: address.domain).json
        case .found(let answer):
            guard
                let profile = MobileConfigProfile(
                    address: address,
                    account: answer.config(for: address).forClientDocuments
                )
            else {
                return EndpointError(
                    code: .incomplete,
                    message: "\(address.domain) lacks an incoming or outgoing server",
                    status: .badRequest,
                    domain: address.domain
                ).json
            }
            var bytes = Array(profile.xml.utf8)
            if let certificate = service.options.signingCertificate, let key = service.options.signingKey {
                switch await ProfileSigner.sign(bytes, certificate: certificate, key: key) {
                case .success(let signed):
                    bytes = signed
                case .failure(let failure):
                    // Served unsigned (iOS shows "unverified") rather than not at all; the operator must know.
                    service.logger.error("profile served unsigned", metadata: ["reason": .string(failure.description)])
                }
            }
            let document = RenderedDocument(
                body: ByteBuffer(bytes: bytes),
                contentType: "application/x-apple-aspen-config",
                maxAge: service.maxAge(answer),
                expires: answer.expires,
                extraHeaders: [("Content-Disposition", "attachment; filename=\"mail-\(address.domain).mobileconfig\"")]
            )
            // A stale profile is kept a minute too: signing runs openssl, and a stale domain is a popular one.
            service.profiles.set(
                document,
                for: address.address,
                expires: max(answer.expires, service.now().advanced(by: .seconds(60)))
            )
            service.remember(document, endpoint: .mobileconfig, domain: address.domain, request: request)
            var response = document.response(for: request.headers)
            response.domain = address.domain
            return response
        }
    }
}
