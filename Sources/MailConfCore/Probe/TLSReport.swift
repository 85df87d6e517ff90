public import Foundation

/// What a TLS handshake revealed: version, cipher and the server's certificate with a verdict.
public struct TLSReport: Hashable, Sendable {
    /// `TLSv1.3`, `TLSv1.2`…
    public var version: String?
    /// The IANA cipher-suite name, e.g. `TLS_AES_256_GCM_SHA384`.
    public var cipher: String?
    /// The leaf certificate and the verdict on the whole chain.
    public var certificate: CertificateReport?
    /// Every certificate the server sent, leaf first.
    public var chain: [CertificateSummary]
    /// For a connection that only checked whether one version is accepted (``ConnectRequest/tlsVersionCheck``):
    /// the server's answer. Such a connection carries no session.
    public var versionCheck: TLSVersionCheck?

    /// Creates a report.
    public init(
        version: String? = nil,
        cipher: String? = nil,
        certificate: CertificateReport? = nil,
        chain: [CertificateSummary] = [],
        versionCheck: TLSVersionCheck? = nil
    ) {
        self.version = version
        self.cipher = cipher
        self.certificate = certificate
        self.chain = chain
        self.versionCheck = versionCheck
    }
}

/// One certificate, as people read it.
public struct CertificateSummary: Hashable, Sendable {
    /// The subject's distinguished name, RFC 4514 style.
    public var subject: String
    /// The issuer's distinguished name.
    public var issuer: String
    /// DNS names and IP addresses from the subject alternative names.
    public var sans: [String]
    /// Start of validity.
    public var notBefore: Date
    /// End of validity.
    public var notAfter: Date

    /// Creates a summary.
    public init(subject: String, issuer: String, sans: [String], notBefore: Date, notAfter: Date) {
        self.subject = subject
        self.issuer = issuer
        self.sans = sans
        self.notBefore = notBefore
        self.notAfter = notAfter
    }
}

/// The leaf certificate with the verdict on the chain for the host name the user would configure.
public struct CertificateReport: Hashable, Sendable {
    /// A reason a certificate chain is not acceptable.
    public enum Problem: String, Hashable, Sendable, CaseIterable {
        case expired = "expired"
        case notYetValid = "not-yet-valid"
        case hostnameMismatch = "hostname-mismatch"
        case selfSigned = "self-signed"
        case untrustedRoot = "untrusted-root"
        case incompleteChain = "incomplete-chain"
        case invalid = "invalid"
    }

    /// The leaf.
    public var leaf: CertificateSummary
    /// The name checked against the certificate.
    public var checkedName: String
    /// Every problem found; empty when the certificate is fine.
    public var problems: [Problem]
    /// Details per problem, for people (e.g. the expiry date).
    public var details: [String]

    /// Creates a report.
    public init(leaf: CertificateSummary, checkedName: String, problems: [Problem], details: [String] = []) {
        self.leaf = leaf
        self.checkedName = checkedName
        self.problems = problems
        self.details = details
    }

    /// `ok`, or the most serious problem.
    public var verdict: String { problems.first?.rawValue ?? "ok" }
}
