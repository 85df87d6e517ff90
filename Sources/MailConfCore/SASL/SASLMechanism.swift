import Crypto
import CryptoExtras
import Foundation

/// A SASL client mechanism (RFC 4422): an optional initial response, then one response per server challenge.
public protocol SASLMechanism: Sendable {
    /// The IANA name, e.g. `PLAIN`.
    var name: String { get }
    /// The initial response, if the mechanism has one.
    mutating func initialResponse() -> [UInt8]?
    /// The response to a (decoded) server challenge.
    ///
    /// - Throws: ``SASLError`` when the challenge is malformed or the server's proof is wrong.
    mutating func respond(to challenge: [UInt8]) throws(SASLError) -> [UInt8]
    /// The password and every value derived from it that the mechanism holds so far (a digest, a proof, keys):
    /// what must never be shown if a server echoes it.
    var secretForms: [[UInt8]] { get }
}

/// A SASL exchange that cannot go on.
public struct SASLError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public var message: String
    public var description: String { message }
}

/// The mechanisms MailConf can use, strongest first.
public enum SASL {
    /// Mechanism names in order of preference.
    public static let preference = ["SCRAM-SHA-256", "SCRAM-SHA-1", "CRAM-MD5", "PLAIN", "LOGIN"]

    /// A mechanism by name, or `nil` if MailConf does not implement it.
    public static func mechanism(_ name: String, username: String, password: Secret) -> (any SASLMechanism)? {
        switch name.uppercased() {
        case "PLAIN": PlainMechanism(username: username, password: password)
        case "LOGIN": LoginMechanism(username: username, password: password)
        case "CRAM-MD5": CRAMMD5Mechanism(username: username, password: password)
        case "SCRAM-SHA-1": SCRAMMechanism(username: username, password: password, sha256: false)
        case "SCRAM-SHA-256": SCRAMMechanism(username: username, password: password, sha256: true)
        default: nil
        }
    }

    /// The strongest mechanism of `offered` that MailConf implements.
    public static func strongest(of offered: [String]) -> String? {
        let upper = Set(offered.map { $0.uppercased() })
        return preference.first { upper.contains($0) }
    }
}

/// RFC 4616: `\0user\0password` in one message.
struct PlainMechanism: SASLMechanism {
    let username: String
    let password: Secret
    var name: String { "PLAIN" }

    var secretForms: [[UInt8]] { [password.bytes] }

    func initialResponse() -> [UInt8]? { [0] + Array(username.utf8) + [0] + password.bytes }

    func respond(to challenge: [UInt8]) throws(SASLError) -> [UInt8] {
        guard challenge.isEmpty else { throw SASLError(message: "PLAIN expects no challenge") }
        return [0] + Array(username.utf8) + [0] + password.bytes
    }
}

/// The obsolete but common LOGIN mechanism: user name, then password, each in answer to a prompt.
struct LoginMechanism: SASLMechanism {
    let username: String
    let password: Secret
    var name: String { "LOGIN" }
    var secretForms: [[UInt8]] { [password.bytes] }
    private var step = 0

    init(username: String, password: Secret) {
        self.username = username
        self.password = password
    }

    func initialResponse() -> [UInt8]? { nil }

    mutating func respond(to challenge: [UInt8]) throws(SASLError) -> [UInt8] {
        step += 1
        switch step {
        case 1: return Array(username.utf8)
        case 2: return password.bytes
        default: throw SASLError(message: "LOGIN: unexpected third prompt")
        }
    }
}

/// RFC 2195: HMAC-MD5 of the server's challenge, keyed with the password.
struct CRAMMD5Mechanism: SASLMechanism {
    let username: String
    let password: Secret
    var name: String { "CRAM-MD5" }
    private var digest: [UInt8] = []
    var secretForms: [[UInt8]] { [password.bytes, digest].filter { !$0.isEmpty } }

    init(username: String, password: Secret) {
        self.username = username
        self.password = password
    }

    func initialResponse() -> [UInt8]? { nil }

    mutating func respond(to challenge: [UInt8]) throws(SASLError) -> [UInt8] {
        guard !challenge.isEmpty else { throw SASLError(message: "CRAM-MD5: empty challenge") }
        let mac = HMAC<Insecure.MD5>.authenticationCode(for: challenge, using: SymmetricKey(data: password.bytes))
        digest = Array(mac)
        let hex = mac.map { String(format: "%02x", $0) }.joined()
        return Array("\(username) \(hex)".utf8)
    }
}

