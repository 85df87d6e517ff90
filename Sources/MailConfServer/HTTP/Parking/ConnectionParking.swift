#if os(Linux)
import CEpoll
import Glibc
import NIOCore
import NIOPosix
import Synchronization

/// Accepts connections and keeps those with nothing to say out of NIO: a socket waits in an epoll set, with a
/// deadline in a ``ParkingLot``, until bytes arrive; only then is a channel made for it, and when the channel has
/// been idle long enough it is closed, after a duplicate of its descriptor was made to keep the connection open,
/// and that duplicate is parked. A silent connection costs a descriptor and a deadline instead
/// of a channel, its pipeline and buffers (about 2 KB each in NIO), which is what an attacker holding thousands
/// open would otherwise cost us.
///
/// One thread waits on the set; it accepts, hands sockets with bytes to a channel, and closes the ones past
/// their deadline. Channels park their socket again from their event loop.
final class ConnectionParking: SocketParking {
    /// The address bound (its port is the one the system chose for port 0).
    let localAddress: SocketAddress

    private let listener: CInt
    private let epoll: CInt
    private let wake: (read: CInt, write: CInt)
    private let lot = Mutex(ParkingLot())
    /// Sockets whose channels closed to be parked again, for the thread to take in; `closed` once the thread has
    /// taken the last of them in at shutdown.
    private let returning = Mutex<(sockets: [(descriptor: CInt, deadline: NIODeadline)], closed: Bool)>(([], false))
    private let stopping = Atomic<Bool>(false)
    private let counter: ConnectionCounter
    private let metrics: ServerMetrics
    private let idleTimeout: TimeAmount
    private let handOff: @Sendable (_ descriptor: CInt, _ socket: ParkedSocket) -> Void
    private let thread = NIOThreadPool(numberOfThreads: 1)
    /// Channels closed since the heap was last trimmed.
    private let channelsEnded = Atomic<Int>(0)
    /// After this many channels have closed, the heap pages they freed are given back to the system.
    private static let trimAfter = 512

