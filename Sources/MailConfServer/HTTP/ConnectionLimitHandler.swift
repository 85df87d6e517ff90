import NIOCore
import Synchronization

/// The number of connections open, against `--max-connections`.
final class ConnectionCounter: Sendable {
    let limit: Int
    private let metrics: ServerMetrics
    private let open = Atomic<Int>(0)

    init(limit: Int, metrics: ServerMetrics) {
        self.limit = limit
        self.metrics = metrics
    }

    /// Takes a place for a new connection; `false` (and counted as refused) when all are taken.
    func admit() -> Bool {
        let count = open.add(1, ordering: .relaxed).newValue
        guard count <= limit else {
            open.subtract(1, ordering: .relaxed)
            metrics.connectionRefused()
            return false
        }
        metrics.connectionsOpen(count)
        return true
    }

    /// Connections open now.
    var count: Int { open.load(ordering: .relaxed) }

    /// A connection closed.
    func release() {
        metrics.connectionsOpen(open.subtract(1, ordering: .relaxed).newValue)
    }
}

/// On the listening channel, ahead of the acceptor: closes a connection as soon as it is accepted when
/// `--max-connections` are already open, before any handler or buffer is made for it, so that memory stays bounded
/// whatever a client does; counts the others until they close.
final class ConnectionLimitHandler: ChannelInboundHandler {
    typealias InboundIn = any Channel
    typealias InboundOut = any Channel

    private let counter: ConnectionCounter

    init(counter: ConnectionCounter) {
        self.counter = counter
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let child = unwrapInboundIn(data)
        guard counter.admit() else {
            child.close(promise: nil)
            return
        }
        let counter = self.counter
        child.closeFuture.whenComplete { _ in counter.release() }
        context.fireChannelRead(data)
    }
}

@available(*, unavailable)
extension ConnectionLimitHandler: Sendable {}
