import CResolv
import Foundation
import MailConfCore
import SwiftASN1
import X509

/// Judges a server's certificate chain for the host name a user would configure, naming every problem:
/// expired, not yet valid, hostname mismatch, self-signed, untrusted root, incomplete chain.
///
/// Trust is judged at a moment when every presented certificate is within its validity, so that an expired
/// certificate reads as `expired`, not also as untrusted. IP-address SANs never stand in for a host name.
enum CertificateDiagnosis {
    /// Summaries of the presented chain and the report on it.
    static func diagnose(
        chain der: [[UInt8]],
        hostname: String,
        roots: TrustRoots,
        now: Date = Date()
    ) async -> (chain: [CertificateSummary], report: CertificateReport?, error: String?) {
        var presented: [Certificate] = []
        for bytes in der {
            guard let certificate = try? Certificate(derEncoded: bytes) else {
                return ([], nil, "the server sent a certificate that does not parse")
            }
            presented.append(certificate)
        }
        guard let leaf = presented.first else { return ([], nil, "the server sent no certificate") }
        let summaries = presented.map(summary)
        var problems: [CertificateReport.Problem] = []
        var details: [String] = []
        let format = ISO8601DateFormatter()
        format.formatOptions = [.withFullDate]

        for (index, certificate) in presented.enumerated() {
            let what = index == 0 ? "certificate" : "intermediate '\(certificate.subject)'"
            if certificate.notValidAfter < now {
                if !problems.contains(.expired) { problems.append(.expired) }
                details.append("\(what) expired \(format.string(from: certificate.notValidAfter))")
            } else if certificate.notValidBefore > now {
                if !problems.contains(.notYetValid) { problems.append(.notYetValid) }
                details.append("\(what) is not valid before \(format.string(from: certificate.notValidBefore))")
            }
        }

        if !matches(leaf, hostname: hostname) {
            problems.append(.hostnameMismatch)
            let names = dnsNames(leaf)
            details.append(
                names.isEmpty
                    ? "the certificate names no DNS host"
                    : "the certificate is for \(names.prefix(5).joined(separator: ", "))"
            )
        }

        if let trust = await trustProblem(presented, roots: roots) {
            problems.append(trust.0)
            details.append(trust.1)
        }
        let order = CertificateReport.Problem.allCases
        problems.sort { (order.firstIndex(of: $0) ?? 0) < (order.firstIndex(of: $1) ?? 0) }
        let report = CertificateReport(leaf: summaries[0], checkedName: hostname, problems: problems, details: details)
        return (summaries, report, nil)
    }

    private static func summary(_ certificate: Certificate) -> CertificateSummary {
        var sans = dnsNames(certificate)
        if let alternatives = try? certificate.extensions.subjectAlternativeNames {
            for name in alternatives {
                if case .ipAddress(let octets) = name { sans.append(ipString(Array(octets.bytes))) }
            }
        }
        return CertificateSummary(
            subject: certificate.subject.description,
            issuer: certificate.issuer.description,
            sans: sans,
            notBefore: certificate.notValidBefore,
            notAfter: certificate.notValidAfter
        )
    }

    static func dnsNames(_ certificate: Certificate) -> [String] {
        guard let alternatives = try? certificate.extensions.subjectAlternativeNames else { return [] }
        return alternatives.compactMap { name in
            if case .dnsName(let value) = name { return value.lowercased() }
            return nil
        }
    }

