import MailConfCore
import NIOCore

/// Watches the first bytes a server sends on a TLS connection, passing them on unchanged, to learn what NIOSSL
/// does not expose: the negotiated cipher suite and version from the ServerHello (RFC 8446 §4.1.3), an alert sent
/// instead, or bytes that are not TLS at all (a plaintext greeting on a port that should speak TLS, or garbage).
///
/// It reads at most 16 KiB and never alters the stream.
final class ServerHelloSniffer: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    private let observations: TLSObservations
    private var seen: [UInt8] = []
    private var done = false
    /// Bytes kept of an answer that is not TLS: enough for a line of text and a hex excerpt.
    private static let notTLSLimit = 256

    init(observations: TLSObservations) {
        self.observations = observations
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if !done {
            let buffer = unwrapInboundIn(data)
            seen += buffer.readableBytesView
            inspect()
            if seen.count > TLSHello.maximumAnswerBytes { finish() }
        }
        context.fireChannelRead(data)
    }

    private func finish() {
        done = true
        seen = []
    }

    private func inspect() {
        switch TLSHello.read(seen) {
        case nil:
            return
        case .serverHello(let version, let cipher):
            observations.update { state in
                state.version = version
                state.cipher = cipher
            }
            finish()
        case .alert(_, let description):
            observations.update { $0.alert = description }
            finish()
        case .notTLS(let bytes):
            // Kept at once (NIOSSL fails on these very bytes), and extended while a line of text comes in.
            let kept = Array(bytes.prefix(Self.notTLSLimit))
            observations.update { $0.notTLS = kept }
            if kept.contains(0x0A) || kept.count >= Self.notTLSLimit { finish() }
        case .malformed:
            finish()
        }
    }
}

@available(*, unavailable)
extension ServerHelloSniffer: Sendable {}
