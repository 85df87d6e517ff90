import MailConfCore
import Synchronization

/// What one TLS handshake revealed, gathered on the event loop by the ServerHello sniffer and the certificate
/// callback, read afterwards by the transport.
final class TLSObservations: Sendable {
    struct State {
        var version: UInt16?
        var cipher: UInt16?
        var alert: UInt8?
        /// The first bytes of an answer that is not TLS.
        var notTLS: [UInt8]?
        /// For a version-check connection: what the server did with the ClientHello.
        var versionCheck: TLSVersionCheck?
        var chain: [CertificateSummary] = []
        var certificate: CertificateReport?
        var certificateError: String?
    }

    private let state = Mutex(State())

    func update(_ body: (inout State) -> Void) {
        state.withLock { body(&$0) }
    }

    var snapshot: State { state.withLock { $0 } }

    /// The report of what is known so far; `negotiatedVersion` from NIOSSL wins over the sniffed one.
    func report(negotiatedVersion: String? = nil) -> TLSReport {
        let state = snapshot
        return TLSReport(
            version: negotiatedVersion ?? state.version.map(CipherSuiteNames.version),
            cipher: state.cipher.map(CipherSuiteNames.name),
            certificate: state.certificate,
            chain: state.chain,
            versionCheck: state.versionCheck
        )
    }
}
