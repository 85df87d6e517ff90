public import Foundation

/// One mail client's documented lookup order for a new account, as data: the requests it makes, in the order its
/// answers count, the rules it applies to each answer, and what it does when none answers. Read from
/// `Guides/lookup/CLIENT.json` (compiled in by `Scripts/embed-guides`); every step cites the released source or the
/// vendor documentation it comes from. Every value that decides anything is a closed set decoded into an enum, so
/// no decision reads prose.
public struct ClientOrder: Decodable, Hashable, Sendable {
    /// How the client is simulated.
    public enum Mode: String, Decodable, Hashable, Sendable {
        /// The steps are simulated against the domain.
        case lookup
        /// The client has no network lookup for other domains: manual entry, or a configuration profile.
        case profile
        /// The vendor does not document the lookup: reported as unknown, never guessed.
        case undocumented
    }

    /// Where the order was read.
    public struct Source: Decodable, Hashable, Sendable {
        /// The repository read (`owner/name`), for open-source clients.
        public var repo: String?
        /// The commit or tag read.
        public var commit: String?
        /// The vendor's documentation pages, for closed-source clients.
        public var urls: [String]?
        /// When it was read (`YYYY-MM`).
        public var read: String
    }

    /// Stable id, e.g. `thunderbird`.
    public var id: String
    /// Other names `--client` accepts.
    public var aliases: [String]
    /// The client's name.
    public var name: String
    /// The version whose behaviour is described.
    public var version: String
    /// Where it was read.
    public var source: Source
    /// How the client is simulated.
    public var mode: Mode
    /// Whether the client's outcome counts for the exit code (a client whose outcome no owner can change does
    /// not: Apple Mail's manual entry, new Outlook's undocumented lookup).
    public var counted: Bool
    /// How the client treats HTTP answers (each step may override).
    public var http: HTTPRules?
    /// The steps, in the order their answers count (for clients that run them in parallel: their priority order).
    public var steps: [Step]
    /// How the client reads an autoconfig (clientConfig) document.
    public var reader: ReaderRules?
    /// How the client reads an Autodiscover POX answer.
    public var autodiscover: AutodiscoverRules?
    /// What happens when no step answers.
    public var fallback: Fallback
    /// Rules applied to the settings once a step answered.
    public var after: [AfterRule]?
    /// Why the client is not simulated (for `profile` and `undocumented`), cited.
    public var note: Cited?

    /// Something said with its citation.
    public struct Cited: Decodable, Hashable, Sendable {
        /// The catalogue key of what the source says, for people (never decides anything).
        public var key: String
        /// The citation: file, symbol and lines, or a URL.
        public var cite: String
    }

    /// What a client does with HTTP answers.
    public struct HTTPRules: Decodable, Hashable, Sendable {
        /// Which statuses count as an answer.
        public var success: Success?
        /// The `Content-Type` values under which the body is read as XML; `nil`: the type is not looked at.
        public var contentTypes: [String]?
        /// How the type is compared.
        public var contentTypeMatch: ContentTypeMatch?
        /// Which redirects the client follows.
        public var redirects: Redirects?
        /// What an answer the client's reader refuses does to the lookup.
        public var onRejected: Continuation?
        /// What a body that is not XML does to the lookup.
        public var onMalformed: Continuation?
        /// What a well-formed document without a usable server does to the lookup.
        public var onEmpty: Continuation?
        /// What a `401` from an Autodiscover URL does.
        public var on401: On401?

        /// These rules, with `override`'s values where it has them.
        public func merged(with override: HTTPRules?) -> HTTPRules {
            guard let override else { return self }
            return HTTPRules(
                success: override.success ?? success,
                contentTypes: override.contentTypes ?? contentTypes,
                contentTypeMatch: override.contentTypeMatch ?? contentTypeMatch,
                redirects: override.redirects ?? redirects,
                onRejected: override.onRejected ?? onRejected,
                onMalformed: override.onMalformed ?? onMalformed,
                onEmpty: override.onEmpty ?? onEmpty,
                on401: override.on401 ?? on401
            )
        }
    }

    /// Which HTTP statuses are an answer.
    public enum Success: String, Decodable, Hashable, Sendable {
        /// 200–299.
        case any2xx = "2xx"
        /// Exactly 200.
        case only200 = "200"
    }

