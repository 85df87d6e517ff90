import Crypto

/// The first flight of a TLS handshake, built and read by hand, as testssl.sh's socket checks do: a ClientHello
/// that offers exactly one protocol version with every cipher suite that version can use, and the server's first
/// records read back. Whether a server accepts a version then depends on the server alone, not on which cipher
/// suites a TLS library still implements (BoringSSL, inside NIOSSL, has no DHE, RC4 or Camellia, for example).
public enum TLSHello {
    /// What a server sent in answer to a ClientHello.
    public enum ServerAnswer: Hashable, Sendable {
        /// A ServerHello (or a TLS 1.3 HelloRetryRequest) choosing `version` and `cipher`.
        case serverHello(version: UInt16, cipher: UInt16)
        /// A TLS alert (`level`, `description`, RFC 8446 §6).
        case alert(level: UInt8, description: UInt8)
        /// Bytes that are not a TLS record: a plaintext greeting, or garbage.
        case notTLS([UInt8])
        /// TLS records, but no ServerHello first (a malformed or unexpected handshake).
        case malformed
    }

    /// The longest answer read before giving up: a ServerHello fits in far less.
    public static let maximumAnswerBytes = 16 * 1024

    // MARK: - ClientHello

    /// Cipher suites for TLS 1.0 to 1.2: ECDHE, DHE and RSA key exchange with AES (GCM, CBC), ChaCha20, Camellia,
    /// ARIA, SEED, 3DES and RC4, so that any suite a server still enables for an old version is matched.
    static let legacySuites: [UInt16] = [
        0xC02C, 0xC030, 0xC02B, 0xC02F, 0xCCA9, 0xCCA8, 0xCCAA, 0x009F, 0x009E, 0x00A3, 0x00A2, 0xC0AD, 0xC0AC,
        0xC09F, 0xC09E, 0xC024, 0xC028, 0xC023, 0xC027, 0xC00A, 0xC014, 0xC009, 0xC013, 0x006B, 0x006A, 0x0067,
        0x0040, 0x0039, 0x0038, 0x0033, 0x0032, 0x0088, 0x0087, 0x0045, 0x0044, 0xC077, 0xC076, 0xC073, 0xC072,
        0x00C4, 0x00BE, 0x0016, 0x0013, 0xC012, 0xC008, 0x009D, 0x009C, 0xC09D, 0xC09C, 0x003D, 0x003C, 0x0035,
        0x002F, 0x0084, 0x0041, 0x00C0, 0x00BA, 0x0096, 0x0009, 0x000A, 0xC011, 0xC007, 0x0005, 0x0004, 0xC051,
        0xC050, 0xC053, 0xC052, 0xC061, 0xC060, 0xC03D, 0xC03C, 0xC049, 0xC048, 0x00FF,
    ]

    /// The five TLS 1.3 suites (RFC 8446 §B.4).
    static let modernSuites: [UInt16] = [0x1302, 0x1303, 0x1301, 0x1304, 0x1305]

    /// x25519, secp256r1, secp384r1, secp521r1, x448, ffdhe2048, ffdhe3072, ffdhe4096.
    static let groups: [UInt16] = [0x001D, 0x0017, 0x0018, 0x0019, 0x001E, 0x0100, 0x0101, 0x0102]

    /// RSA-PSS, ECDSA, Ed25519, RSA PKCS#1 and the SHA-1 forms old servers still sign with.
    static let signatureAlgorithms: [UInt16] = [
        0x0804, 0x0805, 0x0806, 0x0403, 0x0503, 0x0603, 0x0807, 0x0808, 0x0401, 0x0501, 0x0601, 0x0203, 0x0201,
        0x0402, 0x0202,
    ]

