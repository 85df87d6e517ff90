import MailConfServer
import Testing

@Suite struct TrustedProxiesTests {
    @Test func theClientIsTheRightMostUntrustedHop() throws {
        let proxies = try TrustedProxies(parsing: ["127.0.0.1", "10.0.0.0/8", "fd00::/8"])
        #expect(proxies.client(peer: "127.0.0.1", forwardedFor: ["203.0.113.9"]) == "203.0.113.9")
        // A client's own X-Forwarded-For entry on the left is not believed; the proxies' are skipped.
        #expect(
            proxies.client(peer: "10.1.2.3", forwardedFor: ["6.6.6.6, 203.0.113.9", "10.9.9.9"]) == "203.0.113.9"
        )
        #expect(proxies.client(peer: "fd12::1", forwardedFor: ["2001:db8::5"]) == "2001:db8::5")
        // Untrusted peers keep their own address, whatever they claim.
        #expect(proxies.client(peer: "198.51.100.1", forwardedFor: ["203.0.113.9"]) == "198.51.100.1")
        // Garbage in the header falls back to the proxy's address rather than to a made-up client.
        #expect(proxies.client(peer: "127.0.0.1", forwardedFor: ["not-an-ip"]) == "127.0.0.1")
        #expect(proxies.client(peer: "127.0.0.1", forwardedFor: []) == "127.0.0.1")
        #expect(TrustedProxies.none.client(peer: "127.0.0.1", forwardedFor: ["203.0.113.9"]) == "127.0.0.1")
    }

    @Test(arguments: ["10.0.0.0/33", "example.com", "::1/129", "10.0.0.0/x", ""])
    func badEntriesAreRefused(_ entry: String) {
        #expect(throws: TrustedProxies.Invalid.self) { try TrustedProxies(parsing: [entry]) }
    }
}
