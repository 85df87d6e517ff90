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
        do {
            return try await BlockingPool.shared.runIfActive {
                Self.blockingQuery(name, type: type, server: server, timeout: timeout, attempts: attempts)
            }
        } catch {
            return DNSAnswer(status: .error, detail: "the resolver thread pool is not running: \(error)")
        }
    }

    private static func code(_ type: DNSRecordType) -> Int32 {
        switch type {
        case .a: Int32(ns_t_a.rawValue)
        case .aaaa: Int32(ns_t_aaaa.rawValue)
        case .mx: Int32(ns_t_mx.rawValue)
        case .srv: Int32(ns_t_srv.rawValue)
        case .txt: Int32(ns_t_txt.rawValue)
        }
    }

    private static let libraryReady: Bool = ares_library_init(ARES_LIB_INIT_ALL) == ARES_SUCCESS

    static func blockingQuery(
        _ name: String,
        type: DNSRecordType,
        server: String?,
        timeout: Int,
        attempts: Int
    ) -> DNSAnswer {
        guard libraryReady else { return DNSAnswer(status: .error, detail: "c-ares failed to initialise") }
        var answer: UnsafeMutablePointer<UInt8>?
        var length: Int32 = 0
        let status = mailconf_ares_query(server, name, code(type), Int32(timeout), Int32(attempts), &answer, &length)
        defer { free(answer) }
        let label = "\(name) \(type.rawValue)"
        switch status {
        case ARES_SUCCESS:
            guard let answer, length > 0 else {
                return DNSAnswer(status: .error, detail: "empty DNS answer for \(label)")
            }
            return parse(Array(UnsafeBufferPointer(start: answer, count: Int(length))), name: name, type: type)
        case ARES_ENOTFOUND: return DNSAnswer(status: .nxdomain, detail: "\(name) does not exist (NXDOMAIN)")
        case ARES_ENODATA: return DNSAnswer(status: .nodata, detail: "\(name) has no \(type.rawValue) record")
        case ARES_ESERVFAIL: return DNSAnswer(status: .servfail, detail: "SERVFAIL for \(label)")
        case ARES_EREFUSED: return DNSAnswer(status: .refused, detail: "the DNS server refused the query for \(label)")
        case ARES_ETIMEOUT: return DNSAnswer(status: .timeout, detail: "no DNS server answered for \(label) in time")
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

    static func parse(_ message: [UInt8], name: String, type: DNSRecordType) -> DNSAnswer {
        var handle = ns_msg()
        let ok = message.withUnsafeBufferPointer { mailconf_ns_initparse($0.baseAddress, Int32($0.count), &handle) }
        guard ok == 0 else { return DNSAnswer(status: .error, detail: "malformed DNS answer for \(name)") }
        switch mailconf_ns_msg_rcode(handle) {
        case 0: break
        case 2: return DNSAnswer(status: .servfail, detail: "SERVFAIL for \(name) \(type.rawValue)")
        case 3: return DNSAnswer(status: .nxdomain, detail: "\(name) does not exist (NXDOMAIN)")
        case 5: return DNSAnswer(status: .refused, detail: "the DNS server refused the query for \(name)")
        case let other: return DNSAnswer(status: .error, detail: "DNS rcode \(other) for \(name)")
        }
        var records: [DNSRecord] = []
        let count = mailconf_ns_msg_count(handle, ns_s_an)
        for index in 0..<count {
            var rr = ns_rr()
            guard ns_parserr(&handle, ns_s_an, index, &rr) == 0 else { continue }
            let rrType = mailconf_ns_rr_type(rr)
            guard rrType == code(type), let rdata = mailconf_ns_rr_rdata(rr) else { continue }
            let rdlength = Int(mailconf_ns_rr_rdlen(rr))
            let bytes = Array(UnsafeBufferPointer(start: rdata, count: rdlength))
            switch type {
            case .a where rdlength == 4:
                records.append(.a(bytes.map(String.init).joined(separator: ".")))
            case .aaaa where rdlength == 16:
                var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
                _ = bytes.withUnsafeBufferPointer {
                    inet_ntop(AF_INET6, $0.baseAddress, &buffer, socklen_t(buffer.count))
                }
                records.append(.aaaa(Self.string(buffer)))
            case .mx where rdlength >= 3:
                let preference = Int(bytes[0]) << 8 | Int(bytes[1])
                if let host = expand(handle, rdata + 2) { records.append(.mx(preference: preference, host: host)) }
            case .srv where rdlength >= 7:
                let priority = Int(bytes[0]) << 8 | Int(bytes[1])
                let weight = Int(bytes[2]) << 8 | Int(bytes[3])
                let port = Int(bytes[4]) << 8 | Int(bytes[5])
                if let target = expand(handle, rdata + 6) {
                    records.append(
                        .srv(priority: priority, weight: weight, port: port, target: target.isEmpty ? "." : target)
                    )
                }
            case .txt:
                var text = ""
                var offset = 0
                while offset < bytes.count {
                    let size = Int(bytes[offset])
                    let end = min(offset + 1 + size, bytes.count)
                    text += String(decoding: bytes[(offset + 1)..<end], as: UTF8.self)
                    offset = end
                }
                records.append(.txt(text))
            default:
                continue
            }
        }
        guard !records.isEmpty else {
            return DNSAnswer(status: .nodata, detail: "\(name) has no \(type.rawValue) record")
        }
        return DNSAnswer(status: .ok, records: records, additionalAddresses: additional(&handle))
    }

    /// A and AAAA records of the additional section, by owner name: they spare a round trip to SRV targets.
    private static func additional(_ handle: inout ns_msg) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for index in 0..<mailconf_ns_msg_count(handle, ns_s_ar) {
            var rr = ns_rr()
            guard ns_parserr(&handle, ns_s_ar, index, &rr) == 0, let rdata = mailconf_ns_rr_rdata(rr) else { continue }
            let type = mailconf_ns_rr_type(rr)
            let length = Int(mailconf_ns_rr_rdlen(rr))
            var owner = [CChar](repeating: 0, count: Int(NS_MAXDNAME))
            withUnsafeMutablePointer(to: &rr) { pointer in
                if let name = mailconf_ns_rr_name(pointer) { strncpy(&owner, name, owner.count - 1) }
            }
            let host = string(owner).lowercased()
            var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
            if type == Int32(ns_t_a.rawValue) && length == 4 || type == Int32(ns_t_aaaa.rawValue) && length == 16 {
                let family = length == 4 ? AF_INET : AF_INET6
                guard inet_ntop(family, rdata, &buffer, socklen_t(buffer.count)) != nil else { continue }
                result[host, default: []].append(string(buffer))
            }
        }
        return result
    }

    /// The text of a NUL-terminated C buffer.
    private static func string(_ buffer: [CChar]) -> String {
        String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Expands a (possibly compressed) domain name at `pointer` inside the message.
    private static func expand(_ handle: ns_msg, _ pointer: UnsafePointer<UInt8>) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(NS_MAXDNAME))
        let used = dn_expand(
            mailconf_ns_msg_base(handle),
            mailconf_ns_msg_end(handle),
            pointer,
            &buffer,
            Int32(buffer.count)
        )
        guard used >= 0 else { return nil }
        return Self.string(buffer).lowercased()
    }
}
