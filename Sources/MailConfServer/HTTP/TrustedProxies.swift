import MailConfCore

/// Reverse proxies whose `X-Forwarded-For` is believed, so that rate limits and logs see the real client rather
/// than the proxy. A request from anywhere else keeps its connection's address, whatever it claims.
public struct TrustedProxies: Sendable {
    private struct Network: Sendable {
        var bytes: [UInt8]
        var prefix: Int

        func contains(_ address: [UInt8]) -> Bool {
            guard address.count == bytes.count else { return false }
            var remaining = prefix
            for (a, b) in zip(address, bytes) where remaining > 0 {
                let bits = min(8, remaining)
                let mask = UInt8(truncatingIfNeeded: 0xFF << (8 - bits))
                if a & mask != b & mask { return false }
                remaining -= bits
            }
            return true
        }
    }

    private let networks: [Network]

    /// No proxy is trusted.
    public static let none = TrustedProxies(networks: [])

    private init(networks: [Network]) {
        self.networks = networks
    }

    /// Parses addresses and networks such as `127.0.0.1`, `10.0.0.0/8`, `::1` or `fd00::/8`.
    ///
    /// - Throws: ``Invalid`` naming the first entry that is not one.
    public init(parsing entries: [String]) throws {
        networks = try entries.map { entry in
            let parts = entry.split(separator: "/", maxSplits: 1)
            guard let first = parts.first, let bytes = IPAddress.bytes(String(first)) else {
                throw Invalid(entry: entry)
            }
            let bits = bytes.count * 8
            let prefix = parts.count == 2 ? Int(parts[1]) : bits
            guard let prefix, (0...bits).contains(prefix) else { throw Invalid(entry: entry) }
            return Network(bytes: bytes, prefix: prefix)
        }
    }

    /// Whether any proxy is trusted.
    public var isEmpty: Bool { networks.isEmpty }

    /// The client behind `peer`: the right-most `X-Forwarded-For` address not itself a trusted proxy, when `peer`
    /// is one; otherwise `peer`.
    public func client(peer: String, forwardedFor: [String]) -> String {
        guard isTrusted(peer), !forwardedFor.isEmpty else { return peer }
        let hops = forwardedFor.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: " \t") }
        for hop in hops.reversed() {
            guard IPAddress.bytes(hop) != nil else { return peer }
            if !isTrusted(hop) { return hop }
        }
        return peer
    }

    private func isTrusted(_ address: String) -> Bool {
        guard let bytes = IPAddress.bytes(address) else { return false }
        return networks.contains { $0.contains(bytes) }
    }

    /// An entry that is neither an IP address nor a network.
    public struct Invalid: Error, CustomStringConvertible {
        /// The entry as given.
        public var entry: String
        public var description: String { "'\(entry)' is not an IP address or network (like 10.0.0.0/8 or ::1)" }
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
