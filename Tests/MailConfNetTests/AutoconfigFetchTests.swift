import MailConfCore
import MailConfNet
import MailConfTesting
import NIOCore
import NIOPosix
import Testing

/// The autoconfig fetcher against ports where nothing listens.
@Suite(.timeLimit(.minutes(2))) struct AutoconfigFetchTests {
    /// A loopback port that was free a moment ago.
    func closedPort() async throws -> Int {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(host: "127.0.0.1", port: 0).get()
        let port = channel.localAddress?.port ?? 9
        try await channel.close()
        return port
    }

    @Test func aRefusedConnectionIsOneAttemptAndSaysSo() async throws {
        let fetcher = AsyncHTTPFetcher()
        let port = try await closedPort()
        // A 60 s allowance: retried, a refusal would use all of it and end as a timeout.
        let result = await fetcher.get(
            "http://127.0.0.1:\(port)/mail/config-v1.1.xml",
            timeout: .seconds(60),
            maximumBytes: 1 << 20
        )
        await fetcher.shutdown()
        guard case .connect(let reason) = result.outcome else {
            Issue.record("expected a connection failure, got \(result.outcome)")
            return
        }
        #expect(reason == "connection refused: nothing listens on that port")
    }
}
