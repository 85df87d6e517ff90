import NIOConcurrencyHelpers
import NIOCore
import NIOPosix

/// A bare TCP connection to the server, for what an HTTP client library would never send: pipelined requests,
/// garbage, trickled heads, `Expect: 100-continue` handled by hand.
struct RawConnection {
    private let async: NIOAsyncChannel<ByteBuffer, ByteBuffer>
    private let channel: any Channel

    static func connect(port: Int) async throws -> RawConnection {
        let (async, channel) = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: "127.0.0.1", port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    (try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel), channel)
                }
            }
        return RawConnection(async: async, channel: channel)
    }

    /// What the server sent, and whether it closed the connection (rather than our timeout or marker ending it).
    struct Received {
        var text: String
        var closed: Bool
    }

    /// Sends each of `parts` (pausing `pause` between them), then reads until the server closes, `marker`
    /// appears, or `timeout` passes.
    func exchange(
        _ parts: [String],
        pause: Duration = .zero,
        until marker: String? = nil,
        timeout: Duration = .seconds(10)
    ) async throws -> Received {
        let timedOut = NIOLockedValueBox(false)
        let channel = self.channel
        let timer = channel.eventLoop.scheduleTask(in: TimeAmount(timeout)) {
            timedOut.withLockedValue { $0 = true }
            channel.close(promise: nil)
        }
        defer { timer.cancel() }
        return try await async.executeThenClose { inbound, outbound in
            do {
                for (index, part) in parts.enumerated() {
                    if index > 0 && pause > .zero { try await Task.sleep(for: pause) }
                    try await outbound.write(ByteBuffer(string: part))
                }
            } catch {
                // The server hung up while we were still sending: read what it said.
            }
            var text = ""
            do {
                for try await chunk in inbound {
                    text += String(buffer: chunk)
                    if let marker, text.contains(marker) { return Received(text: text, closed: false) }
                }
            } catch {
                // A reset or our own close: what arrived so far is the answer.
            }
            return Received(text: text, closed: !timedOut.withLockedValue { $0 })
        }
    }

    /// Sends `first`, reads until `marker`, then sends `second` and reads until the server closes or `timeout`.
    func converse(
        _ first: String,
        waitFor marker: String,
        then second: String,
        timeout: Duration = .seconds(10)
    )
        async throws -> (early: String, late: String)
    {
        let channel = self.channel
        let timer = channel.eventLoop.scheduleTask(in: TimeAmount(timeout)) { channel.close(promise: nil) }
        defer { timer.cancel() }
        return try await async.executeThenClose { inbound, outbound in
            try await outbound.write(ByteBuffer(string: first))
            var iterator = inbound.makeAsyncIterator()
            var early = ""
            while !early.contains(marker), let chunk = try await iterator.next() { early += String(buffer: chunk) }
            try await outbound.write(ByteBuffer(string: second))
            var late = ""
            do {
                while let chunk = try await iterator.next() { late += String(buffer: chunk) }
            } catch {
                // The timeout's close ends the read.
            }
            return (early, late)
        }
    }
}
