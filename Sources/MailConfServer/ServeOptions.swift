import Foundation
import MailConfCore

#if canImport(Glibc)
import Glibc
#endif

/// How `mailconf serve` runs. Every field has a command-line option and an environment variable.
public struct ServeOptions: Sendable {
    /// What the service answers for.
    public enum Mode: String, Sendable, CaseIterable {
        /// Only provider files (local and bundled).
        case `static`
        /// Provider files, then full discovery and live verification for any other domain.
        case resolve
    }

    /// The address to listen on.
    public var host = "127.0.0.1"
    /// The port to listen on (0 picks a free one).
    public var port = 8080
    /// Static or resolve.
    public var mode = Mode.static
    /// Local provider files overriding the bundled ones.
    public var providersDirectory: String?
    /// Allow discovery to connect to private, loopback, link-local and reserved addresses (tests use it).
    public var allowPrivateTargets = false
    /// How long a found configuration is served from the cache.
    public var cacheTTL: Duration = .seconds(3600)
    /// How long "nothing found" is remembered.
    public var negativeTTL: Duration = .seconds(300)
    /// How long after expiry a domain's answer may still be served while a fresh discovery runs in the background
    /// (stale-while-revalidate), so that a popular domain's expiry never holds its requests; `.zero` turns it off.
    public var serveStale: Duration = .seconds(3600)
    /// Most domains kept in the cache (least recently used go first).
    public var cacheEntries = 20000
    /// Most discoveries running at once.
    public var maximumConcurrentResolutions = 16
    /// Uncached resolutions a client may start per second, on average…
    public var resolutionsPerSecond = 1.0
    /// …and in a burst.
    public var resolutionBurst = 10.0
    /// Whether servers are verified by live probes before they are served (both modes).
    public var verify = true
    /// How long one probe's result is reused for every domain that names the same endpoint.
    public var probeTTL: Duration = .seconds(900)
    /// Time allowed for one discovery.
    public var resolutionDeadline: Duration = .seconds(8)
    /// Largest request body (Autodiscover POX).
    public var maximumBodyBytes = 64 * 1024
    /// Largest request head (request line and header fields); a larger one gets `431`.
    public var maximumHeaderBytes = 16 * 1024
    /// Most connections open at once; beyond it new ones are closed as soon as accepted (and counted). `nil`:
    /// sized for the machine (``defaultMaximumConnections``).
    public var maximumConnections: Int?
    /// Reverse proxies whose `X-Forwarded-For` names the client (for rate limits and logs).
    public var trustedProxies = TrustedProxies.none
    /// Seconds an idle connection may stay open (slow clients are dropped).
    public var idleTimeout: Duration = .seconds(15)
    /// Time for a whole request (head and body) to arrive once it has started; trickling clients are dropped.
    public var requestTimeout: Duration = .seconds(10)
    /// The public base URL (e.g. `https://autoconfig.example.com`), for the Autodiscover JSON redirect; when
    /// `nil`, built from the request's `Host` header as `https://HOST`.
    public var publicURL: String?
    /// `max-age` sent with documents.
    public var clientMaxAge = 3600
    /// A DNS server for discovery (`ADDR[:PORT]`).
    public var dnsServer: String?
    /// Extra CA files trusted by discovery probes and fetches.
    public var caFiles: [String] = []
    /// A certificate and key (PEM) to sign `.mobileconfig` profiles with (`openssl cms -sign`).
    public var signingCertificate: String?
    /// The key for ``signingCertificate``.
    public var signingKey: String?

    /// The defaults.
    public init() {}

    /// The connection limit used when none is given: what the open-file limit allows (less 256 descriptors kept
    /// for discovery, probes and files), and no more than one connection per 64 KiB of physical memory, so that
    /// the kernel's socket buffers fit too.
    public static var defaultMaximumConnections: Int {
        let files = OpenFileLimit.current ?? 1024
        let memory = Int(clamping: ProcessInfo.processInfo.physicalMemory / (64 * 1024))
        return max(64, min(files - 256, memory))
    }

    /// The connection limit in force.
    var connectionLimit: Int { maximumConnections ?? Self.defaultMaximumConnections }
}

/// The process's limit on open files (each connection is one).
public enum OpenFileLimit {
    #if os(Linux)
    private static let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
    #else
    private static let resource = RLIMIT_NOFILE
    #endif

    /// The soft limit, or `nil` when it cannot be read.
    public static var current: Int? {
        var limit = rlimit()
        guard getrlimit(resource, &limit) == 0 else { return nil }
        return Int(clamping: limit.rlim_cur)
    }

    /// Raises the soft limit to the hard one (no privilege needed).
    public static func raiseToMaximum() {
        var limit = rlimit()
        guard getrlimit(resource, &limit) == 0, limit.rlim_cur < limit.rlim_max else { return }
        limit.rlim_cur = limit.rlim_max
        _ = setrlimit(resource, &limit)
    }
}
