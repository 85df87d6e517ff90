import Foundation
import MailConfCore
import Testing

/// Echoed secrets are redacted in every form MailConf sent them.
struct SecretRedactorTests {
    let password = "correct horse battery staple"
    let user = "alice@example.com"

    func base64(_ bytes: [UInt8]) -> String { Data(bytes).base64EncodedString() }
    func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }

    @Test func theFormsOfAPasswordAndOfAPLAINMessageAreRedacted() {
        let redactor = SecretRedactor(password: Secret(password))
        let plain = [0] + Array(user.utf8) + [0] + Array(password.utf8)
        redactor.add(secret: plain)
        let secretBytes = Array(password.utf8)
        let echoes = [
            password, password.uppercased(), base64(secretBytes), hex(secretBytes), hex(secretBytes).uppercased(),
            base64(plain), String(base64(plain).dropLast(2)),
        ]
        for echo in echoes {
            let redacted = redactor.redact("535 5.7.8 you sent: \(echo) (rejected)")
            #expect(redacted == "535 5.7.8 you sent: <redacted> (rejected)", "\(echo)")
        }
    }

    @Test func piecesOfAFormCutAcrossLinesOrByALimitAreRedacted() {
        let redactor = SecretRedactor(password: Secret(password))
        let encoded = base64(Array(password.utf8))
        let first = String(encoded.prefix(17))
        let second = String(encoded.dropFirst(17))
        #expect(!redactor.redact("535-\(first)").contains(first))
        #expect(!redactor.redact("535 \(second) end").contains(second))
        #expect(redactor.redact("535 authentication failed") == "535 authentication failed")
    }

    @Test func theIMAPQuotedFormIsRedacted() {
        let tricky = #"pa"ss\word"#
        let redactor = SecretRedactor(password: Secret(tricky))
        #expect(
            redactor.redact(#"a5 NO LOGIN "alice" "pa\"ss\\word" refused"#)
                == #"a5 NO LOGIN "alice" "<redacted>" refused"#
        )
    }

    @Test func derivedValuesOfEachMechanismAreRedacted() throws {
        for name in SASL.preference {
            let redactor = SecretRedactor(password: Secret(password))
            var mechanism = try #require(SASL.mechanism(name, username: user, password: Secret(password)))
            var sent: [[UInt8]] = []
            if let initial = mechanism.initialResponse() { sent.append(initial) }
            switch name {
            case "PLAIN": break
            case "LOGIN":
                sent.append(try mechanism.respond(to: Array("Username:".utf8)))
                sent.append(try mechanism.respond(to: Array("Password:".utf8)))
            case "CRAM-MD5":
                sent.append(try mechanism.respond(to: Array("<1896.697170952@postoffice.example.net>".utf8)))
            default:
                let first = String(decoding: try #require(sent.first), as: UTF8.self)
                let nonce = String(first.split(separator: "r=").last ?? "")
                let serverFirst = "r=\(nonce)srv,s=\(base64(Array("salt".utf8))),i=4096"
                sent.append(try mechanism.respond(to: Array(serverFirst.utf8)))
            }
            for form in mechanism.secretForms { redactor.add(secret: form) }
            for response in sent where redactor.containsSecret(response) { redactor.add(secret: response) }
            let secretResponses = sent.filter { redactor.containsSecret($0) }
            #expect(!secretResponses.isEmpty, "\(name) sent the password or a value derived from it")
            for response in secretResponses {
                for echo in [base64(response), hex(response), String(decoding: response, as: UTF8.self)] {
                    let shown = redactor.redact("535 5.7.8 echo \(echo)")
                    #expect(!shown.contains(echo), "\(name): \(echo)")
                }
            }
        }
    }
}
