import Foundation
import MailConfCore
import MailConfTesting
import NIOHTTP1
import Testing

@testable import MailConfServer

/// The service as domain owners, hosters and organisations use it (issue 15): Thunderbird's central-lookup shape,
/// a hoster's settings for its customers' domains.
@Suite(.serialized, .timeLimit(.minutes(3))) struct OwnersTests {
    /// A provider file for `hoster.example`, whose customers' MX points at it.
    static func hosterProviders() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "serve-hoster-\(UUID().uuidString)"
        )
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = """
            id = hoster
            domain = hoster.example
            [imap]
            host = mail.hoster.example
            port = 993
            security = tls
            username = %EMAILADDRESS%
            [smtp]
            host = mail.hoster.example
            port = 465
            security = tls
            username = %EMAILADDRESS%
            """
        try Data(file.utf8).write(to: directory.appendingPathComponent("hoster.conf"))
        return directory.path
    }

    @Test func thunderbirdsCentralLookupShapeIsServed() async throws {
        try await ServerHarness.with { harness in
            // As Thunderbird 153 asks `mailnews.auto_config_url` + domain, with its Accept header and no address.
            let headers = [("Accept", "application/xml,text/xml,*/*")]
            for path in ["/v1.1/gmail.com", "/autoconfig/v1.1/GoogleMail.com"] {
                let reply = try await harness.request(path, headers: headers)
                #expect(reply.status == 200, "\(path): \(reply.body)")
                #expect(reply.headers.first(name: "Content-Type")?.hasPrefix("text/xml") == true)
                #expect(reply.body.contains("<hostname>imap.gmail.com</hostname>"), "\(path)")
                #expect(reply.body.contains("<username>%EMAILADDRESS%</username>"), "\(path)")
            }
            #expect(try await harness.request("/v1.1/unknown-domain.example").status == 404)
            #expect(try await harness.request("/v1.1/").status == 404)
            #expect(try await harness.request("/v1.1/a/b").status == 404)
        }
    }

    @Test func aHosterAnswersForItsCustomersDomainAsThunderbirdAsksIt() async throws {
        let directory = try Self.hosterProviders()
        try await ServerHarness.with {
            $0.providersDirectory = directory
        } body: { harness in
            // Thunderbird's MX step: the customer's address, at autoconfig. + the MX host's parent domain.
            let reply = try await harness.request(
                "/mail/config-v1.1.xml?emailaddress=alice%40customer.example",
                headers: [("Host", "autoconfig.hoster.example"), ("Accept", "application/xml,text/xml,*/*")]
            )
            #expect(reply.status == 200, "\(reply.body)")
            #expect(reply.body.contains("<hostname>mail.hoster.example</hostname>"))
            #expect(reply.body.contains("<username>alice@customer.example</username>"))
            #expect(reply.body.contains("<domain>customer.example</domain>"))
            // Asked directly, or through a host that is no provider, the customer's domain is still unknown.
            let direct = try await harness.request("/mail/config-v1.1.xml?emailaddress=alice%40customer.example")
            #expect(direct.status == 404)
            let stranger = try await harness.request(
                "/mail/config-v1.1.xml?emailaddress=alice%40customer.example",
                headers: [("Host", "autoconfig.unknown-hoster.example")]
            )
            #expect(stranger.status == 404)
        }
    }
}
