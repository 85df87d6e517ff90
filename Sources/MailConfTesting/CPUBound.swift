import Foundation

/// Runs a test's CPU-bound work (parsing a corpus, importing the data sets, building every QR code size) off Swift's
/// cooperative pool, one piece of work at a time.
///
/// The suite runs every test at once, and the pool has one thread per core (two on CI). A synchronous test that
/// computes for a second would hold one of those threads; and several such computations on threads of their own
/// would still take most of the two cores from the pool, so that the timers, deadlines and in-process servers of
/// every other test wait behind them and their deadlines pass before they run. Here the heavy work of the whole run
/// queues on one thread: it competes with the pool for one core at most. Expectations belong after the call, in
/// the test's own task: the queue has no test context.
public enum CPUBound {
    private static let queue = DispatchQueue(label: "mailconf.tests.cpu-bound")

    /// The result of `work`, computed on the queue's thread once the work queued before it is done.
    public static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try work() }) }
        }
    }
}
