import NIOCore
import Synchronization

/// What a channel's connection needs from the parking that handed it over.
protocol SocketParking: Sendable {
    /// A second descriptor for the connection, which outlives the channel's; `nil` when none can be made.
    func duplicate(_ descriptor: CInt) -> CInt?
    /// Parks a descriptor until `deadline`; `false` when it cannot be (shutting down): the caller closes it.
    func repark(_ descriptor: CInt, until deadline: NIODeadline) -> Bool
    /// Closes a descriptor for good and ends its connection.
    func closeSocket(_ descriptor: CInt, reason: HTTPConnectionStateMachine.CloseReason?)
    /// The connection ended with its channel (which closed the descriptor).
    func connectionEnded()
}

/// A handed-off connection: its channel owns the descriptor. To give the channel up while the client stays, a
/// duplicate is made first; when the channel closes, the duplicate is parked (the client sees no close), or the
/// connection ends.
final class ParkedSocket: Sendable {
    private let descriptor: CInt
    private let parking: any SocketParking
    private let parkedAs = Mutex<(descriptor: CInt, deadline: NIODeadline)?>(nil)
    private let ended = Atomic<Bool>(false)

    /// - Parameter descriptor: the channel's own descriptor, used only on its event loop while it is open.
    init(descriptor: CInt, parking: any SocketParking) {
        self.descriptor = descriptor
        self.parking = parking
    }

    /// Prepares to park the connection until `deadline` when its channel closes: on the channel's event loop,
    /// before it closes. `false` when no descriptor is left to park it with (the channel then stays).
    func parkWhenClosed(until deadline: NIODeadline) -> Bool {
        guard let duplicate = parking.duplicate(descriptor) else { return false }
        parkedAs.withLock { $0 = (duplicate, deadline) }
        return true
    }

    /// The channel closed (once; later calls do nothing).
    func channelClosed() {
        guard !ended.exchange(true, ordering: .acquiringAndReleasing) else { return }
        guard let parked = parkedAs.withLock({ $0 }) else {
            parking.connectionEnded()
            return
        }
        if parking.repark(parked.descriptor, until: parked.deadline) { return }
        parking.closeSocket(parked.descriptor, reason: nil)
    }
}
