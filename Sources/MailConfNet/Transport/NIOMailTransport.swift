import MailConfCore
import NIOCore
import NIOSSL

/// A ``MailTransport`` over a SwiftNIO channel whose pipeline ends in a ``MailFrameDecoder`` and a
/// ``MailSessionHandler``.
///
/// Reads are requested on the event loop and awaited here; cancelling the awaiting task closes the channel, so a
/// deadline elsewhere always ends a read.
final class NIOMailTransport: MailTransport {
    private let channel: any Channel
    private let handler: NIOLoopBound<MailSessionHandler>
    private let makeTLS: @Sendable () -> TLSSetup
    private let makeDecoder: @Sendable () -> MailFrameDecoder

    init(
        channel: any Channel,
        handler: NIOLoopBound<MailSessionHandler>,
        makeTLS: @escaping @Sendable () -> TLSSetup,
        makeDecoder: @escaping @Sendable () -> MailFrameDecoder
    ) {
        self.channel = channel
        self.handler = handler
        self.makeTLS = makeTLS
        self.makeDecoder = makeDecoder
    }

    func readLine(timeout: Duration) async throws -> String {
        let bytes = try await read { handler, eventLoop in
            handler.readLine(timeout: TimeAmount(timeout), eventLoop: eventLoop)
        }
        return String(decoding: bytes.readableBytesView, as: UTF8.self)
    }

    func readBytes(_ count: Int, timeout: Duration) async throws -> [UInt8] {
        let bytes = try await read { handler, eventLoop in
            handler.readBytes(count, timeout: TimeAmount(timeout), eventLoop: eventLoop)
        }
        return Array(bytes.readableBytesView)
    }

    private func read(
        _ request: @escaping @Sendable (MailSessionHandler, any EventLoop) -> EventLoopFuture<ByteBuffer>
    ) async throws -> ByteBuffer {
        let handler = self.handler
        let channel = self.channel
        return try await withTaskCancellationHandler {
            try await channel.eventLoop.flatSubmit {
                request(handler.value, channel.eventLoop)
            }.get()
        } onCancel: {
            channel.close(promise: nil)
        }
    }

    func send(_ text: String) async throws {
        do {
            try await channel.writeAndFlush(ByteBuffer(string: text)).get()
        } catch {
            throw TransportError(.closed, "cannot send: the connection is closed")
        }
    }

    func startTLS(timeout: Duration) async throws -> TLSUpgrade {
        let handler = self.handler
        let channel = self.channel
        let setup = makeTLS()
        let clock = ContinuousClock()
        let start = clock.now
        let makeDecoder = self.makeDecoder
        let discarded: (count: Int, preview: [UInt8]) = try await withTaskCancellationHandler {
            try await channel.eventLoop.flatSubmit { () -> EventLoopFuture<(count: Int, preview: [UInt8])> in
                let session = handler.value
                // On the loop: from now on nothing the server sent before the handshake is read. The frame
                // decoder is replaced, so bytes it held hand over as leftovers and are discarded with the rest;
                // TLS and a fresh decoder go in before any byte arrives again.
                session.startDiscarding()
                session.describeTLSFailure = { setup.describe($0) }
                let operations = channel.pipeline.syncOperations
                let decoder: ByteToMessageHandler<MailFrameDecoder>
                do {
                    decoder = try operations.handler(type: ByteToMessageHandler<MailFrameDecoder>.self)
                } catch {
                    return channel.eventLoop.makeFailedFuture(TransportError(.closed, "the connection is closed"))
                }
                return operations.removeHandler(decoder).flatMapThrowing {
                    try setup.install(on: channel)
                    try channel.pipeline.syncOperations.addHandler(
                        ByteToMessageHandler(makeDecoder()),
                        position: .before(handler.value)
                    )
                    return handler.value.endDiscarding()
                }.flatMapErrorThrowing { error in
                    throw (error as? TransportError) ?? TransportError(.tlsFailed, "cannot start TLS: \(error)")
                }.flatMap { discarded in
                    handler.value.awaitHandshake(timeout: TimeAmount(timeout), eventLoop: channel.eventLoop).map {
                        discarded
                    }
                }
            }.get()
        } onCancel: {
            channel.close(promise: nil)
        }
        let version = try? await channel.eventLoop.submit {
            try channel.pipeline.syncOperations.handler(type: NIOSSLClientHandler.self).tlsVersion.map(Self.name)
        }.get()
        let preview = String(decoding: discarded.preview, as: UTF8.self)
        return TLSUpgrade(
            discardedBytes: discarded.count,
            discardedPreview: String(preview.map { $0.isASCII && !$0.isNewline && $0 != "\r" ? $0 : "?" }),
            report: setup.observations.report(negotiatedVersion: version ?? nil),
            milliseconds: Self.milliseconds(start.duration(to: clock.now))
        )
    }

    func close() async {
        try? await channel.close().get()
    }

    static func name(_ version: TLSVersion) -> String {
        switch version {
        case .tlsv1: "TLSv1"
        case .tlsv11: "TLSv1.1"
        case .tlsv12: "TLSv1.2"
        case .tlsv13: "TLSv1.3"
        }
    }

    static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }
}