    /// Binds and listens; nothing is accepted before ``start()``.
    ///
    /// - Parameter handOff: makes a channel that owns `descriptor` and calls ``ParkedSocket/channelClosed()`` when
    ///   it closes.
    /// - Throws: `IOError` when the address cannot be resolved or bound.
    init(
        host: String,
        port: Int,
        backlog: CInt,
        idleTimeout: TimeAmount,
        counter: ConnectionCounter,
        metrics: ServerMetrics,
        handOff: @escaping @Sendable (_ descriptor: CInt, _ socket: ParkedSocket) -> Void
    ) throws {
        let address = try SocketAddress.makeAddressResolvingHost(host, port: port)
        let listener = socket(
            CInt(address.protocol.rawValue),
            CInt(SOCK_STREAM.rawValue) | CInt(SOCK_NONBLOCK.rawValue) | CInt(SOCK_CLOEXEC.rawValue),
            0
        )
        guard listener >= 0 else { throw IOError(errnoCode: errno, reason: "socket") }
        var descriptors: [CInt] = [listener]
        func fail(_ reason: String) -> IOError {
            let error = IOError(errnoCode: errno, reason: reason)
            for descriptor in descriptors { Glibc.close(descriptor) }
            return error
        }
        var one: CInt = 1
        _ = setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<CInt>.size))
        guard address.withSockAddr({ bind(listener, $0, socklen_t($1)) }) == 0 else { throw fail("bind") }
        guard listen(listener, backlog) == 0 else { throw fail("listen") }
        guard let bound = Self.localAddress(of: listener) else { throw fail("getsockname") }
        let epoll = epoll_create1(CInt(EPOLL_CLOEXEC))
        guard epoll >= 0 else { throw fail("epoll_create1") }
        descriptors.append(epoll)
        var pipe: [CInt] = [-1, -1]
        guard Glibc.pipe(&pipe) == 0 else { throw fail("pipe") }
        descriptors += pipe
        for end in pipe {
            _ = fcntl(end, F_SETFL, O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        for descriptor in [listener, pipe[0]] {
            var event = epoll_event(events: EPOLLIN.rawValue, data: epoll_data_t(fd: descriptor))
            guard epoll_ctl(epoll, EPOLL_CTL_ADD, descriptor, &event) == 0 else { throw fail("epoll_ctl") }
        }
        self.localAddress = bound
        self.listener = listener
        self.epoll = epoll
        self.wake = (pipe[0], pipe[1])
        self.idleTimeout = idleTimeout
        self.counter = counter
        self.metrics = metrics
        self.handOff = handOff
    }

    /// Sockets parked now.
    var parkedCount: Int { lot.withLock { $0.count } }

    /// Starts accepting, on the parking thread.
    func start() {
        thread.start()
        thread.submit { [self] state in
            guard case .active = state else { return }
            run()
        }
    }

    /// Stops accepting and closes every parked socket (counted as quiesced); channels already made are the
    /// caller's to quiesce. Returns once the thread has ended.
    func stop() async {
        guard !stopping.exchange(true, ordering: .sequentiallyConsistent) else { return }
        wakeThread()
        try? await thread.shutdownGracefully()
    }

    /// Wakes the thread, unless it has ended (its pipe closed: the number may belong to another file by now).
    private func wakeThread() {
        returning.withLock { returning in
            guard !returning.closed else { return }
            signalThread()
        }
    }

    /// Writes the byte that wakes the thread; only while `returning` is locked and not closed.
    private func signalThread() {
        var byte: UInt8 = 1
        _ = write(wake.write, &byte, 1)
    }

    /// Parks a handed-off connection's socket again (on the parking thread, which alone touches the set);
    /// `false` when stopping (the caller closes it).
    func repark(_ descriptor: CInt, until deadline: NIODeadline) -> Bool {
        channelsEnded.add(1, ordering: .relaxed)
        return returning.withLock { returning in
            guard !returning.closed else { return false }
            returning.sockets.append((descriptor, deadline))
            signalThread()
            return true
        }
    }

    /// Closes a connection for good and gives its place back.
    func closeSocket(_ descriptor: CInt, reason: HTTPConnectionStateMachine.CloseReason?) {
        // Counted before the client can see the close, as the channels do.
        if let reason { metrics.connectionClosed(reason.rawValue) }
        Glibc.close(descriptor)
        counter.release()
    }

    func duplicate(_ descriptor: CInt) -> CInt? {
        let duplicate = fcntl(descriptor, F_DUPFD_CLOEXEC, 0)
        return duplicate >= 0 ? duplicate : nil
    }

    func connectionEnded() {
        channelsEnded.add(1, ordering: .relaxed)
        counter.release()
    }

    // MARK: - The parking thread

    private func run() {
        let capacity = 256
        var events = [epoll_event](repeating: epoll_event(), count: capacity)
        var acceptPausedUntil: NIODeadline?
        var lastTrim = NIODeadline.now()
        while !stopping.load(ordering: .sequentiallyConsistent) {
            let now = NIODeadline.now()
            // glibc keeps the heap a burst of channels used, so that RSS would stay at the burst's high-water mark
            // while the connections sit parked: give the free pages back, off the event loops, at most once a
            // second.
            let trimDue = channelsEnded.load(ordering: .relaxed) >= Self.trimAfter
            if trimDue, now - lastTrim >= .seconds(1) {
                channelsEnded.store(0, ordering: .relaxed)
                malloc_trim(0)
                lastTrim = now
            }
            if let paused = acceptPausedUntil, paused <= now {
                acceptPausedUntil = nil
                setListening(true)
            }
            var due = lot.withLock { $0.nextDeadline() }
            if let paused = acceptPausedUntil { due = min(due ?? paused, paused) }
            if trimDue { due = min(due ?? lastTrim + .seconds(1), lastTrim + .seconds(1)) }
            let timeout = due.map { CInt(clamping: max(0, ($0 - now).nanoseconds / 1_000_000 + 1)) } ?? -1
            let count = epoll_wait(epoll, &events, CInt(capacity), timeout)
            if count < 0 {
                if errno == EINTR { continue }
                stopping.store(true, ordering: .sequentiallyConsistent)  // cannot happen with valid descriptors
                break
            }
            for event in events.prefix(Int(count)) {
                let descriptor = event.data.fd
                if descriptor == wake.read {
                    var drained = [UInt8](repeating: 0, count: 64)
                    while read(wake.read, &drained, drained.count) > 0 {}
                    let returned = returning.withLock { returning in
                        defer { returning.sockets.removeAll() }
                        return returning.sockets
                    }
                    for (socket, deadline) in returned { park(socket, until: deadline) }
                } else if descriptor == listener {
                    if !acceptAll() {
                        // Out of descriptors: stop listening for a moment instead of spinning on the backlog.
                        acceptPausedUntil = .now() + .milliseconds(100)
                        setListening(false)
                    }
                } else if let (deadline, parked) = lot.withLock({ lot in lot.take(descriptor).map { ($0, lot.count) } })
                {
                    _ = epoll_ctl(epoll, EPOLL_CTL_DEL, descriptor, nil)
                    // Before the handoff: the request on this socket may be for /metrics, and must not count it.
                    metrics.connectionsParked(parked)
                    settle(descriptor, deadline: deadline)
                }
            }
            let (expired, parked) = lot.withLock { lot in (lot.expire(now: .now()), lot.count) }
            for descriptor in expired { closeSocket(descriptor, reason: .idleTimeout) }
            metrics.connectionsParked(parked)
        }
        metrics.connectionsParked(0)
        let returned = returning.withLock { returning in
            returning.closed = true
            defer { returning.sockets.removeAll() }
            return returning.sockets.map(\.descriptor)
        }
        for descriptor in lot.withLock({ $0.close() }) + returned {
            closeSocket(descriptor, reason: .quiesced)
        }
        Glibc.close(listener)
        Glibc.close(epoll)
        Glibc.close(wake.read)
        Glibc.close(wake.write)
    }

    /// Accepts what is waiting; `false` when the process is out of descriptors.
    private func acceptAll() -> Bool {
        for _ in 0..<1024 {
            let descriptor = accept4(listener, nil, nil, CInt(SOCK_NONBLOCK.rawValue) | CInt(SOCK_CLOEXEC.rawValue))
            if descriptor < 0 {
                switch errno {
                case EINTR, ECONNABORTED: continue
                case EMFILE, ENFILE, ENOBUFS, ENOMEM: return false
                default: return true
                }
            }
            guard counter.admit() else {
                Glibc.close(descriptor)
                continue
            }
            // TCP_NODELAY is ClientBootstrap's to set, when the connection gets a channel and writes.
            settle(descriptor, deadline: .now() + idleTimeout)
        }
        return true
    }

    /// A socket that may have bytes: to a channel when it has, parked when it has none yet, closed at its end.
    private func settle(_ descriptor: CInt, deadline: NIODeadline) {
        var byte: UInt8 = 0
        let peeked = recv(descriptor, &byte, 1, CInt(MSG_PEEK) | CInt(MSG_DONTWAIT))
        if peeked > 0 {
            handOff(descriptor, ParkedSocket(descriptor: descriptor, parking: self))
        } else if peeked < 0, errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR {
            park(descriptor, until: deadline)
        } else {
            closeSocket(descriptor, reason: nil)  // the client left, or the connection broke
        }
    }

    private func park(_ descriptor: CInt, until deadline: NIODeadline) {
        guard lot.withLock({ $0.park(descriptor, until: deadline) }) else {
            closeSocket(descriptor, reason: .quiesced)
            return
        }
        guard arm(descriptor) else {
            _ = lot.withLock { $0.take(descriptor) }
            closeSocket(descriptor, reason: nil)
            return
        }
    }

    /// Watches a parked socket for its next bytes (once: it is taken out when they come).
    private func arm(_ descriptor: CInt) -> Bool {
        var event = epoll_event(
            events: EPOLLIN.rawValue | EPOLLRDHUP.rawValue | EPOLLONESHOT.rawValue,
            data: epoll_data_t(fd: descriptor)
        )
        return epoll_ctl(epoll, EPOLL_CTL_ADD, descriptor, &event) == 0
    }

    private func setListening(_ on: Bool) {
        var event = epoll_event(events: on ? EPOLLIN.rawValue : 0, data: epoll_data_t(fd: listener))
        _ = epoll_ctl(epoll, EPOLL_CTL_MOD, listener, &event)
    }

    private static func localAddress(of descriptor: CInt) -> SocketAddress? {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let result = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard result == 0 else { return nil }
        switch CInt(storage.ss_family) {
        case AF_INET:
            return withUnsafeBytes(of: storage) { SocketAddress($0.load(as: sockaddr_in.self)) }
        case AF_INET6:
            return withUnsafeBytes(of: storage) { SocketAddress($0.load(as: sockaddr_in6.self)) }
        default:
            return nil
        }
    }
}

#endif
