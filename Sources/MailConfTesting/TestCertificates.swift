import Crypto
public import Foundation
public import MailConfCore
public import NIOSSL
import SwiftASN1
public import X509

/// Certificates made in memory for in-process TLS servers: a CA and leaves signed by it, or self-signed leaves.
/// No IP SANs, ever (NIOSSL would let one stand in for the host name).
public struct TestCertificates: Sendable {
    /// The CA certificate.
    public let ca: Certificate
    private let caKey: P256.Signing.PrivateKey

    /// Makes a fresh CA.
    public init() throws {
        let key = P256.Signing.PrivateKey()
        let name = try DistinguishedName { CommonName("MailConf Test CA") }
        let now = Date()
        ca = try Certificate(
            version: .v3,
            serialNumber: Certificate.SerialNumber(),
            publicKey: .init(key.publicKey),
            notValidBefore: now.addingTimeInterval(-3600),
            notValidAfter: now.addingTimeInterval(86400 * 30),
            issuer: name,
            subject: name,
            signatureAlgorithm: .ecdsaWithSHA256,
            extensions: try Certificate.Extensions {
                Critical(BasicConstraints.isCertificateAuthority(maxPathLength: nil))
                KeyUsage(keyCertSign: true)
            },
            issuerPrivateKey: .init(key)
        )
        caKey = key
    }

    /// The CA as PEM, for `--ca-file`.
    public var caPEM: String {
        (try? ca.serializeAsPEM().pemString) ?? ""
    }

    /// A leaf for `names`, signed by the CA (or self-signed), valid from `notBefore` to `notAfter`.
    public func leaf(
        names: [String],
        selfSigned: Bool = false,
        notBefore: Date = Date().addingTimeInterval(-3600),
        notAfter: Date = Date().addingTimeInterval(86400 * 7)
    ) throws -> (certificate: NIOSSLCertificate, key: NIOSSLPrivateKey) {
        let key = P256.Signing.PrivateKey()
        let subject = try DistinguishedName { CommonName(names.first ?? "localhost") }
        let certificate = try Certificate(
            version: .v3,
            serialNumber: Certificate.SerialNumber(),
            publicKey: .init(key.publicKey),
            notValidBefore: notBefore,
            notValidAfter: notAfter,
            issuer: selfSigned ? subject : ca.subject,
            subject: subject,
            signatureAlgorithm: .ecdsaWithSHA256,
            extensions: try Certificate.Extensions {
                SubjectAlternativeNames(names.map { GeneralName.dnsName($0) })
            },
            issuerPrivateKey: selfSigned ? .init(key) : .init(caKey)
        )
        var serializer = DER.Serializer()
        try serializer.serialize(certificate)
        return (
            try NIOSSLCertificate(bytes: serializer.serializedBytes, format: .der),
            try NIOSSLPrivateKey(bytes: Array(key.pemRepresentation.utf8), format: .pem)
        )
    }

    /// A server TLS context presenting a leaf for `names`; `versions` limits the TLS versions it accepts, e.g.
    /// `.tls10 ... .tls10` for a server of another age.
    public func serverContext(
        names: [String],
        selfSigned: Bool = false,
        versions: ClosedRange<TLSProtocolVersion>? = nil
    ) throws -> NIOSSLContext {
        let (certificate, key) = try leaf(names: names, selfSigned: selfSigned)
        var configuration = TLSConfiguration.makeServerConfiguration(
            certificateChain: [.certificate(certificate)],
            privateKey: .privateKey(key)
        )
        if let versions {
            let names: [TLSProtocolVersion: TLSVersion] = [
                .tls10: .tlsv1, .tls11: .tlsv11, .tls12: .tlsv12, .tls13: .tlsv13,
            ]
            configuration.minimumTLSVersion = names[versions.lowerBound] ?? .tlsv1
            configuration.maximumTLSVersion = names[versions.upperBound] ?? .tlsv13
        }
        return try NIOSSLContext(configuration: configuration)
    }

    /// Writes the CA to a temporary PEM file and returns its path.
    public func writeCAFile() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("mailconf-ca-\(UUID().uuidString).pem")
        try Data(caPEM.utf8).write(to: url)
        return url.path
    }
}
