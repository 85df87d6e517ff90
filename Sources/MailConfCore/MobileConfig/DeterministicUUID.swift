import Crypto

/// Name-based UUIDs (RFC 9562 version 5, SHA-1): the same name always gives the same UUID.
public enum DeterministicUUID {
    /// MailConf's namespace for profile UUIDs.
    public static let mailConfNamespace: [UInt8] = [
        0x6D, 0x61, 0x69, 0x6C, 0x63, 0x6F, 0x6E, 0x66, 0x8A, 0x41, 0x4E, 0x2B, 0x9B, 0x3D, 0x1F, 0x07,
    ]

    /// The version-5 UUID of `name` in `namespace`, upper-case as Apple writes them.
    public static func v5(_ name: String, namespace: [UInt8] = mailConfNamespace) -> String {
        var hasher = Insecure.SHA1()
        hasher.update(data: namespace)
        hasher.update(data: Array(name.utf8))
        var bytes = Array(hasher.finalize().prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { byte -> String in
            let digits = Array("0123456789ABCDEF")
            return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
        }
        return [hex[0..<4], hex[4..<6], hex[6..<8], hex[8..<10], hex[10..<16]].map { $0.joined() }.joined(
            separator: "-"
        )
    }
}
