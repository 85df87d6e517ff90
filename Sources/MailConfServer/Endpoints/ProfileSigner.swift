import Foundation
import NIOPosix

/// Signs `.mobileconfig` profiles with OpenSSL's `cms -sign` as an external step (no maintained Swift library
/// writes CMS SignedData): DER output, the profile embedded, the signer's certificate included.
enum ProfileSigner {
    /// Why a profile could not be signed, in OpenSSL's words where it gave some.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Threads of its own for signing, so that waiting for OpenSSL holds neither Swift's cooperative pool nor
    /// NIO's shared one (file I/O).
    private static let pool: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: 2)
        pool.start()
        return pool
    }()

    /// Signs `profile` off Swift's cooperative pool (OpenSSL runs as a child process and is waited for).
    static func sign(_ profile: [UInt8], certificate: String, key: String) async -> Result<[UInt8], Failure> {
        do {
            return try await pool.runIfActive {
                Result { () throws(Failure) in try signBlocking(profile, certificate: certificate, key: key) }
            }
        } catch {
            return .failure(Failure(description: "the signing thread pool is not running: \(error)"))
        }
    }

    /// The signed profile; blocks until OpenSSL is done.
    static func signBlocking(_ profile: [UInt8], certificate: String, key: String) throws(Failure) -> [UInt8] {
        for (option, path) in [("--sign-cert", certificate), ("--sign-key", key)]
        where !FileManager.default.isReadableFile(atPath: path) {
            throw Failure(description: "\(option) \(path) is not a readable file")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "openssl", "cms", "-sign", "-nodetach", "-binary", "-outform", "DER", "-signer", certificate, "-inkey", key,
        ]
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw Failure(description: "cannot run openssl: \(error.localizedDescription)")
        }
        // OpenSSL reads all of its input before it writes, and says little on stderr: no pipe can fill up here.
        // If it exits first (a bad key), the write fails with EPIPE, which serve ignores as a signal.
        try? input.fileHandleForWriting.write(contentsOf: Data(profile))
        try? input.fileHandleForWriting.close()
        let signed = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, !signed.isEmpty else {
            let text = String(decoding: message, as: UTF8.self).split(separator: "\n").first.map(String.init)
            let reason = text ?? "exit status \(process.terminationStatus)"
            throw Failure(description: "openssl cms -sign failed: \(reason)")
        }
        return Array(signed)
    }
}

extension ServeOptions {
    /// Checks that ``signingCertificate`` and ``signingKey`` can sign a profile (readable, PEM, a key that matches
    /// the certificate), so that a broken setup stops the server at start instead of serving unsigned profiles.
    ///
    /// - Throws: a description of the problem, for the user.
    public func checkSigning() throws {
        guard let certificate = signingCertificate, let key = signingKey else { return }
        do {
            _ = try ProfileSigner.signBlocking(Array("<plist/>".utf8), certificate: certificate, key: key)
        } catch {
            throw ValidationError(
                description:
                    "cannot sign profiles with --sign-cert and --sign-key (MAILCONF_SIGN_CERT, MAILCONF_SIGN_KEY): \(error)"
            )
        }
    }

    /// A setting that cannot work.
    public struct ValidationError: Error, CustomStringConvertible {
        /// What is wrong and what to do.
        public var description: String
    }
}
