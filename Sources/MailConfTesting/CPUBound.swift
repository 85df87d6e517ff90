import Foundation

/// Runs a test's CPU-bound work (parsing a corpus, importing the data sets, building every QR code size) on a
/// thread of its own, off Swift's cooperative pool.
///
/// The suite runs every test at once, and the pool has one thread per core (two on CI): a synchronous test that
/// computes for a second holds one of them, and the timers, deadlines and dialogues of every other test wait
/// behind it, so that their deadlines pass before they run. Here the work competes for the CPU only, which the
/// system shares out. Expectations belong after the call, in the test's own task: the thread has no test context.
public enum CPUBound {
    /// The result of `work`, computed on a new thread.
    public static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
        }
    }
}
