import Foundation

/// Which IP addresses a server may connect to on behalf of others. The HTTP service uses it so that it cannot be
/// turned into a port scanner or a path into its own network: loopback, private (RFC 1918), CGNAT, link-local
/// (the cloud metadata address 169.254.169.254 included), unique-local, multicast, reserved and documentation
/// ranges are refused, in IPv4 and IPv6, and so are IPv4-mapped, IPv4-compatible, NAT64 and 6to4 forms of them.
public struct AddressPolicy: Sendable {
    /// Whether private and special-purpose targets are allowed (tests, or an operator who means it).
    public var allowPrivateTargets: Bool

    /// Creates a policy.
    public init(allowPrivateTargets: Bool = false) {
        self.allowPrivateTargets = allowPrivateTargets
    }

    /// Whether connecting to `address` (textual IPv4 or IPv6) is allowed. Text that is not an IP address is
    /// refused.
    public func allows(_ address: String) -> Bool {
        guard let bytes = IPAddress.bytes(address) else { return false }
        return allowPrivateTargets || !Self.isSpecial(bytes)
    }

    /// Why `address` is refused, or `nil` when it is allowed.
    public func refusal(_ address: String) -> String? {
        guard !allows(address) else { return nil }
        return "\(address) is a private, loopback, link-local or reserved address; the service does not connect there"
    }

    /// Whether an address (4 or 16 bytes) is anything but public unicast.
    public static func isSpecial(_ bytes: [UInt8]) -> Bool {
        if bytes.count == 4 { return isSpecialV4(bytes) }
        guard bytes.count == 16 else { return true }
        // IPv4-mapped ::ffff:a.b.c.d, IPv4-compatible ::a.b.c.d, NAT64 64:ff9b::/96: judge the embedded address.
        let prefix12 = Array(bytes[0..<12])
        if prefix12 == [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF] || prefix12 == [UInt8](repeating: 0, count: 12)
            || prefix12 == [0, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0]
        {
            if prefix12 == [UInt8](repeating: 0, count: 12) && bytes[12..<16].allSatisfy({ $0 == 0 }) { return true }
            return isSpecialV4(Array(bytes[12..<16]))
        }
        // 6to4 2002::/16 carries an IPv4 address in bytes 2...5.
        if bytes[0] == 0x20 && bytes[1] == 0x02 { return isSpecialV4(Array(bytes[2..<6])) }
        let first = bytes[0]
        if first == 0xFF { return true }  // multicast
        if first == 0xFE && (bytes[1] & 0xC0) == 0x80 { return true }  // link-local fe80::/10
        if first == 0xFE && (bytes[1] & 0xC0) == 0xC0 { return true }  // site-local fec0::/10 (deprecated)
        if (first & 0xFE) == 0xFC { return true }  // unique local fc00::/7
        if first == 0x20 && bytes[1] == 0x01 && bytes[2] == 0x0D && bytes[3] == 0xB8 { return true }  // 2001:db8::/32
        if first == 0x20 && bytes[1] == 0x01 && bytes[2] == 0 && bytes[3] == 0 { return true }  // Teredo 2001::/32
        if first == 0x01 && bytes[1...7].allSatisfy({ $0 == 0 }) { return true }  // discard 100::/64
        return (first & 0xE0) != 0x20  // only 2000::/3 is global unicast
    }

    private static func isSpecialV4(_ b: [UInt8]) -> Bool {
        switch (b[0], b[1]) {
        case (0, _): return true  // "this network"
        case (10, _): return true  // RFC 1918
        case (100, 64...127): return true  // CGNAT, RFC 6598
        case (127, _): return true  // loopback
        case (169, 254): return true  // link-local, cloud metadata
        case (172, 16...31): return true  // RFC 1918
        case (192, 0) where b[2] == 0 || b[2] == 2: return true  // IETF protocol assignments, TEST-NET-1
        case (192, 88) where b[2] == 99: return true  // 6to4 relay anycast
        case (192, 168): return true  // RFC 1918
        case (198, 18...19): return true  // benchmarking
        case (198, 51) where b[2] == 100: return true  // TEST-NET-2
        case (203, 0) where b[2] == 113: return true  // TEST-NET-3
        case (224...255, _): return true  // multicast, reserved, broadcast
        default: return false
        }
    }
}

/// Textual IP addresses to bytes, without the platform's inet_pton so that the core stays portable.
public enum IPAddress {
    /// 4 bytes for IPv4 (dotted quad), 16 for IPv6 (with `::` and an embedded IPv4 tail); `nil` otherwise.
    public static func bytes(_ text: String) -> [UInt8]? {
        var text = Substring(text)
        if text.hasPrefix("[") && text.hasSuffix("]") { text = text.dropFirst().dropLast() }
        if let percent = text.firstIndex(of: "%") { text = text[..<percent] }
        if !text.contains(":") { return v4(text) }
        return v6(text)
    }

    private static func v4(_ text: Substring) -> [UInt8]? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var result: [UInt8] = []
        for part in parts {
            guard !part.isEmpty, part.count <= 3, part.allSatisfy(\.isASCII), part.allSatisfy(\.isNumber),
                let value = UInt8(part), !(part.count > 1 && part.first == "0")
            else { return nil }
            result.append(value)
        }
        return result
    }

    private static func v6(_ text: Substring) -> [UInt8]? {
        var head: [UInt16] = []
        var tail: [UInt16] = []
        var sawGap = false
        let halves = text.components(separatedBy: "::")
        guard halves.count <= 2 else { return nil }
        sawGap = halves.count == 2
        func groups(_ part: String, allowV4: Bool) -> [UInt16]? {
            guard !part.isEmpty else { return [] }
            var result: [UInt16] = []
            let pieces = part.split(separator: ":", omittingEmptySubsequences: false)
            for (index, piece) in pieces.enumerated() {
                if allowV4 && index == pieces.count - 1 && piece.contains(".") {
                    guard let quad = v4(piece) else { return nil }
                    result.append(UInt16(quad[0]) << 8 | UInt16(quad[1]))
                    result.append(UInt16(quad[2]) << 8 | UInt16(quad[3]))
                    continue
                }
                guard !piece.isEmpty, piece.count <= 4, let value = UInt16(piece, radix: 16) else { return nil }
                result.append(value)
            }
            return result
        }
        guard let first = groups(halves[0], allowV4: !sawGap) else { return nil }
        head = first
        if sawGap {
            guard let second = groups(halves[1], allowV4: true) else { return nil }
            tail = second
        }
        let total = head.count + tail.count
        guard sawGap ? total <= 7 : total == 8 else { return nil }
        let all = head + [UInt16](repeating: 0, count: 8 - total) + tail
        return all.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    }
}
