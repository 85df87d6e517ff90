import Foundation
import Logging
import MailConfCore
import NIOCore
import NIOHTTP1

/// The endpoints of `mailconf serve`, over one ``ConfigResolver``. Documents are rendered once per address (or
/// domain) and served from a cache until their domain's answer expires; the hot path — a cached document —
/// needs no task, no allocation beyond the response, and no lock but the cache's.
final class MailConfService: Sendable {
    let options: ServeOptions
    let resolver: ConfigResolver
    let metrics: ServerMetrics
    let logger: Logger
    /// Signed profiles by address: signing runs `openssl`, so a profile is made once per address and TTL.
    private let profiles: ExpiringCache<String, RenderedDocument>
    /// Documents by exact request target (`URI|Host`), for GETs that repeat byte for byte.
    private let prepared: ExpiringCache<PreparedKey, PreparedDocument>

    /// The exact-request cache's key: the request target and the Host header, as sent.
    struct PreparedKey: Hashable, Sendable {
        var uri: String
        var host: String?
    }

    init(options: ServeOptions, resolver: ConfigResolver, metrics: ServerMetrics, logger: Logger) {
        self.options = options
        self.resolver = resolver
        self.metrics = metrics
        self.logger = logger
        self.profiles = ExpiringCache(capacity: 1000)
        self.prepared = ExpiringCache(capacity: max(1000, options.cacheEntries * 2))
    }

    /// A cached document for exactly this request target, if any.
    func preparedDocument(uri: String, host: String?) -> PreparedDocument? {
        prepared.value(for: PreparedKey(uri: uri, host: host))
    }

    /// Remembers `document` for GETs of exactly this target until it expires.
    private func remember(
        _ document: RenderedDocument,
        endpoint: Endpoint,
        domain: String,
        request: ServiceRequest
    ) {
        // A stale answer (served while its domain is rediscovered) is not worth keeping.
        guard request.method == .GET, let uri = request.uri, document.expires > .now else { return }
        prepared.set(
            PreparedDocument(document, domain: domain, counters: metrics.fastCounters(endpoint: endpoint.rawValue)),
            for: PreparedKey(uri: uri, host: request.headers.first(name: "Host")),
            expires: document.expires
        )
    }

    /// The endpoint a path belongs to, for routing and metrics.
    enum Endpoint: String, Sendable {
        case home
        case autoconfig
        case autodiscoverXML = "autodiscover_xml"
        case autodiscoverJSON = "autodiscover_json"
        case mobileconfig
        case lookup
        case health
        case metrics
        case notFound = "not_found"

        init(path: String) {
            switch path {
            case "/", "/index.html": self = .home
            case "/mail/config-v1.1.xml", "/.well-known/autoconfig/mail/config-v1.1.xml": self = .autoconfig
            case "/autodiscover/autodiscover.xml": self = .autodiscoverXML
            case "/email.mobileconfig", "/mobileconfig": self = .mobileconfig
            case "/v1/lookup": self = .lookup
            case "/healthz": self = .health
            case "/metrics": self = .metrics
            default:
                self = path.hasPrefix("/autodiscover/autodiscover.json") ? .autodiscoverJSON : .notFound
            }
        }
    }

    // MARK: - The fast path

    /// A response that needs no resolution (a cached document, health, errors of the request itself), or `nil`.
    func immediateResponse(to request: ServiceRequest, endpoint: Endpoint) -> ServiceResponse? {
        guard [.GET, .HEAD].contains(request.method) || (request.method == .POST && endpoint != .metrics) else {
            return ServiceResponse(
                status: .methodNotAllowed,
                contentType: "text/plain; charset=utf-8",
                text: "method not allowed\n",
                headers: [("Allow", endpoint == .metrics ? "GET, HEAD" : "GET, HEAD, POST")]
            )
        }
        switch endpoint {
        case .health:
            return ServiceResponse(contentType: "text/plain; charset=utf-8", text: "ok\n")
        case .metrics:
            return ServiceResponse(
                headers: [("Content-Type", "text/plain; version=0.0.4; charset=utf-8")],
                body: ByteBuffer(bytes: metrics.render())
            )
        case .notFound:
            return ServiceResponse(status: .notFound, contentType: "text/plain; charset=utf-8", text: "not found\n")
        case .autoconfig, .autodiscoverXML, .mobileconfig:
            // A document rendered for exactly this request target, asked for again conditionally, by HEAD or
            // over HTTP/1.0 (the handler serves the plain repeats itself).
            guard request.method != .POST, let uri = request.uri,
                let prepared = preparedDocument(uri: uri, host: request.headers.first(name: "Host"))
            else { return nil }
            metrics.cacheHit("document")
            return prepared.document.response(for: request.headers)
        default:
            return nil
        }
    }

