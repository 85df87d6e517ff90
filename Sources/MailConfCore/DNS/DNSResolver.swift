/// The DNS seam: SRV, MX, A, AAAA and TXT queries with precise outcomes.
public protocol DNSResolver: Sendable {
    /// Asks for records of `type` at `name`. Never throws: failures are ``DNSAnswer/Status`` values.
    func query(_ name: String, type: DNSRecordType) async -> DNSAnswer
}

/// The record types MailConf asks for.
public enum DNSRecordType: String, Hashable, Sendable {
    case a = "A"
    case aaaa = "AAAA"
    case mx = "MX"
    case srv = "SRV"
    case txt = "TXT"
}

/// One record of an answer.
public enum DNSRecord: Hashable, Sendable {
    /// An IPv4 address.
    case a(String)
    /// An IPv6 address.
    case aaaa(String)
    /// A mail exchanger: lower preference is tried first.
    case mx(preference: Int, host: String)
    /// A service location (RFC 2782); a target of `.` means the service is unavailable.
    case srv(priority: Int, weight: Int, port: Int, target: String)
    /// Text.
    case txt(String)
}

/// An answer, with the distinctions a user needs: no such domain, no such record, server failure, timeout.
public struct DNSAnswer: Hashable, Sendable {
    /// How the query ended.
    public enum Status: String, Hashable, Sendable {
        /// Records of the type exist (see ``DNSAnswer/records``).
        case ok
        /// The name does not exist (NXDOMAIN).
        case nxdomain
        /// The name exists, without records of this type (NODATA).
        case nodata
        /// The server failed (SERVFAIL).
        case servfail
        /// The server refused the query (REFUSED).
        case refused
        /// No server answered in time.
        case timeout
        /// Anything else (malformed answer, no resolver configured).
        case error
    }

    /// How the query ended.
    public var status: Status
    /// The records, for `ok`.
    public var records: [DNSRecord]
    /// Details for errors.
    public var detail: String?
    /// Addresses the server volunteered in the additional section (e.g. for SRV targets), by host name.
    public var additionalAddresses: [String: [String]]

    /// Creates an answer.
    public init(
        status: Status,
        records: [DNSRecord] = [],
        detail: String? = nil,
        additionalAddresses: [String: [String]] = [:]
    ) {
        self.status = status
        self.records = records
        self.detail = detail
        self.additionalAddresses = additionalAddresses
    }

    /// MX hosts, lowest preference first.
    public var mxHosts: [String] {
        records.compactMap { record -> (Int, String)? in
            if case .mx(let preference, let host) = record { return (preference, host) }
            return nil
        }.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// IPv4 and IPv6 addresses.
    public var addresses: [String] {
        records.compactMap { record in
            switch record {
            case .a(let address), .aaaa(let address): address
            default: nil
            }
        }
    }
}

/// RFC 2782 ordering of SRV records: by priority, then a weighted random order within a priority; `seed` makes
/// the weighted order reproducible in tests (`nil` uses the system's randomness).
public enum SRVOrdering {
    /// The records in the order to try them. Records with target `.` are dropped.
    public static func order(
        _ records: [(priority: Int, weight: Int, port: Int, target: String)],
        random: (Int) -> Int = { Int.random(in: 0..<max($0, 1)) }
    ) -> [(priority: Int, weight: Int, port: Int, target: String)] {
        let usable = records.filter { $0.target != "." && !$0.target.isEmpty }
        var result: [(priority: Int, weight: Int, port: Int, target: String)] = []
        for priority in Set(usable.map(\.priority)).sorted() {
            // Zero-weight records first, as RFC 2782 asks, then weighted selection.
            var pool = usable.filter { $0.priority == priority }.sorted { $0.weight < $1.weight }
            while !pool.isEmpty {
                let total = pool.reduce(0) { $0 + $1.weight }
                var pick = total > 0 ? random(total + 1) : 0
                var index = 0
                for (position, record) in pool.enumerated() {
                    pick -= record.weight
                    index = position
                    if pick <= 0 { break }
                }
                result.append(pool.remove(at: index))
            }
        }
        return result
    }
}
