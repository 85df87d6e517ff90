import NIOCore

/// One deadline on an event loop: armed for a read or a handshake, cancelled when it completes in time.
struct OneShotTimer {
    private var scheduled: Scheduled<Void>?

    /// Arms the timer, replacing one already armed; `fire` runs on `eventLoop` if it is not cancelled first.
    mutating func arm(on eventLoop: any EventLoop, after timeout: TimeAmount, _ fire: @escaping () -> Void) {
        scheduled?.cancel()
        scheduled = eventLoop.assumeIsolated().scheduleTask(in: timeout, fire)
    }

    /// Cancels the timer, if armed.
    mutating func cancel() {
        scheduled?.cancel()
        scheduled = nil
    }
}