    /// A ClientHello record offering `version` alone. `serverName` goes into SNI unless it is an IP address.
    public static func clientHello(offering version: TLSProtocolVersion, serverName: String?) -> [UInt8] {
        var extensions: [UInt8] = []
        func add(_ type: UInt16, _ data: [UInt8]) {
            extensions += u16(type) + u16(data.count) + data
        }
        if let serverName, let host = try? HostName(parsing: serverName), !host.isIPAddress {
            let name = Array(serverName.utf8)
            add(0x0000, u16(name.count + 3) + [0x00] + u16(name.count) + name)
        }
        add(0x000A, u16(groups.count * 2) + groups.flatMap(u16))
        add(0x000B, [0x01, 0x00])
        add(0x000D, u16(signatureAlgorithms.count * 2) + signatureAlgorithms.flatMap(u16))
        let suites: [UInt16]
        let legacyVersion: UInt16
        if version == .tls13 {
            suites = modernSuites
            legacyVersion = 0x0303
            add(0x002B, [0x02] + u16(0x0304))
            let share = Array(Curve25519.KeyAgreement.PrivateKey().publicKey.rawRepresentation)
            add(0x0033, u16(share.count + 4) + u16(0x001D) + u16(share.count) + share)
            add(0x002D, [0x01, 0x01])
        } else {
            suites = legacySuites
            legacyVersion = version.wireValue
            add(0x0023, [])
        }
        let sessionID = (0..<32).map { _ in UInt8.random(in: 0...255) }
        var body = u16(legacyVersion)
        body += (0..<32).map { _ in UInt8.random(in: 0...255) }
        body += [UInt8(sessionID.count)] + sessionID
        body += u16(suites.count * 2) + suites.flatMap(u16)
        body += [0x01, 0x00]
        body += u16(extensions.count) + extensions
        let handshake = [0x01] + u24(body.count) + body
        return [0x16] + u16(0x0301) + u16(handshake.count) + handshake
    }

    // MARK: - The server's answer

    /// Reads the server's first records: `nil` while more bytes are needed.
    public static func read(_ bytes: [UInt8]) -> ServerAnswer? {
        guard let first = bytes.first else { return nil }
        guard isRecordStart(bytes) else {
            if bytes.count >= 5 || !(0x14...0x17).contains(first) { return .notTLS(bytes) }
            return nil
        }
        if first == 0x15 {
            guard bytes.count >= 7 else { return nil }
            return .alert(level: bytes[5], description: bytes[6])
        }
        guard first == 0x16 else { return .malformed }
        // The handshake messages of the leading handshake records (the last may still be partial).
        var payload: [UInt8] = []
        var offset = 0
        while offset + 5 <= bytes.count, bytes[offset] == 0x16 {
            let length = Int(bytes[offset + 3]) << 8 | Int(bytes[offset + 4])
            let end = min(offset + 5 + length, bytes.count)
            payload += bytes[(offset + 5)..<end]
            offset = end
            if payload.count >= 4 { break }
        }
        guard payload.count >= 4 else { return bytes.count > maximumAnswerBytes ? .malformed : nil }
        guard payload[0] == 0x02 else { return .malformed }
        let length = Int(payload[1]) << 16 | Int(payload[2]) << 8 | Int(payload[3])
        guard payload.count >= 4 + length else {
            // Keep reading the following records of the same message.
            var more = payload
            while offset + 5 <= bytes.count, bytes[offset] == 0x16 {
                let size = Int(bytes[offset + 3]) << 8 | Int(bytes[offset + 4])
                let end = min(offset + 5 + size, bytes.count)
                more += bytes[(offset + 5)..<end]
                offset = end
            }
            guard more.count >= 4 + length else { return bytes.count > maximumAnswerBytes ? .malformed : nil }
            return serverHello(Array(more[4..<(4 + length)])) ?? .malformed
        }
        return serverHello(Array(payload[4..<(4 + length)])) ?? .malformed
    }

    /// Whether `bytes` start like a TLS record: a content type of 20–23 and a version of 3.x.
    public static func isRecordStart(_ bytes: [UInt8]) -> Bool {
        guard let first = bytes.first, (0x14...0x17).contains(first) else { return false }
        return bytes.count < 2 || bytes[1] == 0x03
    }

