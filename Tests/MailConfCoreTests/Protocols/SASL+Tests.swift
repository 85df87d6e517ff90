import Foundation
import Testing

@testable import MailConfCore

@Suite struct SASLTests {
    @Test func plainAndLogin() throws {
        var plain = try #require(SASL.mechanism("plain", username: "tim", password: Secret("tanstaaf")))
        #expect(plain.initialResponse() == Array("\0tim\0tanstaaf".utf8))
        var login = try #require(SASL.mechanism("LOGIN", username: "tim", password: Secret("pw")))
        #expect(login.initialResponse() == nil)
        #expect(try login.respond(to: Array("Username:".utf8)) == Array("tim".utf8))
        #expect(try login.respond(to: Array("Password:".utf8)) == Array("pw".utf8))
        #expect(throws: SASLError.self) { try login.respond(to: []) }
    }

    @Test func cramMD5MatchesRFC2195() throws {
        var mechanism = try #require(SASL.mechanism("CRAM-MD5", username: "tim", password: Secret("tanstaaftanstaaf")))
        let response = try mechanism.respond(to: Array("<1896.697170952@postoffice.reston.mci.net>".utf8))
        #expect(String(decoding: response, as: UTF8.self) == "tim b913a602c7eda7a495b4e6e7334d3890")
    }

    @Test func scramSHA1MatchesRFC5802() throws {
        var mechanism = SCRAMMechanism(
            username: "user",
            password: Secret("pencil"),
            sha256: false,
            nonce: "fyko+d2lbbFgONRv9qkxdawL"
        )
        #expect(mechanism.initialResponse() == Array("n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL".utf8))
        let final = try mechanism.respond(
            to: Array("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096".utf8)
        )
        #expect(
            String(decoding: final, as: UTF8.self)
                == "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts="
        )
        #expect(try mechanism.respond(to: Array("v=rmF9pqV8S7suAoZWja4dJRkFsKQ=".utf8)).isEmpty)
    }

    @Test func scramSHA256MatchesRFC7677AndChecksTheServer() throws {
        func fresh() -> SCRAMMechanism {
            var mechanism = SCRAMMechanism(
                username: "user",
                password: Secret("pencil"),
                sha256: true,
                nonce: "rOprNGfwEbeRWgbNEkqO"
            )
            _ = mechanism.initialResponse()
            return mechanism
        }
        let serverFirst = Array(
            "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096".utf8
        )
        var mechanism = fresh()
        let final = try mechanism.respond(to: serverFirst)
        #expect(
            String(decoding: final, as: UTF8.self)
                == "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ="
        )
        #expect(try mechanism.respond(to: Array("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=".utf8)).isEmpty)

        var impostor = fresh()
        _ = try impostor.respond(to: serverFirst)
        #expect(throws: SASLError.self) { try impostor.respond(to: Array("v=AAAA".utf8)) }
        var wrongNonce = fresh()
        #expect(throws: SASLError.self) { try wrongNonce.respond(to: Array("r=other,s=QSXCR+Q6sek8bf92,i=4096".utf8)) }
    }

    @Test func preferenceAndSecrecy() {
        #expect(SASL.strongest(of: ["LOGIN", "PLAIN", "CRAM-MD5"]) == "CRAM-MD5")
        #expect(SASL.strongest(of: ["XOAUTH2", "GSSAPI"]) == nil)
        let secret = Secret("hunter2")
        #expect("\(secret)" == "<redacted>")
        #expect(String(reflecting: secret) == "<redacted>")
    }

    @Test func classifiesFinalReplies() throws {
        #expect(AuthClassifier.smtp(SMTPReply(code: 235, lines: ["2.7.0 ok"])) == .success)
        #expect(AuthClassifier.smtp(SMTPReply(code: 535, lines: ["5.7.8 bad"])) == .badCredentials)
        #expect(AuthClassifier.smtp(SMTPReply(code: 538, lines: ["5.7.11 tls"])) == .tlsRequired)
        #expect(AuthClassifier.smtp(SMTPReply(code: 454, lines: ["4.7.0 later"])) == .temporary)
        #expect(AuthClassifier.smtp(SMTPReply(code: 504, lines: ["5.5.4 no"])) == .mechanismUnavailable)
        #expect(AuthClassifier.imap(status: "NO", code: "AUTHENTICATIONFAILED") == .badCredentials)
        #expect(AuthClassifier.imap(status: "NO", code: "PRIVACYREQUIRED") == .tlsRequired)
        #expect(AuthClassifier.imap(status: "NO", code: "UNAVAILABLE") == .temporary)
        #expect(AuthClassifier.imap(status: "NO", code: "EXPIRED") == .accountDisabled)
        #expect(AuthClassifier.imap(status: "OK", code: nil) == .success)
        #expect(AuthClassifier.pop3(try POP3Reply(parsing: "-ERR [AUTH] no")) == .badCredentials)
        #expect(AuthClassifier.pop3(try POP3Reply(parsing: "-ERR [SYS/TEMP] busy")) == .temporary)
    }
}
