import MailConfCore
import MailConfNet
import MailConfTesting
import Testing

/// The autoconfig fetcher against ports where nothing listens.
@Suite(.timeLimit(.minutes(2))) struct AutoconfigFetchTests {
    @Test func aRefusedConnectionIsOneAttemptAndSaysSo() async throws {
        let fetcher = AsyncHTTPFetcher()
        // A 60 s allowance: retried, a refusal would use all of it and end as a timeout.
        let result = try await ClosedPort.with { port in
            await fetcher.get(
                "http://127.0.0.1:\(port)/mail/config-v1.1.xml",
                timeout: .seconds(60),
                maximumBytes: 1 << 20
            )
        }
        await fetcher.shutdown()
        guard case .connect(let reason) = result.outcome else {
            Issue.record("expected a connection failure, got \(result.outcome)")
            return
        }
        #expect(reason == "connection refused: nothing listens on that port")
    }
}
