import Foundation
import MailConfServer
import MailConfTesting
import Testing

/// `.mobileconfig` signing with a certificate and key made here by OpenSSL.
@Suite(
    .timeLimit(.minutes(3)),
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl"), "openssl is not installed")
)
struct ProfileSigningTests {
    /// A self-signed certificate and its key, and a second key that does not match it.
    struct Signer {
        let directory: URL
        var certificate: String { directory.appendingPathComponent("cert.pem").path }
        var key: String { directory.appendingPathComponent("key.pem").path }
        var otherKey: String { directory.appendingPathComponent("other.pem").path }

        init() async throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("mailconf-sign-\(UUID())")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let openssl = URL(fileURLWithPath: "/usr/bin/openssl")
            let made = try await ProcessResult.run(
                openssl,
                [
                    "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
                    "-subj", "/CN=MailConf profile signing test", "-keyout", key, "-out", certificate,
                ]
            )
            #expect(made.status == 0, "\(made.stderr)")
            let other = try await ProcessResult.run(
                openssl,
                [
                    "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", otherKey,
                ]
            )
            #expect(other.status == 0, "\(other.stderr)")
        }
    }

    @Test func profilesAreSignedAndVerifyWithOpenSSL() async throws {
        let signer = try await Signer()
        try await ServerHarness.with { options in
            options.signingCertificate = signer.certificate
            options.signingKey = signer.key
        } body: { harness in
            let reply = try await harness.request("/email.mobileconfig?email=alice%40gmail.com")
            #expect(reply.status == 200)
            let signed = signer.directory.appendingPathComponent("profile.der")
            try Data(reply.bytes).write(to: signed)
            let verified = try await ProcessResult.run(
                URL(fileURLWithPath: "/usr/bin/openssl"),
                [
                    "cms", "-verify", "-inform", "DER", "-in", signed.path, "-CAfile", signer.certificate,
                ]
            )
            #expect(verified.status == 0, "\(verified.stderr)")
            #expect(verified.stdout.contains("<string>imap.gmail.com</string>"))
        }
    }

    @Test func aKeyThatDoesNotMatchOrAMissingFileIsRefusedAtStart() async throws {
        let signer = try await Signer()
        var options = ServeOptions()
        options.signingCertificate = signer.certificate
        options.signingKey = signer.key
        try options.checkSigning()
        options.signingKey = signer.otherKey
        #expect(throws: ServeOptions.ValidationError.self) { try options.checkSigning() }
        options.signingKey = "/nonexistent/key.pem"
        let missing = #expect(throws: ServeOptions.ValidationError.self) { try options.checkSigning() }
        #expect(missing?.description.contains("/nonexistent/key.pem is not a readable file") == true)

        let cli = try await ProcessResult.mailconf([
            "serve", "--port", "0", "--no-verify", "--sign-cert", signer.certificate, "--sign-key", signer.otherKey,
        ])
        #expect(cli.status == 64, "\(cli.stderr)")
        #expect(cli.stderr.contains("cannot sign profiles"))
    }
}