    // MARK: - Resolution-backed endpoints

    func respond(to request: ServiceRequest, endpoint: Endpoint) async -> ServiceResponse {
        switch endpoint {
        case .autoconfig: await autoconfig(request)
        case .autodiscoverXML: await autodiscoverXML(request)
        case .autodiscoverJSON: autodiscoverJSON(request)
        case .mobileconfig: await mobileconfig(request)
        case .lookup: await lookup(request)
        case .home: await HomePage.render(request, service: self)
        default: immediateResponse(to: request, endpoint: endpoint) ?? ServiceResponse(status: .notFound)
        }
    }

    /// Whom a request is about: an address, or only a domain (usernames then stay placeholders).
    struct Target: Sendable {
        var address: EmailAddress?
        var domain: String
    }

    private func autoconfigTarget(_ request: ServiceRequest) -> Result<Target, ClientError> {
        if let text = request.query["emailaddress"] ?? request.query["email"], !text.isEmpty {
            do {
                let address = try EmailAddress(parsing: text)
                return .success(Target(address: address, domain: address.domain))
            } catch {
                return .failure(
                    ClientError(code: "invalid-address", message: "'\(text)' is not a usable address: \(error)")
                )
            }
        }
        var domain = request.query["domain"]
        if domain == nil, let host = request.host, host.hasPrefix("autoconfig.") {
            domain = String(host.dropFirst("autoconfig.".count))
        } else if domain == nil, let host = request.host, host.contains("."),
            (try? HostName(parsing: host))?.isIPAddress == false
        {
            // Delta Chat asks DOMAIN/.well-known/autoconfig/… without an address: the mail domain is the Host.
            domain = host
        }
        guard let domain, !domain.isEmpty else {
            return .failure(
                ClientError(
                    code: "missing-address",
                    message: "give ?emailaddress=user@example.com (or ?domain=, or ask as autoconfig.DOMAIN)"
                )
            )
        }
        do {
            return .success(Target(address: nil, domain: try EmailAddress.normalise(domain: domain)))
        } catch {
            return .failure(
                ClientError(code: "invalid-domain", message: "'\(domain)' is not a usable domain: \(error)")
            )
        }
    }

    struct ClientError: Error, Sendable {
        var code: String
        var message: String

        var json: ServiceResponse {
            let value: JSONValue = .object([("error", .string(code)), ("message", .string(message))])
            return .json(value.serialized(pretty: false) + "\n", status: .badRequest)
        }
    }

    private func rateLimited(_ retryAfter: Int) -> ServiceResponse {
        let value: JSONValue = .object([
            ("error", .string("rate-limited")),
            ("message", .string("too many lookups of new domains; retry in \(retryAfter) s")),
        ])
        var response = ServiceResponse.json(value.serialized(pretty: false) + "\n", status: .tooManyRequests)
        response.headers.append(("Retry-After", String(retryAfter)))
        return response
    }

    private func unknown(_ answer: DomainAnswer) -> ServiceResponse {
        let value: JSONValue = .object([
            ("error", .string("unknown-domain")), ("message", .string(answer.result.hint)),
        ])
        return .json(value.serialized(pretty: false) + "\n", status: .notFound)
    }

    private func autoconfig(_ request: ServiceRequest) async -> ServiceResponse {
        let target: Target
        switch autoconfigTarget(request) {
        case .success(let value): target = value
        case .failure(let error): return error.json
        }
        switch await resolver.resolve(
            domain: target.domain,
            client: request.client,
            ownDiscovery: request.fromDiscovery
        ) {
        case .rateLimited(let retryAfter):
            return rateLimited(retryAfter)
        case .notFound(let answer):
            return unknown(answer)
        case .found(let answer):
            let account = ThunderbirdCompatibility.prepared(answer.config(for: target.address))
            let xml = ClientConfig(account: account, domain: target.domain, omitPlainWhenTLSExists: true).xml
            let document = RenderedDocument(
                body: ByteBuffer(string: xml),
                contentType: "text/xml; charset=utf-8",
                maxAge: maxAge(answer),
                expires: answer.expires
            )
            remember(document, endpoint: .autoconfig, domain: target.domain, request: request)
            return document.response(for: request.headers)
        }
    }

