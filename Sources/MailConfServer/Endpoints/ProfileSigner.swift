import Foundation

/// Signs `.mobileconfig` profiles with OpenSSL's `cms -sign` as an external step (no maintained Swift library
/// writes CMS SignedData): DER output, the profile embedded, the signer's certificate included.
enum ProfileSigner {
    /// The signed profile, or `nil` when no certificate is configured or signing failed (the profile is then
    /// served unsigned, which iOS accepts as "unverified").
    static func sign(_ profile: [UInt8], certificate: String?, key: String?) -> [UInt8]? {
        guard let certificate, let key else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "openssl", "cms", "-sign", "-nodetach", "-binary", "-outform", "DER", "-signer", certificate, "-inkey", key,
        ]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return nil
        }
        input.fileHandleForWriting.write(Data(profile))
        try? input.fileHandleForWriting.close()
        let signed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 && !signed.isEmpty ? Array(signed) : nil
    }
}
