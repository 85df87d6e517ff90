import CResolv

#if canImport(Glibc)
import Glibc
#endif

/// Reads a DNS response message (RFC 1035 wire format) into a ``DNSAnswer``, with libresolv's `ns_initparse`,
/// `ns_parserr` and `dn_expand`. The bytes come from any DNS server, so every length is checked against the
/// message before it is read.
public enum DNSMessageParser {
    /// The answer to a query for `type` at `name` carried by `message`; records of other types are skipped.
    public static func parse(_ message: [UInt8], name: String, type: DNSRecordType) -> DNSAnswer {
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
            guard rrType == Self.code(type), let rdata = mailconf_ns_rr_rdata(rr) else { continue }
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

    /// The RR type code of `type`.
    public static func code(_ type: DNSRecordType) -> Int32 {
        switch type {
        case .a: Int32(ns_t_a.rawValue)
        case .aaaa: Int32(ns_t_aaaa.rawValue)
        case .mx: Int32(ns_t_mx.rawValue)
        case .srv: Int32(ns_t_srv.rawValue)
        case .txt: Int32(ns_t_txt.rawValue)
        }
    }
}