    private func autodiscoverXML(_ request: ServiceRequest) async -> ServiceResponse {
        func poxError(_ code: Int, _ message: String, status: HTTPResponseStatus = .ok) -> ServiceResponse {
            ServiceResponse(
                status: status,
                contentType: "application/xml; charset=utf-8",
                text: AutodiscoverError(code: code, message: message, time: Self.errorTime(), id: Self.errorID(message))
                    .xml
            )
        }
        var emailText = request.query["email"] ?? request.query["emailaddress"]
        if let body = request.body, body.readableBytes > 0 {
            do {
                let parsed = try AutodiscoverRequestParser().parse(Data(body.readableBytesView))
                guard parsed.acceptsOutlookResponse else {
                    return poxError(
                        601,
                        "The requested schema version is not supported: only the Outlook 2006a schema is served"
                    )
                }
                emailText = parsed.emailAddress ?? emailText
            } catch {
                return poxError(600, "Invalid Request: \(error)")
            }
        }
        guard let emailText, !emailText.isEmpty else { return poxError(600, "Invalid Request: no EMailAddress") }
        let address: EmailAddress
        do {
            address = try EmailAddress(parsing: emailText)
        } catch let problem {
            return poxError(600, "Invalid Request: \(problem)")
        }
        switch await resolver.resolve(
            domain: address.domain,
            client: request.client,
            ownDiscovery: request.fromDiscovery
        ) {
        case .rateLimited(let retryAfter):
            var response = poxError(603, "Too many lookups of new domains; retry later", status: .tooManyRequests)
            response.headers.append(("Retry-After", String(retryAfter)))
            return response
        case .notFound(let answer):
            return poxError(602, "The e-mail address cannot be found: \(answer.result.hint)")
        case .found(let answer):
            let xml = AutodiscoverResponse(account: answer.config(for: address), displayName: address.address).xml
            let document = RenderedDocument(
                body: ByteBuffer(string: xml),
                contentType: "application/xml; charset=utf-8",
                maxAge: maxAge(answer),
                expires: answer.expires
            )
            remember(document, endpoint: .autodiscoverXML, domain: address.domain, request: request)
            return document.response(for: request.headers)
        }
    }

    /// `HH:mm:ss.fffffff`, as Exchange writes the `Time` of an error.
    static func errorTime() -> String {
        let seconds = Date().timeIntervalSince1970
        let day = seconds.truncatingRemainder(dividingBy: 86400)
        let hours = Int(day / 3600)
        let minutes = Int(day.truncatingRemainder(dividingBy: 3600) / 60)
        let rest = day.truncatingRemainder(dividingBy: 60)
        let whole = Int(rest)
        let fraction = Int((rest - Double(whole)) * 10_000_000)
        return String(format: "%02d:%02d:%02d.%07d", hours, minutes, whole, fraction)
    }