    /// How a `Content-Type` is compared with the accepted types.
    public enum ContentTypeMatch: String, Decodable, Hashable, Sendable {
        /// The header starts with an accepted type (case-sensitive, as Thunderbird 153's `startsWith`).
        case prefix
        /// The type before any `;` equals an accepted type.
        case exact
    }

    /// Which redirects a client follows.
    public struct Redirects: Decodable, Hashable, Sendable {
        /// Most redirects followed.
        public var max: Int
        /// Whether an `https` URL may redirect to `http`.
        public var downgrade: Bool
        /// Whether a relative `Location` is followed.
        public var relative: Bool
        /// What a POST becomes after a 301/302/303: a GET without body (browsers, XHR), or the same POST again.
        public var post: PostRedirect
    }

    /// What a POST becomes after a 301, 302 or 303.
    public enum PostRedirect: String, Decodable, Hashable, Sendable {
        /// A GET without the body (the Fetch rules; 307/308 keep the POST).
        case get
        /// The same POST to the new URL.
        case repost
    }

    /// What an answer that gives no usable settings does to the rest of the lookup.
    public enum Continuation: String, Decodable, Hashable, Sendable {
        /// The next step runs.
        case next
        /// The remaining steps of the same group are skipped; the next group runs.
        case failGroup = "fail-group"
        /// The lookup ends here; the client goes to its fallback (guessing).
        case stop
        /// The lookup ends here, without a fallback: manual entry.
        case stopSilently = "stop-silently"
    }

    /// What a `401` from an Autodiscover URL does.
    public enum On401: String, Decodable, Hashable, Sendable {
        /// The client asks the user for credentials instead of guessing.
        case askCredentials = "ask-credentials"
    }

    /// One request (or DNS look-up) of the order.
    public struct Step: Decodable, Hashable, Sendable {
        /// Stable id within the client, e.g. `isp-https`.
        public var id: String
        /// Steps of one group share ``Continuation/failGroup``.
        public var group: String?
        /// What the step does.
        public var kind: Kind
        /// The URL template: `{domain}` is the mail domain, `{host}` an MX-derived domain.
        public var url: String?
        /// The query string sent.
        public var query: Query?
        /// HTTP rules for this step only.
        public var http: HTTPRules?
        /// For `autodiscover-post` over plain HTTP: a redirect to an https URL is followed by a POST there.
        public var redirectToHTTPS: PostRedirect?
        /// For `autodiscover-srv`: which record is used.
        public var select: SRVSelection?
        /// For `mx`: how candidate domains are made and what is asked for each.
        public var mx: MXPlan?
        /// For `builtin`: the domains the client knows.
        public var domains: [String]?
        /// For `builtin`: the servers it uses for them.
        public var servers: [Server]?
        /// Run only when the previous step that ran ended with this HTTP status (Evolution's MX pass after a 404).
        public var onlyAfterStatus: Int?
        /// For `not-simulated`: why.
        public var why: String?
        /// The citation: file, symbol and lines, or a URL.
        public var cite: String
    }

    /// What a step does.
    public enum Kind: String, Decodable, Hashable, Sendable {
        /// GET a clientConfig document from the domain.
        case autoconfig
        /// GET a clientConfig document from the client vendor's central database.
        case central
        /// MX look-up, then autoconfig requests for the MX host's domains.
        case mx
        /// POST an Autodiscover POX request.
        case autodiscoverPost = "autodiscover-post"
        /// GET the Autodiscover URL (no body).
        case autodiscoverGet = "autodiscover-get"
        /// GET `http://autodiscover.DOMAIN/…`; only a 302 counts, and its `Location` then gets the POST.
        case autodiscoverRedirect = "autodiscover-redirect"
        /// The `_autodiscover._tcp` SRV record, then a POST to its target.
        case autodiscoverSRV = "autodiscover-srv"
        /// RFC 6186/8314 SRV records.
        case srv
        /// Settings compiled into the client for a few domains.
        case builtin
        /// A documented step that cannot be simulated from outside (local files, domain-joined look-ups).
        case notSimulated = "not-simulated"
    }

    /// The query string of an autoconfig request.
    public enum Query: String, Decodable, Hashable, Sendable {
        /// None.
        case none
        /// `?emailaddress=ADDRESS`.
        case emailaddress
        /// `?emailaddress=ADDRESS&emailmd5=MD5` (Evolution).
        case emailaddressMD5 = "emailaddress-md5"
    }

