import Foundation
import Logging
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

extension OwnersTests {
    /// A provider file for `reload.example` whose IMAP host is `host`.
    static func writeReloadProvider(_ directory: URL, host: String, valid: Bool = true) throws {
        let file = """
            id = reload
            domain = reload.example
            [imap]
            host = \(host)
            port = \(valid ? "993" : "not-a-port")
            security = tls
            username = %EMAILADDRESS%
            """
        try Data(file.utf8).write(to: directory.appendingPathComponent("reload.conf"))
    }

    @Test func reloadingProviderFilesUnderLoadFailsNoRequestAndABadFileKeepsTheOldSet() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "serve-reload-\(UUID().uuidString)"
        )
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Self.writeReloadProvider(directory, host: "old.reload.example")
        let sink = CollectingSink()
        let writer = LogLineWriter(format: .text, sink: sink.sink)
        let logger = Logger(label: "mailconf.serve") { LineLogHandler(label: $0, level: .info, writer: writer) }
        try await ServerHarness.with(
            { $0.providersDirectory = directory.path },
            logger: logger,
            logWriter: writer,
            body: { harness in
                let path = "/mail/config-v1.1.xml?emailaddress=a%40reload.example"
                #expect(try await harness.request(path).body.contains("old.reload.example"))
                // Eight clients ask without pause while the files change and are reloaded twice.
                let statuses = try await withThrowingTaskGroup(of: [Int].self) { group in
                    for client in 0..<8 {
                        group.addTask {
                            var seen: [Int] = []
                            for index in 0..<150 {
                                seen.append(try await harness.request("\(path)&n=\(client)-\(index)").status)
                            }
                            return seen
                        }
                    }
                    try await Task.sleep(for: .milliseconds(100))
                    try Self.writeReloadProvider(directory, host: "new.reload.example")
                    #expect(harness.server.reloadProviders())
                    // A bad file: checked first, refused, the set just loaded stays.
                    try Self.writeReloadProvider(directory, host: "bad.reload.example", valid: false)
                    #expect(!harness.server.reloadProviders())
                    return try await group.reduce(into: [Int]()) { $0 += $1 }
                }
                #expect(statuses.count == 1200)
                #expect(statuses.allSatisfy { $0 == 200 }, "\(Set(statuses))")
                let after = try await harness.request(path + "&after=1")
                #expect(after.body.contains("new.reload.example"), "\(after.body)")
                try await sink.waitFor(1, containing: "not reloaded")
                #expect(sink.lines.contains { $0.contains("error") && $0.contains("not reloaded") })
            }
        )
        writer.shutdown()
    }
}

extension OwnersTests {
    @Test func everyClientDocumentFollowsOneServerRuleAndLookupReportsEveryServer() async throws {
        // ornek.com.tr has a TLS IMAP server and a plain one (legacy.…) in its provider file.
        let directory = try EndpointTests().localProviders()
        try await ServerHarness.with {
            $0.providersDirectory = directory
        } body: { harness in
            let address = "ay%C5%9Fe%40%C3%B6rnek.com.tr"
            let autoconfig = try await harness.request("/mail/config-v1.1.xml?emailaddress=\(address)")
            let autodiscover = try await harness.request("/autodiscover/autodiscover.xml?email=\(address)")
            let profile = try await harness.request("/email.mobileconfig?email=\(address)")
            for (name, reply) in [("autoconfig", autoconfig), ("autodiscover", autodiscover), ("profile", profile)] {
                #expect(reply.status == 200, "\(name)")
                #expect(reply.body.contains("imap.xn--rnek-4qa.com.tr"), "\(name)")
                #expect(!reply.body.contains("legacy.xn--rnek-4qa.com.tr"), "\(name) offers the plain server")
            }
            let lookup = try await harness.request("/v1/lookup?email=\(address)")
            let tls = try #require(lookup.body.range(of: "imap.xn--rnek-4qa.com.tr"))
            let plain = try #require(lookup.body.range(of: "legacy.xn--rnek-4qa.com.tr"), "lookup reports it")
            #expect(tls.lowerBound < plain.lowerBound, "after the encrypted one")
        }
    }
}
