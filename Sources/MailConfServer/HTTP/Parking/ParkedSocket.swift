import NIOCore
import Synchronization

/// A handed-off connection's own socket, which the server keeps while a channel works on a duplicate of it: when
/// the channel closes, the socket is parked again (the client sees no close) or closed for good.
final class ParkedSocket: Sendable {
    private let repark: @Sendable (NIODeadline) -> Bool
    private let close: @Sendable () -> Void
    private let parkUntil = Mutex<NIODeadline?>(nil)
    private let ended = Atomic<Bool>(false)

    /// - Parameters:
    ///   - repark: parks the socket until a deadline; `false` when it cannot be (shutting down).
    ///   - close: closes the socket for good.
    init(repark: @escaping @Sendable (NIODeadline) -> Bool, close: @escaping @Sendable () -> Void) {
        self.repark = repark
        self.close = close
    }

    /// The channel is about to close only to give its memory back: park the socket until `deadline`.
    func parkWhenClosed(until deadline: NIODeadline) {
        parkUntil.withLock { $0 = deadline }
    }

    /// The channel closed (once; later calls do nothing).
    func channelClosed() {
        guard !ended.exchange(true, ordering: .acquiringAndReleasing) else { return }
        if let deadline = parkUntil.withLock({ $0 }), repark(deadline) { return }
        close()
    }
}
