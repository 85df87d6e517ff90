import MailConfCore
import Testing

@Suite struct RankingTests {
    func server(
        _ proto: MailProtocol,
        _ port: Int,
        _ security: TransportSecurity,
        _ status: Verification.Status = .unverified
    )
        -> ServerSettings
    {
        ServerSettings(
            protocol: proto,
            host: "\(proto.rawValue)\(port).example.com",
            port: port,
            security: security,
            verification: Verification(status: status)
        )
    }

    @Test func incomingPrefersVerifiedThenIMAPThenImplicitTLS() {
        let servers = [
            server(.pop3, 995, .tls),
            server(.imap, 143, .plain),
            server(.imap, 143, .starttls),
            server(.imap, 993, .tls, .failed),
            server(.imap, 993, .tls),
            server(.pop3, 110, .starttls, .verified),
        ]
        let ranked = Ranking().sorted(servers).map { "\($0.protocol.rawValue) \($0.port) \($0.security.rawValue)" }
        #expect(
            ranked == [
                "pop3 110 starttls", "imap 993 tls", "imap 143 starttls", "pop3 995 tls", "imap 993 tls",
                "imap 143 plain",
            ]
        )
        #expect(
            Ranking(preferPOP3: true).sorted([server(.imap, 993, .tls), server(.pop3, 995, .tls)])[0].protocol == .pop3
        )
    }

    @Test func outgoingPrefersSubmissionPortsAndKeepsTiesInOrder() {
        let servers = [server(.smtp, 25, .starttls), server(.smtp, 587, .starttls), server(.smtp, 465, .tls)]
        #expect(Ranking().sorted(servers).map(\.port) == [465, 587, 25])
        let tie = [server(.smtp, 2525, .tls), server(.smtp, 465, .tls)]
        #expect(Ranking().sorted(tie).map(\.port) == [2525, 465])
    }
}

@Suite struct RankingSafetyTests {
    @Test func plainNeverOutranksEncryptionAndUntrustedSourcesRankLower() {
        var plain = ServerSettings(protocol: .imap, host: "a.example", port: 143, security: .plain)
        plain.verification = Verification(status: .verified)
        let tls = ServerSettings(protocol: .imap, host: "b.example", port: 993, security: .tls)
        #expect(Ranking().sorted([plain, tls]).map(\.host) == ["b.example", "a.example"])
        let untrusted = ServerSettings(
            protocol: .imap,
            host: "c.example",
            port: 993,
            security: .tls,
            origin: .autoconfig(url: "http://autoconfig.c.example/mail/config-v1.1.xml", trusted: false)
        )
        let guess = ServerSettings(protocol: .imap, host: "d.example", port: 993, security: .tls, origin: .guess)
        #expect(Ranking().sorted([guess, untrusted, tls]).map(\.host) == ["b.example", "d.example", "c.example"])
    }
}