    static func errorID(_ message: String) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in message.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }

    private func autodiscoverJSON(_ request: ServiceRequest) -> ServiceResponse {
        func failure(_ code: String, _ message: String) -> ServiceResponse {
            let value: JSONValue = .object([("ErrorCode", .string(code)), ("ErrorMessage", .string(message))])
            return .json(value.serialized(pretty: false), status: .badRequest)
        }
        let protocolName = request.query["protocol"] ?? ""
        guard protocolName.lowercased() == "autodiscoverv1" else {
            return failure(
                "InvalidProtocol",
                "The given protocol value '\(protocolName)' is invalid. Supported values are 'AutodiscoverV1'."
            )
        }
        var email = request.query["email"]
        if email == nil, let range = request.path.range(of: "/v1.0/") {
            email = String(request.path[range.upperBound...]).removingPercentEncoding
        }
        guard let email, (try? EmailAddress(parsing: email)) != nil else {
            return failure("InvalidUser", "The given email address is not valid: '\(email ?? "")'.")
        }
        let value: JSONValue = .object([
            ("Protocol", .string("AutodiscoverV1")),
            ("Url", .string(publicBase(request) + "/Autodiscover/Autodiscover.xml")),
        ])
        return .json(value.serialized(pretty: false))
    }

    private func mobileconfig(_ request: ServiceRequest) async -> ServiceResponse {
        guard let text = request.query["email"] ?? request.query["emailaddress"], !text.isEmpty else {
            return ClientError(code: "missing-address", message: "give ?email=user@example.com").json
        }
        let address: EmailAddress
        do {
            address = try EmailAddress(parsing: text)
        } catch {
            return ClientError(code: "invalid-address", message: "'\(text)' is not a usable address: \(error)").json
        }
        if let cached = profiles.value(for: address.address) {
            metrics.cacheHit("document")
            return cached.response(for: request.headers)
        }
        switch await resolver.resolve(
            domain: address.domain,
            client: request.client,
            ownDiscovery: request.fromDiscovery
        ) {
        case .rateLimited(let retryAfter):
            return rateLimited(retryAfter)
        case .notFound(let answer):
            return unknown(answer)
        case .found(let answer):
            guard let profile = MobileConfigProfile(address: address, account: answer.config(for: address)) else {
                return ClientError(
                    code: "incomplete",
                    message: "\(address.domain) lacks an incoming or outgoing server"
                ).json
            }
            var bytes = Array(profile.xml.utf8)
            if let certificate = options.signingCertificate, let key = options.signingKey {
                switch await ProfileSigner.sign(bytes, certificate: certificate, key: key) {
                case .success(let signed):
                    bytes = signed
                case .failure(let failure):
                    // Served unsigned (iOS shows "unverified") rather than not at all; the operator must know.
                    logger.error("profile served unsigned", metadata: ["reason": .string(failure.description)])
                }
            }
            let document = RenderedDocument(
                body: ByteBuffer(bytes: bytes),
                contentType: "application/x-apple-aspen-config",
                maxAge: maxAge(answer),
                expires: answer.expires,
                extraHeaders: [("Content-Disposition", "attachment; filename=\"mail-\(address.domain).mobileconfig\"")]
            )
            // A stale profile is kept a minute too: signing runs openssl, and a stale domain is a popular one.
            profiles.set(document, for: address.address, expires: max(answer.expires, .now.advanced(by: .seconds(60))))
            remember(document, endpoint: .mobileconfig, domain: address.domain, request: request)
            return document.response(for: request.headers)
        }
    }

    /// The `lookup` JSON contract for an address, or an error response.
    func lookupResult(_ text: String?, client: String) async -> Result<LookupResult, ServiceErrorResponse> {
        guard let text, !text.isEmpty else {
            return .failure(
                ServiceErrorResponse(ClientError(code: "missing-address", message: "give ?email=user@example.com").json)
            )
        }
        let address: EmailAddress
        do {
            address = try EmailAddress(parsing: text)
        } catch {
            return .failure(
                ServiceErrorResponse(
                    ClientError(code: "invalid-address", message: "'\(text)' is not a usable address: \(error)").json
                )
            )
        }
        return await lookupResult(address, client: client)
    }

    /// The lookup of an address already parsed.
    func lookupResult(_ address: EmailAddress, client: String) async -> Result<LookupResult, ServiceErrorResponse> {
        switch await resolver.resolve(domain: address.domain, client: client) {
        case .rateLimited(let retryAfter): return .failure(ServiceErrorResponse(rateLimited(retryAfter)))
        case .notFound(let answer), .found(let answer): return .success(answer.lookup(for: address))
        }
    }

    private func lookup(_ request: ServiceRequest) async -> ServiceResponse {
        switch await lookupResult(request.query["email"] ?? request.query["emailaddress"], client: request.client) {
        case .failure(let error): return error.response
        case .success(let result):
            return .json(result.json.serialized() + "\n", status: result.found ? .ok : .notFound)
        }
    }
}

/// An error response carried through a `Result`.
struct ServiceErrorResponse: Error, Sendable {
    var response: ServiceResponse
    init(_ response: ServiceResponse) { self.response = response }
}

extension MailConfService {
    /// `Cache-Control: max-age` for a document from `answer`: a stale one (served while its domain is rediscovered)
    /// only for a minute, so that caches in front fetch the fresh one soon.
    func maxAge(_ answer: DomainAnswer) -> Int {
        answer.isStale ? min(60, options.clientMaxAge) : options.clientMaxAge
    }

    /// The service's public address without a trailing slash: `--public-url`, else https and the request's host
    /// (when it is a valid one; `localhost` otherwise).
    func publicBase(_ request: ServiceRequest) -> String {
        let base = options.publicURL ?? "https://\(request.urlHost ?? "localhost")"
        return base.hasSuffix("/") ? String(base.dropLast()) : base
    }
}
