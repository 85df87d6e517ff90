import CAres
import CResolv
public import MailConfCore
import NIOPosix

#if canImport(Glibc)
import Glibc
#endif

/// Threads for calls that block: DNS queries and getaddrinfo. Its own pool, sized for many concurrent lookups —
/// a lookup asks a dozen names at once — so that they neither queue behind each other on NIO's default pool
/// (one thread per core) nor ever occupy Swift's cooperative pool.
enum BlockingPool {
    static let shared: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: 32)
        pool.start()
        return pool
    }()
}

/// DNS through c-ares (a private channel per query, so NXDOMAIN, NODATA, SERVFAIL, REFUSED and timeouts stay
/// distinct, and `--dns-server` may name any IPv4 or IPv6 server and port), with answers read by libresolv's
/// `ns_initparse` / `ns_parserr` / `dn_expand`. Queries block, so they run on NIO's thread pool, never on Swift's
/// concurrency pool.
public struct SystemDNSResolver: DNSResolver {
    /// The server asked instead of `/etc/resolv.conf`'s, in c-ares' `host:port` form.
    public let server: String?
    /// Milliseconds to wait per attempt.
    public let timeoutMilliseconds: Int
    /// Attempts per query.
    public let attempts: Int

    /// Creates a resolver.
    ///
    /// - Parameter server: `ADDR`, `ADDR:PORT` or `[IPv6]:PORT`; `nil` for the system's configuration.
    /// - Throws: ``InvalidServer`` for anything but an IP address with an optional port.
    public init(server: String? = nil, timeoutMilliseconds: Int = 2000, attempts: Int = 2) throws(InvalidServer) {
        if let server {
            self.server = try Self.normalise(server)
        } else {
            self.server = nil
        }
        self.timeoutMilliseconds = max(100, timeoutMilliseconds)
        self.attempts = max(1, attempts)
    }

    /// A DNS server that is not an IP address with an optional port.
    public struct InvalidServer: Error, CustomStringConvertible {
        /// What was given.
        public var text: String
        public var description: String {
            "'\(text)' is not a DNS server address (an IPv4 address, or [IPv6], with an optional :port)"
        }
    }

    private static func normalise(_ text: String) throws(InvalidServer) -> String {
        var host = text
        var port = 53
        if text.hasPrefix("["), let close = text.firstIndex(of: "]") {
            host = String(text[text.index(after: text.startIndex)..<close])
            let rest = text[text.index(after: close)...]
            if rest.hasPrefix(":") {
                guard let value = Int(rest.dropFirst()) else { throw InvalidServer(text: text) }
                port = value
            } else if !rest.isEmpty {
                throw InvalidServer(text: text)
            }
        } else if text.filter({ $0 == ":" }).count == 1, let colon = text.firstIndex(of: ":") {
            host = String(text[..<colon])
            guard let value = Int(text[text.index(after: colon)...]) else { throw InvalidServer(text: text) }
            port = value
        }
        guard let bytes = IPAddressText.bytes(host), (1...65535).contains(port) else { throw InvalidServer(text: text) }
        return bytes.count == 4 ? "\(host):\(port)" : "[\(host)]:\(port)"
    }

    public func query(_ name: String, type: DNSRecordType) async -> DNSAnswer {
        let server = self.server
        let timeout = timeoutMilliseconds
        let attempts = self.attempts
        let flag = CancellationFlag()
        // The query blocks a pool thread; cancelling the task raises the flag, and the query ends within ~20 ms,
        // so that a lookup's deadline stops its DNS work too.
        return await withTaskCancellationHandler {
            do {
                return try await BlockingPool.shared.runIfActive {
                    Self.blockingQuery(
                        name,
                        type: type,
                        server: server,
                        timeout: timeout,
                        attempts: attempts,
                        cancelled: flag
                    )
                }
            } catch {
                return DNSAnswer(status: .error, detail: "the resolver thread pool is not running: \(error)")
            }
        } onCancel: {
            flag.raise()
        }
    }

    private static let libraryReady: Bool = ares_library_init(ARES_LIB_INIT_ALL) == ARES_SUCCESS

    static func blockingQuery(
        _ name: String,
        type: DNSRecordType,
        server: String?,
        timeout: Int,
        attempts: Int,
        cancelled: CancellationFlag? = nil
    ) -> DNSAnswer {
        guard libraryReady else { return DNSAnswer(status: .error, detail: "c-ares failed to initialise") }
        var answer: UnsafeMutablePointer<UInt8>?
        var length: Int32 = 0
        let status = mailconf_ares_query(
            server,
            name,
            DNSMessageParser.code(type),
            Int32(timeout),
            Int32(attempts),
            cancelled?.pointer,
            &answer,
            &length
        )
        defer { free(answer) }
        let label = "\(name) \(type.rawValue)"
        switch status {
        case ARES_SUCCESS:
            guard let answer, length > 0 else {
                return DNSAnswer(status: .error, detail: "empty DNS answer for \(label)")
            }
            return DNSMessageParser.parse(
                Array(UnsafeBufferPointer(start: answer, count: Int(length))),
                name: name,
                type: type
            )
        case ARES_ENOTFOUND: return DNSAnswer(status: .nxdomain, detail: "\(name) does not exist (NXDOMAIN)")
        case ARES_ENODATA: return DNSAnswer(status: .nodata, detail: "\(name) has no \(type.rawValue) record")
        case ARES_ESERVFAIL: return DNSAnswer(status: .servfail, detail: "SERVFAIL for \(label)")
        case ARES_EREFUSED: return DNSAnswer(status: .refused, detail: "the DNS server refused the query for \(label)")
        case ARES_ETIMEOUT: return DNSAnswer(status: .timeout, detail: "no DNS server answered for \(label) in time")
        case ARES_ECANCELLED: return DNSAnswer(status: .timeout, detail: "the query for \(label) was cancelled")
        case ARES_ECONNREFUSED:
            return DNSAnswer(status: .error, detail: "the DNS server is not reachable (connection refused)")
        case ARES_EBADNAME: return DNSAnswer(status: .error, detail: "'\(name)' is not a valid DNS name")
        default:
            let text = ares_strerror(status).map {
                String(decoding: UnsafeRawBufferPointer(start: $0, count: strlen($0)), as: UTF8.self)
            }
            return DNSAnswer(status: .error, detail: "DNS query for \(label) failed: \(text ?? String(status))")
        }
    }
}

/// A flag a blocked DNS query polls: raised from any thread when the awaiting task is cancelled.
final class CancellationFlag: @unchecked Sendable {
    // Written and read only through the shim's atomic operations.
    let pointer: UnsafeMutablePointer<Int32>?

    init() {
        pointer = mailconf_flag_create()
    }

    func raise() {
        if let pointer { mailconf_flag_raise(pointer) }
    }

    deinit {
        mailconf_flag_destroy(pointer)
    }
}
