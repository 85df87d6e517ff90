import MailConfCore
import NIOCore
import NIOSSL

/// A ``MailTransport`` over a SwiftNIO channel whose last handler is a ``LineBufferHandler``.
///
/// Reads are requested on the event loop and awaited here; cancelling the awaiting task closes the channel, so a
/// deadline elsewhere always ends a read.
final class NIOMailTransport: MailTransport {
    private let channel: any Channel
    private let handler: NIOLoopBound<LineBufferHandler>
    private let makeTLS: @Sendable () -> TLSSetup

    init(channel: any Channel, handler: NIOLoopBound<LineBufferHandler>, makeTLS: @escaping @Sendable () -> TLSSetup) {
        self.channel = channel
        self.handler = handler
        self.makeTLS = makeTLS
    }

    func readLine(timeout: Duration) async throws -> String {
        let handler = self.handler
        let channel = self.channel
        return try await withTaskCancellationHandler {
            try await channel.eventLoop.flatSubmit {
                handler.value.readLine(timeout: TimeAmount(timeout), eventLoop: channel.eventLoop)
            }.get()
        } onCancel: {
            channel.close(promise: nil)
        }
    }

    func readBytes(_ count: Int, timeout: Duration) async throws -> [UInt8] {
        let handler = self.handler
        let channel = self.channel
        return try await withTaskCancellationHandler {
            try await channel.eventLoop.flatSubmit {
                handler.value.readBytes(count, timeout: TimeAmount(timeout), eventLoop: channel.eventLoop)
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
        let drained: ByteBuffer = try await withTaskCancellationHandler {
            try await channel.eventLoop.flatSubmit { () -> EventLoopFuture<ByteBuffer> in
                let lines = handler.value
                // Atomically on the loop: discard what the server sent early, then start TLS. Nothing is written
                // in between, and any byte that arrives later goes through TLS.
                let drained = lines.drain()
                lines.describeTLSFailure = { setup.describe($0) }
                do {
                    try setup.install(on: channel)
                } catch {
                    return channel.eventLoop.makeFailedFuture(TransportError(.tlsFailed, "cannot start TLS: \(error)"))
                }
                return lines.awaitHandshake(timeout: TimeAmount(timeout), eventLoop: channel.eventLoop).map { drained }
            }.get()
        } onCancel: {
            channel.close(promise: nil)
        }
        let version = try? await channel.eventLoop.submit {
            try channel.pipeline.syncOperations.handler(type: NIOSSLClientHandler.self).tlsVersion.map(Self.name)
        }.get()
        let preview = String(decoding: drained.readableBytesView.prefix(60), as: UTF8.self)
        return TLSUpgrade(
            discardedBytes: drained.readableBytes,
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