/// RFC 5802 / RFC 7677 SCRAM with SHA-1 or SHA-256, without channel binding; verifies the server's signature.
struct SCRAMMechanism: SASLMechanism {
    let username: String
    let password: Secret
    let sha256: Bool
    private let nonce: String
    private var clientFirstBare = ""
    private var expectedServerSignature: [UInt8]?
    private var derived: [[UInt8]] = []
    private var step = 0
    var secretForms: [[UInt8]] { [password.bytes] + derived }

    var name: String { sha256 ? "SCRAM-SHA-256" : "SCRAM-SHA-1" }

    init(username: String, password: Secret, sha256: Bool, nonce: String? = nil) {
        self.username = username
        self.password = password
        self.sha256 = sha256
        self.nonce = nonce ?? Data((0..<18).map { _ in UInt8.random(in: 0...255) }).base64EncodedString()
    }

    mutating func initialResponse() -> [UInt8]? {
        let escaped = username.replacing("=", with: "=3D").replacing(",", with: "=2C")
        clientFirstBare = "n=\(escaped),r=\(nonce)"
        step = 1
        return Array(("n,," + clientFirstBare).utf8)
    }

    mutating func respond(to challenge: [UInt8]) throws(SASLError) -> [UInt8] {
        if step == 0 { _ = initialResponse() }
        let text = String(decoding: challenge, as: UTF8.self)
        if step == 2 {
            step = 3
            guard let expected = expectedServerSignature, text.hasPrefix("v="),
                let proof = Data(base64Encoded: String(text.dropFirst(2))), Array(proof) == expected
            else { throw SASLError(message: "\(name): the server's signature is wrong: it does not know the password") }
            return []
        }
        var fields: [String: String] = [:]
        for part in text.split(separator: ",") where part.count >= 2 {
            fields[String(part.prefix(1))] = String(part.dropFirst(2))
        }
        guard let serverNonce = fields["r"], serverNonce.hasPrefix(nonce), let saltText = fields["s"],
            let salt = Data(base64Encoded: saltText), let iterationText = fields["i"],
            let iterations = Int(iterationText),
            (1...1_000_000).contains(iterations)
        else { throw SASLError(message: "\(name): malformed server-first message") }
        let final = "c=biws,r=\(serverNonce)"
        let authMessage = Array("\(clientFirstBare),\(text),\(final)".utf8)
        let salted: SymmetricKey
        do {
            salted = try KDF.Insecure.PBKDF2.deriveKey(
                from: password.bytes,
                salt: salt,
                using: sha256 ? .sha256 : .insecureSHA1,
                outputByteCount: sha256 ? 32 : 20,
                unsafeUncheckedRounds: iterations
            )
        } catch {
            throw SASLError(message: "\(name): key derivation failed")
        }
        let proof: [UInt8]
        if sha256 {
            let clientKey = Array(HMAC<SHA256>.authenticationCode(for: Array("Client Key".utf8), using: salted))
            let stored = Array(SHA256.hash(data: clientKey))
            let signature = Array(HMAC<SHA256>.authenticationCode(for: authMessage, using: SymmetricKey(data: stored)))
            proof = zip(clientKey, signature).map { $0 ^ $1 }
            derived = [salted.withUnsafeBytes { Array($0) }, clientKey, stored, proof]
            let serverKey = Array(HMAC<SHA256>.authenticationCode(for: Array("Server Key".utf8), using: salted))
            expectedServerSignature = Array(
                HMAC<SHA256>.authenticationCode(for: authMessage, using: SymmetricKey(data: serverKey))
            )
        } else {
            let clientKey = Array(HMAC<Insecure.SHA1>.authenticationCode(for: Array("Client Key".utf8), using: salted))
            let stored = Array(Insecure.SHA1.hash(data: clientKey))
            let signature = Array(
                HMAC<Insecure.SHA1>.authenticationCode(for: authMessage, using: SymmetricKey(data: stored))
            )
            proof = zip(clientKey, signature).map { $0 ^ $1 }
            derived = [salted.withUnsafeBytes { Array($0) }, clientKey, stored, proof]
            let serverKey = Array(HMAC<Insecure.SHA1>.authenticationCode(for: Array("Server Key".utf8), using: salted))
            expectedServerSignature = Array(
                HMAC<Insecure.SHA1>.authenticationCode(for: authMessage, using: SymmetricKey(data: serverKey))
            )
        }
        step = 2
        return Array("\(final),p=\(Data(proof).base64EncodedString())".utf8)
    }
}