    /// Which `_autodiscover._tcp` record a client uses.
    public enum SRVSelection: String, Decodable, Hashable, Sendable {
        /// The lowest weight (Thunderbird sorts by weight, not priority).
        case lowestWeight = "lowest-weight"
        /// RFC 2782 order: the lowest priority.
        case priority
    }

    /// How an MX host becomes candidate domains, and the requests made for each.
    public struct MXPlan: Decodable, Hashable, Sendable {
        /// The rule.
        public var candidates: MXCandidates
        /// The steps per candidate (`{host}` in their URLs).
        public var steps: [Step]
    }

    /// How an MX host becomes candidate domains.
    public enum MXCandidates: String, Decodable, Hashable, Sendable {
        /// The MX host minus its first label (unless that is the registrable domain), then its registrable
        /// domain; nothing when the registrable domain is the mail domain (Thunderbird, Thunderbird for Android).
        case thunderbird
        /// The MX host itself, then minus one label after another while a dot remains (Evolution).
        case evolution
    }

    /// A server in data (built-in settings, guesses).
    public struct Server: Decodable, Hashable, Sendable {
        /// `imap`, `pop3` or `smtp`.
        public var `protocol`: String
        /// The host template (`{domain}`).
        public var host: String
        /// The port.
        public var port: Int
        /// `tls`, `starttls` or `plain`.
        public var security: String

        /// The server for `domain`, or `nil` when the data names an unknown protocol or security.
        func settings(domain: String, username: String) -> ServerSettings? {
            guard let proto = MailProtocol(rawValue: `protocol`), let security = TransportSecurity(rawValue: security)
            else { return nil }
            return ServerSettings(
                protocol: proto,
                host: host.replacingOccurrences(of: "{domain}", with: domain),
                port: port,
                security: security,
                username: username,
                origin: .guess
            )
        }
    }

    /// What a client does when no step answered.
    public struct Fallback: Decodable, Hashable, Sendable {
        /// Guessing, or the manual form.
        public var kind: FallbackKind
        /// For `guess`: the incoming candidates in the client's order.
        public var incoming: [Server]?
        /// For `guess`: the outgoing candidates in the client's order.
        public var outgoing: [Server]?
        /// What a guess must pass.
        public var requireValidCertificate: Bool?
        /// The citation.
        public var cite: String
    }

    /// Guessing or the manual form.
    public enum FallbackKind: String, Decodable, Hashable, Sendable {
        /// The client probes host names made from the domain.
        case guess
        /// The client shows its manual form.
        case manual
    }

    /// A rule applied after a step answered.
    public struct AfterRule: Decodable, Hashable, Sendable {
        /// What the rule does.
        public var kind: AfterKind
        /// The citation.
        public var cite: String
    }

    /// Rules applied after a step answered.
    public enum AfterKind: String, Decodable, Hashable, Sendable {
        /// OAuth2 is dropped unless the exact host is in the reader's OAuth2 list; a server left without any
        /// method sends the user to the manual form (Thunderbird for Android).
        case oauth2ExactFilter = "oauth2-exact-filter"
        /// Protocols the answer lacks are guessed (Delta Chat).
        case guessMissing = "guess-missing"
        /// A plain-HTTP answer or an MX-derived one needs the user's approval (Thunderbird for Android).
        case approveUntrusted = "approve-untrusted"
    }

    /// Every client order compiled into MailConf.
    ///
    /// - Throws: ``GuideDataError`` for a file that is not a valid order.
    public static func bundled() throws -> [ClientOrder] {
        let orders = try BundledGuideData.lookup.map { file in
            do {
                return try JSONDecoder().decode(ClientOrder.self, from: Data(file.text.utf8))
            } catch {
                throw GuideDataError(file: file.name, reason: String(describing: error))
            }
        }
        // Reported as the issue lists them: desktop and mobile Thunderbird, Outlook, Apple, Delta Chat, Evolution,
        // KMail; a client added later comes after them.
        let display = [
            "thunderbird", "thunderbird-android", "outlook", "outlook-new", "apple-mail", "delta-chat", "evolution",
            "kmail",
        ]
        return orders.sorted { (display.firstIndex(of: $0.id) ?? 99) < (display.firstIndex(of: $1.id) ?? 99) }
    }

    /// The order `name` names (an id or an alias, any case), if any.
    public static func named(_ name: String, in orders: [ClientOrder]) -> ClientOrder? {
        let wanted = name.lowercased()
        return orders.first { $0.id == wanted || $0.aliases.contains(wanted) }
    }
}
