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
    let profiles: ExpiringCache<String, RenderedDocument>
    /// Documents by exact request target (`URI|Host`), for GETs that repeat byte for byte.
    private let prepared: ExpiringCache<PreparedKey, PreparedDocument>

    /// Most responses kept whole. A request target carries the address, so most repeat only when a client retries
    /// or polls; the rest are rendered again from their domain's cached answer. Unbounded, these copies were half
    /// of what 10,000 cached domains held.
    static let preparedCapacity = 2048

    /// The exact-request cache's key: the request target and the Host header, as sent.
    struct PreparedKey: Hashable, Sendable {
        var uri: String
        var host: String?
    }

    /// The time documents expire by: the resolver's clock (tests step it instead of sleeping).
    let now: @Sendable () -> ContinuousClock.Instant

    init(
        options: ServeOptions,
        resolver: ConfigResolver,
        metrics: ServerMetrics,
        logger: Logger,
        now: @escaping @Sendable () -> ContinuousClock.Instant = { .now }
    ) {
        self.now = now
        self.options = options
        self.resolver = resolver
        self.metrics = metrics
        self.logger = logger
        self.profiles = ExpiringCache(capacity: 1000)
        self.prepared = ExpiringCache(capacity: min(max(1000, options.cacheEntries * 2), Self.preparedCapacity))
    }

    /// Drops every cached answer and document (after the provider files changed).
    func forgetAnswers() {
        resolver.forgetAnswers()
        prepared.removeAll()
        profiles.removeAll()
    }

    /// A cached document for exactly this request target, if any.
    func preparedDocument(uri: String, host: String?) -> PreparedDocument? {
        prepared.value(for: PreparedKey(uri: uri, host: host), now: now())
    }

    /// Remembers `document` for GETs of exactly this target until it expires.
    func remember(
        _ document: RenderedDocument,
        endpoint: Endpoint,
        domain: String,
        request: ServiceRequest
    ) {
        // A stale answer (served while its domain is rediscovered) is not worth keeping.
        guard request.method == .GET, let uri = request.uri, document.expires > now() else { return }
        prepared.set(
            PreparedDocument(
                document,
                domain: domain,
                loggedPath: HTTPHandler.loggedPath(request.path, endpoint),
                counters: metrics.fastCounters(endpoint: endpoint.rawValue)
            ),
            for: PreparedKey(uri: uri, host: request.headers.first(name: "Host")),
            expires: document.expires
        )
    }

    /// Where a mail domain's own web host serves autoconfig.
    static let wellKnownAutoconfigPath = "/.well-known/autoconfig/mail/config-v1.1.xml"

    /// The endpoint a path belongs to, for routing and metrics.
    enum Endpoint: String, Sendable {
        case home
        case autoconfig
        /// Thunderbird's central database (ISPDB) shape: `/v1.1/DOMAIN` or `/autoconfig/v1.1/DOMAIN`.
        case centralLookup = "central_lookup"
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
            case "/mail/config-v1.1.xml", MailConfService.wellKnownAutoconfigPath: self = .autoconfig
            case "/autodiscover/autodiscover.xml": self = .autodiscoverXML
            case "/email.mobileconfig", "/mobileconfig": self = .mobileconfig
            case "/v1/lookup": self = .lookup
            case "/healthz": self = .health
            case "/metrics": self = .metrics
            default:
                if path.hasPrefix("/autodiscover/autodiscover.json") {
                    self = .autodiscoverJSON
                } else if MailConfService.centralLookupDomain(path) != nil {
                    self = .centralLookup
                } else {
                    self = .notFound
                }
            }
        }
    }

    /// The domain of a central-lookup path (`/v1.1/DOMAIN`, `/autoconfig/v1.1/DOMAIN`), or `nil`.
    static func centralLookupDomain(_ path: String) -> Substring? {
        for prefix in ["/v1.1/", "/autoconfig/v1.1/"] where path.hasPrefix(prefix) {
            let domain = path.dropFirst(prefix.count)
            return domain.isEmpty || domain.contains("/") ? nil : domain
        }
        return nil
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
        case .autoconfig, .centralLookup, .autodiscoverXML, .mobileconfig:
            // A document rendered for exactly this request target, asked for again conditionally, by HEAD or
            // over HTTP/1.0 (the handler serves the plain repeats itself).
            guard request.method != .POST, let uri = request.uri,
                let prepared = preparedDocument(uri: uri, host: request.headers.first(name: "Host"))
            else { return nil }
            metrics.cacheHit("document")
            var response = prepared.document.response(for: request.headers)
            response.domain = prepared.domain
            return response
        default:
            return nil
        }
    }

    // MARK: - Resolution-backed endpoints

    func respond(to request: ServiceRequest, endpoint: Endpoint) async -> ServiceResponse {
        switch endpoint {
        case .autoconfig, .centralLookup: await AutoconfigEndpoint.respond(to: request, service: self)
        case .autodiscoverXML: await AutodiscoverXMLEndpoint.respond(to: request, service: self)
        case .autodiscoverJSON: AutodiscoverJSONEndpoint.respond(to: request, service: self)
        case .mobileconfig: await MobileconfigEndpoint.respond(to: request, service: self)
        case .lookup: await LookupEndpoint.respond(to: request, service: self)
        case .home: await HomePage.render(request, service: self)
        default: immediateResponse(to: request, endpoint: endpoint) ?? ServiceResponse(status: .notFound)
        }
    }

    /// The lookup of an address already parsed.
    func lookupResult(_ address: EmailAddress, client: String) async -> Result<LookupResult, EndpointError> {
        switch await resolver.resolve(domain: address.domain, client: client) {
        case .rateLimited(let retryAfter): return .failure(.rateLimited(retryAfter, domain: address.domain))
        case .notFound(let answer), .found(let answer): return .success(answer.lookup(for: address))
        }
    }
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
