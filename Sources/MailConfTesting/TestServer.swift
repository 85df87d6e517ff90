/// A server a test starts in process and must stop, awaited, however the test ends.
public protocol TestServer: Sendable {
    /// Stops the server and waits until it has.
    func stop() async
}

extension TestServer {
    /// Runs `body` with this server, then stops the server, awaited, whether `body` returns or throws.
    public func serving<T>(_ body: (Self) async throws -> T) async throws -> T {
        do {
            let value = try await body(self)
            await stop()
            return value
        } catch {
            await stop()
            throw error
        }
    }
}
