import MailConfCore
import NIOCore
import NIOTLS

/// Stands where NIOSSL would, on a connection that only checks whether the server accepts one TLS version: sends
/// ``TLSHello/clientHello(offering:serverName:)`` and reads the server's first answer. When the answer is in, or the
/// server closes first, it records the ``TLSVersionCheck`` and fires `TLSUserEvent.handshakeCompleted`, the event the
/// line handler waits for. Nothing the server sends is passed on, so the connection carries no session.
final class TLSVersionCheckHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private let version: TLSProtocolVersion
    private let serverName: String
    private let observations: TLSObservations
    private var received: [UInt8] = []
    private var sent = false
    private var done = false

    init(version: TLSProtocolVersion, serverName: String, observations: TLSObservations) {
        self.version = version
        self.serverName = serverName
        self.observations = observations
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { sendHello(context: context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        sendHello(context: context)
        context.fireChannelActive()
    }

    private func sendHello(context: ChannelHandlerContext) {
        guard !sent else { return }
        sent = true
        let hello = TLSHello.clientHello(offering: version, serverName: serverName)
        context.writeAndFlush(wrapOutboundOut(ByteBuffer(bytes: hello)), promise: nil)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !done else { return }
        received += unwrapInboundIn(data).readableBytesView
        if let answer = TLSHello.read(received) {
            conclude(TLSHello.check(answer, offered: version), answer: answer, context: context)
        } else if received.count > TLSHello.maximumAnswerBytes {
            conclude(TLSHello.check(.malformed, offered: version), answer: .malformed, context: context)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        if !done { conclude(TLSHello.check(nil, offered: version), answer: nil, context: context) }
        context.fireChannelInactive()
    }

    private func conclude(_ check: TLSVersionCheck, answer: TLSHello.ServerAnswer?, context: ChannelHandlerContext) {
        done = true
        received = []
        observations.update { state in
            state.versionCheck = check
            switch answer {
            case .serverHello(let version, let cipher):
                state.version = version
                state.cipher = cipher
            case .alert(_, let description):
                state.alert = description
            case .notTLS(let bytes):
                state.notTLS = Array(bytes.prefix(256))
            case .malformed, nil:
                break
            }
        }
        context.fireUserInboundEventTriggered(TLSUserEvent.handshakeCompleted(negotiatedProtocol: nil))
    }
}

@available(*, unavailable)
extension TLSVersionCheckHandler: Sendable {}
