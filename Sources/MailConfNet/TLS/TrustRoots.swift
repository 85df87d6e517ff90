import Foundation
import NIOPosix
import SwiftASN1
public import X509

/// Trust roots that may still be loading; certificate checks wait for them, connections do not.
public struct TrustRootsSource: Sendable {
    private let task: Task<TrustRoots, Never>

    init(task: Task<TrustRoots, Never>) {
        self.task = task
    }

    /// Roots that are ready.
    public init(_ roots: TrustRoots) {
        task = Task { roots }
    }

    /// The roots, once loaded.
    public var roots: TrustRoots {
        get async { await task.value }
    }
}

/// The certificates MailConf trusts: the system's CA bundle plus any `--ca-file` (like curl's `--cacert`, which
/// adds to, rather than replaces, the system roots here).
public struct TrustRoots: Sendable {
    /// The trusted certificates.
    public let certificates: [Certificate]
    /// The same, indexed for chain building (built once, not per connection).
    let store: CertificateStore

    /// Where Linux distributions keep the CA bundle.
    public static let systemBundlePaths = [
        "/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt", "/etc/ssl/cert.pem",
    ]

    /// Creates roots from certificates.
    public init(certificates: [Certificate]) {
        self.certificates = certificates
        self.store = CertificateStore(certificates)
    }

    /// These roots plus `more`.
    public func adding(_ more: [Certificate]) -> TrustRoots {
        TrustRoots(certificates: certificates + more)
    }

    /// Reads `extraFiles` now (so a bad `--ca-file` is reported at once) and the system bundle in the
    /// background, where it costs nothing while connections are being opened.
    ///
    /// - Throws: ``LoadError`` when an extra file is unreadable or holds no certificate.
    public static func loadingInBackground(extraFiles: [String]) throws -> TrustRootsSource {
        let extra = try load(extraFiles: extraFiles, includeSystem: false).certificates
        return TrustRootsSource(
            task: Task {
                // Parsing the bundle is CPU-bound work: on a thread of its own, not on Swift's cooperative pool,
                // whose few threads every task of the process (timers and deadlines too) waits for.
                let system = (try? await BlockingPool.shared.runIfActive { systemCertificates }) ?? []
                return TrustRoots(certificates: system + extra)
            }
        )
    }

    /// The system bundle, parsed once per process (each discovery a process builds used to parse it again).
    private static let systemCertificates: [Certificate] =
        (try? load(extraFiles: [], includeSystem: true).certificates) ?? []

    /// Why a CA file could not be used.
    public struct LoadError: Error, CustomStringConvertible {
        /// What is wrong.
        public var message: String
        public var description: String { message }
    }

    /// The system bundle (if found) plus every certificate in `extraFiles`.
    ///
    /// - Throws: ``LoadError`` when an extra file is unreadable or holds no certificate.
    public static func load(extraFiles: [String] = [], includeSystem: Bool = true) throws -> TrustRoots {
        var certificates: [Certificate] = []
        if includeSystem, let path = systemBundlePaths.first(where: FileManager.default.fileExists(atPath:)),
            let text = try? String(contentsOfFile: path, encoding: .utf8)
        {
            certificates += parsePEMBundle(text)
        }
        for file in extraFiles {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                throw LoadError(message: "cannot read the CA file \(file)")
            }
            let found = parsePEMBundle(text)
            guard !found.isEmpty else { throw LoadError(message: "\(file) holds no PEM certificate") }
            certificates += found
        }
        return TrustRoots(certificates: certificates)
    }

    /// Every certificate in a PEM bundle that parses; others are skipped.
    public static func parsePEMBundle(_ text: String) -> [Certificate] {
        let begin = "-----BEGIN CERTIFICATE-----"
        let end = "-----END CERTIFICATE-----"
        var result: [Certificate] = []
        var rest = Substring(text)
        while let start = rest.range(of: begin), let stop = rest.range(of: end, range: start.upperBound..<rest.endIndex)
        {
            let block = String(rest[start.lowerBound..<stop.upperBound])
            if let certificate = try? Certificate(pemEncoded: block) { result.append(certificate) }
            rest = rest[stop.upperBound...]
        }
        return result
    }
}
