import MailConfCore
import Testing

@Suite struct ProviderCheckTests {
    func server(
        host: String = "imap.example.com",
        port: Int = 993,
        username: String = "%EMAILADDRESS%"
    )
        -> ServerSettings
    {
        ServerSettings(protocol: .imap, host: host, port: port, security: .tls, username: username)
    }

    func errors(_ records: [ProviderRecord], fileNames: [String]? = nil, ignored: [String] = []) -> [String] {
        ProviderCheck().check(records: records, fileNames: fileNames, ignoredMXSuffixes: ignored)
            .filter { $0.severity == .error }.map(\.message)
    }

    @Test func acceptsAGoodRecord() {
        let smtp = ServerSettings(protocol: .smtp, host: "smtp.example.com", port: 465, security: .tls)
        let record = ProviderRecord(id: "example.com", domains: ["example.com"], servers: [server(), smtp])
        #expect(ProviderCheck().check(records: [record]).isEmpty)
    }

    @Test(arguments: [0, 65536, -1])
    func rejectsPortsOutOfRange(_ port: Int) {
        let record = ProviderRecord(id: "a", domains: ["a.com"], servers: [server(port: port)])
        #expect(errors([record]).contains { $0.contains("port \(port) is not in 1–65535") })
    }

    @Test func rejectsPlaceholdersOtherThanTheDomainInHostNames() {
        let good = ProviderRecord(id: "a", domains: ["a.com"], servers: [server(host: "mail.%EMAILDOMAIN%")])
        #expect(errors([good]).isEmpty)
        let bad = ProviderRecord(id: "b", domains: ["b.com"], servers: [server(host: "%EMAILLOCALPART%.b.com")])
        #expect(errors([bad]).contains { $0.contains("placeholder left in host name") })
        let stray = ProviderRecord(id: "c", domains: ["c.com"], servers: [server(username: "%EMAILADDRESS")])
        #expect(errors([stray]).contains { $0.contains("unknown placeholder") })
    }

    @Test func rejectsDuplicateDomainsAndSuffixesAcrossFiles() {
        let a = ProviderRecord(id: "a", domains: ["same.com"], mxSuffixes: ["mx.same.com"], servers: [server()])
        let b = ProviderRecord(id: "b", domains: ["same.com"], mxSuffixes: ["mx.same.com"], servers: [server()])
        let messages = errors([a, b])
        #expect(messages.contains { $0.contains("domain 'same.com' is also listed by a.conf") })
        #expect(messages.contains { $0.contains("mx 'mx.same.com' is also listed by a.conf") })
    }

    @Test func rejectsBadNamesAndFileNameMismatch() {
        let record = ProviderRecord(id: "Bad Id", domains: ["Exa_mple.com"], servers: [server(host: "bad host")])
        let messages = errors([record], fileNames: ["other.conf"])
        #expect(messages.contains { $0.contains("id 'Bad Id'") })
        #expect(messages.contains { $0.contains("file name must be") })
        #expect(messages.contains { $0.contains("domain 'Exa_mple.com'") })
        #expect(messages.contains { $0.contains("host name is invalid") })
    }

    @Test func rejectsUnknownVocabularyAndIgnoredSuffixes() {
        var bad = server()
        bad.auth = ["kerberos5"]
        let record = ProviderRecord(
            id: "a",
            domains: ["a.com"],
            mxSuffixes: ["mimecast.com"],
            notes: ["call-us"],
            servers: [bad]
        )
        let messages = errors([record], ignored: ["mimecast.com"])
        #expect(messages.contains { $0.contains("unknown auth method 'kerberos5'") })
        #expect(messages.contains { $0.contains("unknown note 'call-us'") })
        #expect(messages.contains { $0.contains("mx-ignore list") })
    }
}