    private static func ipString(_ bytes: [UInt8]) -> String {
        if bytes.count == 4 { return bytes.map(String.init).joined(separator: ".") }
        var groups: [String] = []
        var index = 0
        while index + 1 < bytes.count {
            groups.append(String(UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]), radix: 16))
            index += 2
        }
        return groups.joined(separator: ":")
    }

    /// RFC 6125 matching: DNS SANs only (for a host name), a wildcard only as the whole left-most label. For an
    /// IP-address host (the user configured an address), IP SANs are compared instead.
    static func matches(_ certificate: Certificate, hostname: String) -> Bool {
        var host = hostname.lowercased()
        if host.hasSuffix(".") { host.removeLast() }
        if let address = IPAddressText.bytes(host) {
            guard let alternatives = try? certificate.extensions.subjectAlternativeNames else { return false }
            return alternatives.contains { name in
                if case .ipAddress(let octets) = name { return Array(octets.bytes) == address }
                return false
            }
        }
        let hostLabels = host.split(separator: ".", omittingEmptySubsequences: false)
        for name in dnsNames(certificate) {
            var pattern = name
            if pattern.hasSuffix(".") { pattern.removeLast() }
            if pattern == host { return true }
            let labels = pattern.split(separator: ".", omittingEmptySubsequences: false)
            guard labels.first == "*", labels.count >= 3, labels.count == hostLabels.count else { continue }
            if labels.dropFirst().elementsEqual(hostLabels.dropFirst()), !(hostLabels.first?.isEmpty ?? true) {
                return true
            }
        }
        return false
    }

    /// Why the chain does not lead to a trusted root, judged when every certificate is valid.
    private static func trustProblem(
        _ presented: [Certificate],
        roots: TrustRoots
    ) async -> (CertificateReport.Problem, String)? {
        guard let leaf = presented.first else { return nil }
        // Validity periods are judged separately (above); here only the path: signatures, issuers, CA flags.
        var verifier = Verifier(rootCertificates: roots.store) { PathOnlyPolicy() }
        let result = await verifier.validate(leaf: leaf, intermediates: CertificateStore(presented.dropFirst()))
        if case .validCertificate = result { return nil }

        func selfIssued(_ certificate: Certificate) -> Bool {
            certificate.issuer == certificate.subject
                && certificate.publicKey.isValidSignature(certificate.signature, for: certificate)
        }
        if presented.count == 1 && selfIssued(leaf) {
            return (.selfSigned, "the certificate is self-signed")
        }
        // Follow issuer links through what the server sent.
        var top = leaf
        var used: Set<Int> = [0]
        while let next = presented.indices.first(where: { !used.contains($0) && presented[$0].subject == top.issuer }) {
            used.insert(next)
            top = presented[next]
        }
        if selfIssued(top) {
            return (.untrustedRoot, "the chain ends at '\(top.subject)', which is not a trusted root")
        }
        let issuerKnown = roots.certificates.contains { $0.subject == top.issuer }
        if issuerKnown {
            return (.invalid, "the chain does not verify (bad signature, constraints or extensions)")
        }
        if presented.count == 1 {
            return (
                .incompleteChain,
                "the server sent no intermediate certificate; the issuer '\(top.issuer)' is unknown"
            )
        }
        return (.untrustedRoot, "the chain's root '\(top.issuer)' is not trusted (pass --ca-file for a private CA)")
    }
}

/// A chain-building policy that ignores validity periods (reported on their own) and checks that every issuer is a
/// CA. Signatures are checked by the verifier itself.
private struct PathOnlyPolicy: VerifierPolicy {
    let verifyingCriticalExtensions: [ASN1ObjectIdentifier] = [
        .X509ExtensionID.basicConstraints, .X509ExtensionID.keyUsage, .X509ExtensionID.extendedKeyUsage,
        .X509ExtensionID.subjectAlternativeName, .X509ExtensionID.nameConstraints,
    ]

    func chainMeetsPolicyRequirements(chain: UnverifiedCertificateChain) async -> PolicyEvaluationResult {
        for issuer in chain.dropFirst() {
            guard case .isCertificateAuthority = try? issuer.extensions.basicConstraints else {
                return .failsToMeetPolicy(reason: "'\(issuer.subject)' is not a CA certificate")
            }
        }
        return .meetsPolicy
    }
}

/// Parses textual IP addresses into bytes, for comparing with IP SANs.
enum IPAddressText {
    static func bytes(_ text: String) -> [UInt8]? {
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 { return withUnsafeBytes(of: &v4) { Array($0) } }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, text, &v6) == 1 { return withUnsafeBytes(of: &v6) { Array($0) } }
        return nil
    }
}
