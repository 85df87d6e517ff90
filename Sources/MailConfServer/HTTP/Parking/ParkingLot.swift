import NIOCore

/// The sockets that wait for bytes with no channel, as a value: a new connection before its first request, and a
/// kept-alive one idle between requests. Each is a descriptor and the deadline it is closed at if it stays
/// silent. ``ConnectionParking`` does the I/O; every rule here is tested without a socket.
///
/// Deadlines are kept in arrival order. A socket parked again after a request carries the deadline its
/// connection already had, which can be up to the compaction delay earlier than one parked just before it; it is
/// then closed that much late, never early.
struct ParkingLot {
    private var deadlines: [CInt: NIODeadline] = [:]
    private var order = CircularBuffer<(descriptor: CInt, deadline: NIODeadline)>()
    private(set) var isClosed = false

    /// Sockets parked now.
    var count: Int { deadlines.count }

    /// Parks a socket until `deadline`; `false` once the lot is closed (the caller closes the socket).
    mutating func park(_ descriptor: CInt, until deadline: NIODeadline) -> Bool {
        guard !isClosed else { return false }
        deadlines[descriptor] = deadline
        order.append((descriptor, deadline))
        return true
    }

    /// Takes a socket out because bytes (or its end) arrived: its deadline, or `nil` when it was not parked
    /// (already expired or taken).
    mutating func take(_ descriptor: CInt) -> NIODeadline? {
        deadlines.removeValue(forKey: descriptor)
    }

    /// Takes out and returns the sockets whose deadline has passed, for the caller to close.
    mutating func expire(now: NIODeadline) -> [CInt] {
        var expired: [CInt] = []
        while let first = order.first {
            guard deadlines[first.descriptor] == first.deadline else {
                order.removeFirst()  // taken, or parked again with a later deadline
                continue
            }
            guard first.deadline <= now else { break }
            order.removeFirst()
            deadlines[first.descriptor] = nil
            expired.append(first.descriptor)
        }
        return expired
    }

    /// When the next socket is due, for the wait.
    mutating func nextDeadline() -> NIODeadline? {
        while let first = order.first, deadlines[first.descriptor] != first.deadline { order.removeFirst() }
        return order.first?.deadline
    }

    /// Closes the lot: every socket parked is returned for the caller to close, and none is taken in again.
    mutating func close() -> [CInt] {
        isClosed = true
        let all = Array(deadlines.keys)
        deadlines.removeAll()
        order.removeAll()
        return all
    }
}
