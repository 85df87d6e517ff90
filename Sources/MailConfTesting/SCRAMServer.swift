import Crypto
import Foundation

/// The server side of SCRAM-SHA-1 and SCRAM-SHA-256 (RFC 5802, RFC 7677), written apart from MailConf's client so
/// that a scripted server checks the client's proof and answers with a signature the client must verify, or with a
/// forged one.
public struct SCRAMServer: Sendable {
    /// The mechanism's name, `SCRAM-SHA-1` or `SCRAM-SHA-256`.
    public let mechanism: String
    private let password: [UInt8]
    private let salt: [UInt8]
    private let iterations: Int
    private let serverNonce: String
    /// Whether the final message carries a signature made without the password.
    public var forgesSignature: Bool

    /// A server that knows `password`, for `mechanism`. The default iteration count is low, to keep the tests'
    /// CPU time small; the client accepts any count from 1.
    public init(
        mechanism: String,
        password: String,
        salt: [UInt8] = Array("mailconf-salt".utf8),
        iterations: Int = 64,
        serverNonce: String = "3rfcNHYJY1ZVvWVs7j",
        forgesSignature: Bool = false
    ) {
        self.mechanism = mechanism
        self.password = Array(password.utf8)
        self.salt = salt
        self.iterations = iterations
        self.serverNonce = serverNonce
        self.forgesSignature = forgesSignature
    }

    /// The server-first message for a client-first message (`n,,n=user,r=nonce`); `nil` when it is malformed.
    public func first(_ clientFirst: String) -> String? {
        guard let nonce = Self.fields(of: Self.bare(clientFirst))["r"] else { return nil }
        return "r=\(nonce)\(serverNonce),s=\(Data(salt).base64EncodedString()),i=\(iterations)"
    }

    /// Checks the client-final message's proof and makes the server-final message: `v=signature`, or
    /// `e=invalid-proof` when the proof is wrong.
    public func final(clientFirst: String, clientFinal: String) -> (proofValid: Bool, message: String) {
        guard let serverFirst = first(clientFirst), let proofIndex = clientFinal.range(of: ",p=") else {
            return (false, "e=other-error")
        }
        let withoutProof = String(clientFinal[..<proofIndex.lowerBound])
        let proof = Array(Data(base64Encoded: String(clientFinal[proofIndex.upperBound...])) ?? Data())
        let authMessage = Array("\(Self.bare(clientFirst)),\(serverFirst),\(withoutProof)".utf8)
        let sha256 = mechanism.uppercased() == "SCRAM-SHA-256"
        let salted = sha256 ? pbkdf2(SHA256.self) : pbkdf2(Insecure.SHA1.self)
        let clientKey = hmac(sha256, key: salted, Array("Client Key".utf8))
        let storedKey = sha256 ? Array(SHA256.hash(data: clientKey)) : Array(Insecure.SHA1.hash(data: clientKey))
        let clientSignature = hmac(sha256, key: storedKey, authMessage)
        let expected = zip(clientKey, clientSignature).map { $0 ^ $1 }
        guard proof == expected else { return (false, "e=invalid-proof") }
        let serverKey = hmac(sha256, key: salted, Array("Server Key".utf8))
        var signature = hmac(sha256, key: serverKey, authMessage)
        if forgesSignature { signature = hmac(sha256, key: Array("not the password".utf8), authMessage) }
        return (true, "v=" + Data(signature).base64EncodedString())
    }

    private static func bare(_ clientFirst: String) -> String {
        // Skip the GS2 header: "n,," (no channel binding, no authzid) or "n,a=authzid,".
        let parts = clientFirst.split(separator: ",", maxSplits: 2, omittingEmptySubsequences: false)
        return parts.count == 3 ? String(parts[2]) : clientFirst
    }

    private static func fields(of message: String) -> [String: String] {
        var fields: [String: String] = [:]
        for part in message.split(separator: ",") where part.count >= 2 {
            fields[String(part.prefix(1))] = String(part.dropFirst(2))
        }
        return fields
    }

    private func hmac(_ sha256: Bool, key: [UInt8], _ data: [UInt8]) -> [UInt8] {
        let key = SymmetricKey(data: key)
        return sha256
            ? Array(HMAC<SHA256>.authenticationCode(for: data, using: key))
            : Array(HMAC<Insecure.SHA1>.authenticationCode(for: data, using: key))
    }

    /// PBKDF2 (RFC 8018 §5.2) for one block, which is all SCRAM needs: the output is the hash's length.
    private func pbkdf2<H: HashFunction>(_: H.Type) -> [UInt8] {
        let key = SymmetricKey(data: password)
        var block = Array(HMAC<H>.authenticationCode(for: salt + [0, 0, 0, 1], using: key))
        var result = block
        for _ in 1..<iterations {
            block = Array(HMAC<H>.authenticationCode(for: block, using: key))
            for index in result.indices { result[index] ^= block[index] }
        }
        return result
    }
}
