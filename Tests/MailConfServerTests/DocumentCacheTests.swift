import Testing

@testable import MailConfServer

/// The whole responses kept for requests that repeat byte for byte are bounded: beyond the bound the least
/// recently used go, and are rendered again from their domain's cached answer.
@Suite(.serialized, .timeLimit(.minutes(3))) struct DocumentCacheTests {
    @Test func keptResponsesAreBoundedAndTheOldestAreRenderedAgain() async throws {
        try await ServerHarness.with { harness in
            func ask(_ user: Int) async throws -> Int {
                let reply = try await harness.request("/mail/config-v1.1.xml?emailaddress=u\(user)%40gmail.com")
                return reply.status
            }
            let count = MailConfService.preparedCapacity + 300
            for user in 0..<count { #expect(try await ask(user) == 200) }
            let hits = try await harness.metric("mailconf_cache_hits_total{cache=\"document\"}")
            #expect(try await ask(count - 1) == 200)
            let afterRecent = try await harness.metric("mailconf_cache_hits_total{cache=\"document\"}")
            #expect(afterRecent == hits + 1, "a recent response is served as kept")
            #expect(try await ask(0) == 200, "the oldest is rendered again")
            let afterOldest = try await harness.metric("mailconf_cache_hits_total{cache=\"document\"}")
            #expect(afterOldest == afterRecent, "the oldest was not kept")
        }
    }
}