    /// The version and cipher suite of a ServerHello body: the `supported_versions` extension wins over the
    /// legacy field (RFC 8446 §4.1.3).
    public static func serverHello(_ body: [UInt8]) -> ServerAnswer? {
        var index = 0
        func read(_ count: Int) -> ArraySlice<UInt8>? {
            guard count >= 0, index + count <= body.count else { return nil }
            defer { index += count }
            return body[index..<(index + count)]
        }
        guard let legacy = read(2), read(32) != nil, let sessionLength = read(1)?.first,
            read(Int(sessionLength)) != nil, let cipher = read(2), read(1) != nil
        else { return nil }
        var version = UInt16(legacy[legacy.startIndex]) << 8 | UInt16(legacy[legacy.startIndex + 1])
        let suite = UInt16(cipher[cipher.startIndex]) << 8 | UInt16(cipher[cipher.startIndex + 1])
        if let extensionsLength = read(2) {
            let total =
                Int(extensionsLength[extensionsLength.startIndex]) << 8
                | Int(extensionsLength[extensionsLength.startIndex + 1])
            let end = min(index + total, body.count)
            while index + 4 <= end {
                guard let header = read(4) else { break }
                let type = UInt16(header[header.startIndex]) << 8 | UInt16(header[header.startIndex + 1])
                let size = Int(header[header.startIndex + 2]) << 8 | Int(header[header.startIndex + 3])
                guard let data = read(size) else { break }
                if type == 0x002B, data.count == 2 {
                    version = UInt16(data[data.startIndex]) << 8 | UInt16(data[data.startIndex + 1])
                }
            }
        }
        return .serverHello(version: version, cipher: suite)
    }

    /// How people read bytes that are not TLS: a short hex excerpt, and the text too when it is a line of text.
    public static func describeNotTLS(_ bytes: [UInt8]) -> String {
        let text = textLine(bytes).map { " (\"\(Printable.excerpt($0, limit: 120))\")" } ?? ""
        return "not a TLS record: " + Printable.hex(bytes) + text
    }

    /// The first line of `bytes` when they start as text does (a greeting such as `220 …` or `* OK …`), exactly
    /// as sent; `nil` for binary garbage.
    public static func textLine(_ bytes: [UInt8]) -> String? {
        let line = bytes.prefix { $0 != 0x0A && $0 != 0x0D }
        guard !line.isEmpty, line.prefix(4).allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
        return String(decoding: line, as: UTF8.self)
    }

    /// The name of TLS alert `code` (RFC 8446 §6), e.g. `handshake_failure`.
    public static func alertName(_ code: UInt8) -> String {
        let names: [UInt8: String] = [
            0: "close_notify", 10: "unexpected_message", 20: "bad_record_mac", 22: "record_overflow",
            40: "handshake_failure", 42: "bad_certificate", 43: "unsupported_certificate",
            44: "certificate_revoked", 45: "certificate_expired", 46: "certificate_unknown",
            47: "illegal_parameter", 48: "unknown_ca", 49: "access_denied", 50: "decode_error",
            51: "decrypt_error", 70: "protocol_version", 71: "insufficient_security", 80: "internal_error",
            86: "inappropriate_fallback", 90: "user_canceled", 109: "missing_extension",
            110: "unsupported_extension", 112: "unrecognized_name", 113: "bad_certificate_status_response",
            115: "unknown_psk_identity", 116: "certificate_required", 120: "no_application_protocol",
        ]
        return names[code] ?? "alert \(code)"
    }

    /// What the server's answer means for the one version offered.
    public static func check(_ answer: ServerAnswer?, offered version: TLSProtocolVersion) -> TLSVersionCheck {
        switch answer {
        case .serverHello(let chosen, _) where chosen == version.wireValue:
            return TLSVersionCheck(
                version: version,
                outcome: .accepted,
                detail: "ServerHello \(version.rawValue)",
                answeredInTLS: true,
                chosen: version
            )
        case .serverHello(let chosen, _):
            let name = TLSProtocolVersion(wireValue: chosen)?.rawValue ?? "0x" + String(chosen, radix: 16)
            return TLSVersionCheck(
                version: version,
                outcome: .refused,
                detail: "the server chose \(name)",
                answeredInTLS: true,
                chosen: TLSProtocolVersion(wireValue: chosen)
            )
        case .alert(_, let description):
            return TLSVersionCheck(
                version: version,
                outcome: .refused,
                detail: "alert \(alertName(description))",
                answeredInTLS: true
            )
        case .notTLS(let bytes):
            return TLSVersionCheck(version: version, outcome: .undetermined, detail: describeNotTLS(bytes))
        case .malformed:
            return TLSVersionCheck(
                version: version,
                outcome: .undetermined,
                detail: "a malformed handshake",
                answeredInTLS: true
            )
        case nil:
            return TLSVersionCheck(version: version, outcome: .refused, detail: "the server closed the connection")
        }
    }

    private static func u16(_ value: Int) -> [UInt8] { [UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)] }
    private static func u16(_ value: UInt16) -> [UInt8] { [UInt8(value >> 8), UInt8(value & 0xFF)] }
    private static func u24(_ value: Int) -> [UInt8] {
        [UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }
}
