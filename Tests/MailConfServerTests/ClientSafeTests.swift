import MailConfCore
import Testing

@testable import MailConfServer

/// No local path reaches a client in any error detail.
@Suite struct ClientSafeTests {
    @Test func localPathsAreCutToTheirLastComponent() {
        let boring =
            "handshake failed: CERTIFICATE_VERIFY_FAILED at /work/main/.build/checkouts/swift-nio-ssl/Sources/CNIOBoringSSL/ssl/handshake.cc:393"
        #expect(
            LookupResult.withoutLocalPaths(boring) == "handshake failed: CERTIFICATE_VERIFY_FAILED at handshake.cc:393"
        )
        #expect(LookupResult.withoutLocalPaths("cannot read '/etc/mailconf/ca.pem'") == "cannot read 'ca.pem'")
        let url = "https://autoconfig.example.com/mail/config-v1.1.xml: HTTP 404"
        #expect(LookupResult.withoutLocalPaths(url) == url)
        #expect(LookupResult.withoutLocalPaths("no path here") == "no path here")
    }

    @Test func everyDetailOfAResultIsCleaned() {
        var server = ServerSettings(protocol: .imap, host: "imap.example.com", port: 993, security: .tls)
        server.verification = Verification(status: .failed, detail: "TLS: /root/.build/x/y/ssl_lib.cc:12 said no")
        let result = LookupResult(
            address: .postmaster(of: "example.com"),
            config: AccountConfig(incoming: [server]),
            sources: [SourceAttempt(kind: .srv, query: "example.com", outcome: .timeout, detail: "/a/b/c.swift")]
        )
        let clean = result.withoutLocalPaths()
        #expect(clean.config.incoming.first?.verification.detail == "TLS: ssl_lib.cc:12 said no")
        #expect(clean.sources.first?.detail == "c.swift")
    }
}
