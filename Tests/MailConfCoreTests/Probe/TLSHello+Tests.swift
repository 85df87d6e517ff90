import MailConfCore
import Testing

/// The hand-made ClientHello of the TLS version checks, and how a server's first records are read.
struct TLSHelloTests {
    /// The handshake message inside a one-record ClientHello, with its header checked.
    func message(_ record: [UInt8]) throws -> [UInt8] {
        try #require(record.count > 9)
        #expect(record[0] == 0x16 && record[1] == 0x03 && record[2] == 0x01)
        #expect(Int(record[3]) << 8 | Int(record[4]) == record.count - 5)
        #expect(record[5] == 0x01, "a ClientHello")
        #expect(Int(record[6]) << 16 | Int(record[7]) << 8 | Int(record[8]) == record.count - 9)
        return Array(record[9...])
    }

    @Test(arguments: TLSProtocolVersion.allCases)
    func aClientHelloOffersExactlyOneVersion(version: TLSProtocolVersion) throws {
        let body = try message(TLSHello.clientHello(offering: version, serverName: "mail.example.com"))
        let legacy = UInt16(body[0]) << 8 | UInt16(body[1])
        #expect(legacy == (version == .tls13 ? 0x0303 : version.wireValue))
        let supportedVersions: [UInt8] = [0x00, 0x2B, 0x00, 0x03, 0x02, 0x03, 0x04]
        let hasSupportedVersions = body.indices.contains {
            $0 + supportedVersions.count <= body.count
                && Array(body[$0..<($0 + supportedVersions.count)]) == supportedVersions
        }
        #expect(hasSupportedVersions == (version == .tls13))
        #expect(String(decoding: body, as: UTF8.self).contains("mail.example.com"), "SNI")
        let withoutName = try message(TLSHello.clientHello(offering: version, serverName: "192.0.2.1"))
        #expect(!String(decoding: withoutName, as: UTF8.self).contains("192.0.2.1"), "no SNI for an address")
    }

    /// A ServerHello record choosing `version` (legacy field, or supported_versions for TLS 1.3).
    static func serverHello(_ version: UInt16, cipher: UInt16 = 0xC02F) -> [UInt8] {
        var body: [UInt8] = version >= 0x0304 ? [0x03, 0x03] : [UInt8(version >> 8), UInt8(version & 0xFF)]
        body += [UInt8](repeating: 7, count: 32) + [0] + [UInt8(cipher >> 8), UInt8(cipher & 0xFF), 0]
        if version >= 0x0304 {
            body += [0x00, 0x06, 0x00, 0x2B, 0x00, 0x02, 0x03, 0x04]
        }
        let message = [0x02, 0, UInt8(body.count >> 8), UInt8(body.count & 0xFF)] + body
        return [0x16, 0x03, 0x03, UInt8(message.count >> 8), UInt8(message.count & 0xFF)] + message
    }

    @Test func serverAnswersAreRead() {
        #expect(TLSHello.read(Self.serverHello(0x0301)) == .serverHello(version: 0x0301, cipher: 0xC02F))
        #expect(
            TLSHello.read(Self.serverHello(0x0304, cipher: 0x1302)) == .serverHello(version: 0x0304, cipher: 0x1302)
        )
        #expect(TLSHello.read(Array(Self.serverHello(0x0303).prefix(20))) == nil, "needs more bytes")
        #expect(TLSHello.read([0x15, 0x03, 0x01, 0x00, 0x02, 0x02, 0x46]) == .alert(level: 2, description: 70))
        #expect(
            TLSHello.read(Array("220 mail.example.com ESMTP\r\n".utf8))
                == .notTLS(Array("220 mail.example.com ESMTP\r\n".utf8))
        )
        #expect(TLSHello.read([0x16, 0x03, 0x03, 0x00, 0x04, 0x0B, 0, 0, 0]) == .malformed, "not a ServerHello first")
    }

    @Test func checksAreClassified() {
        #expect(TLSHello.check(TLSHello.read(Self.serverHello(0x0301)), offered: .tls10).outcome == .accepted)
        let lower = TLSHello.check(TLSHello.read(Self.serverHello(0x0301)), offered: .tls12)
        #expect(lower.outcome == .refused && lower.detail == "the server chose TLSv1" && lower.answeredInTLS)
        let alert = TLSHello.check(.alert(level: 2, description: 70), offered: .tls11)
        #expect(alert.outcome == .refused && alert.detail == "alert protocol_version")
        #expect(TLSHello.check(nil, offered: .tls10).outcome == .refused)
        let plain = TLSHello.check(.notTLS(Array("* OK ready\r\n".utf8)), offered: .tls13)
        #expect(plain.outcome == .undetermined && !plain.answeredInTLS)
    }

    @Test func bytesThatAreNotTLSAreShownAsHexAndAsTextWhenTheyAreText() {
        let garbage: [UInt8] = [0x8F, 0x3A, 0x00, 0xFF, 0x1B, 0x5B, 0x32, 0x4A] + [UInt8](repeating: 0x41, count: 20)
        let described = TLSHello.describeNotTLS(garbage)
        #expect(described.hasPrefix("not a TLS record: 8f 3a 00 ff 1b 5b 32 4a"), "\(described)")
        #expect(described.hasSuffix(" …") && !described.contains("\u{1B}"))
        let text = TLSHello.describeNotTLS(Array("250 this is not TLS\r\n".utf8))
        #expect(text.contains("32 35 30 20") && text.hasSuffix("(\"250 this is not TLS\")"))
    }
}
