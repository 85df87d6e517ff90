import MailConfCore
import NIOCore
import NIOSSL

/// Builds the TLS handlers of one connection: a ServerHello sniffer in front of NIOSSL, whose custom verification
/// callback diagnoses the chain and lets the handshake continue, so a probe can still read capabilities past a bad
/// certificate. Verdicts are recorded, never silently accepted: callers decide what a bad certificate means.
struct TLSSetup: Sendable {
    let context: NIOSSLContext
    let roots: TrustRootsSource
    let hostname: String
    let observations: TLSObservations
    /// When set, no real handshake: a ClientHello offering this version alone, and the server's answer read.
    var versionCheck: TLSProtocolVersion?

    /// The client context shared by every connection: TLS 1.0 and up are allowed so that obsolete servers are
    /// reported rather than unreachable; verification is done by the callback.
    static func makeContext() throws -> NIOSSLContext {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.minimumTLSVersion = .tlsv1
        // The callback judges the chain and the host name (IP SANs never count); NIOSSL must not check names.
        configuration.certificateVerification = .noHostnameVerification
        configuration.trustRoots = .certificates([])
        // A probe closes once it has learnt what it came for: it sends its close_notify and goes, instead of
        // waiting a round trip (or NIOSSL's default 5 s, for servers that never answer one) for the server's.
        configuration.shutdownTimeout = .zero
        return try NIOSSLContext(configuration: configuration)
    }

    /// Adds the sniffer and the NIOSSL client handler at the front of the pipeline (on the event loop).
    func install(on channel: any Channel) throws {
        if let versionCheck {
            let handler = TLSVersionCheckHandler(
                version: versionCheck,
                serverName: hostname,
                observations: observations
            )
            try channel.pipeline.syncOperations.addHandler(handler, position: .first)
            return
        }
        let observations = self.observations
        let roots = self.roots
        let hostname = self.hostname
        let sni = IPAddressText.bytes(hostname) == nil ? hostname : nil
        let handler = try NIOSSLClientHandler(context: context, serverHostname: sni) { certificates, promise in
            let der = certificates.compactMap { try? $0.toDERBytes() }
            Task {
                let (chain, report, error) = await CertificateDiagnosis.diagnose(
                    chain: der,
                    hostname: hostname,
                    roots: await roots.roots
                )
                observations.update { state in
                    state.chain = chain
                    state.certificate = report
                    state.certificateError = error
                }
                promise.succeed(.certificateVerified)
            }
        }
        let operations = channel.pipeline.syncOperations
        try operations.addHandler(handler, position: .first)
        try operations.addHandler(ServerHelloSniffer(observations: observations), position: .first)
    }

    /// A handshake error, made precise with what the sniffer saw.
    func describe(_ error: any Error) -> TransportError {
        let state = observations.snapshot
        let report = observations.report()
        if let bytes = state.notTLS {
            // A line of text is a plaintext greeting; anything else is garbage, told apart by its hex.
            let line = TLSHello.textLine(bytes)
            return TransportError(
                line == nil ? .tlsFailed : .plaintextOnTLSPort,
                TLSHello.describeNotTLS(bytes),
                serverText: line,
                tls: nil
            )
        }
        if let alert = state.alert {
            return TransportError(
                .tlsFailed,
                "the server refused the handshake with TLS alert \(CipherSuiteNames.alert(alert))",
                tls: report
            )
        }
        if let certificateError = state.certificateError {
            return TransportError(.tlsFailed, certificateError, tls: report)
        }
        var text = String(describing: error)
        if text.count > 300 { text = String(text.prefix(300)) + "…" }
        return TransportError(.tlsFailed, text, tls: report)
    }
}
