import Foundation
import MailConfCore
import Testing

/// Each client's reader, from its own rules (Guides/lookup): what it takes, refuses and misreads.
@Suite struct ClientConfigReadingTests {
    static let orders = (try? ClientOrder.bundled()) ?? []
    let address = (try? EmailAddress(parsing: "ayse@example.test")) ?? .postmaster(of: "example.test")

    func rules(_ id: String) throws -> ReaderRules {
        try #require(ClientOrder.named(id, in: Self.orders)?.reader, "\(id) has no reader")
    }

    func document(
        incoming: String = "<hostname>imap.%EMAILDOMAIN%</hostname><port>993</port><socketType>SSL</socketType>"
            + "<username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication>",
        type: String = "imap",
        outgoing: String = "<hostname>smtp.example.test</hostname><port>465</port><socketType>SSL</socketType>"
            + "<username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication>"
    ) -> [UInt8] {
        Array(
            """
            <?xml version="1.0"?>
            <clientConfig version="1.1"><emailProvider id="example.test"><domain>example.test</domain>
            <incomingServer type="\(type)">\(incoming)</incomingServer>
            <outgoingServer type="smtp">\(outgoing)</outgoingServer>
            </emailProvider></clientConfig>
            """.utf8
        )
    }

    func read(_ id: String, _ body: [UInt8]) throws -> ReadOutcome {
        ClientConfigReading(rules: try rules(id), address: address)
            .read(body, origin: .autoconfig(url: "https://autoconfig.example.test/", trusted: true))
    }

    @Test func everyClientReadsAWellMadeDocument() throws {
        for id in ["thunderbird", "thunderbird-android", "delta-chat", "evolution", "kmail"] {
            guard case .settings(let incoming, let outgoing, let notes) = try read(id, document()) else {
                Issue.record("\(id): \(try read(id, document()))")
                continue
            }
            #expect(incoming?.host == "imap.example.test" && incoming?.security == .tls, "\(id)")
            #expect(incoming?.username == "ayse@example.test" && outgoing?.port == 465, "\(id)")
            #expect(notes.isEmpty, "\(id): \(notes)")
        }
    }

    /// Thunderbird stores `String(undefined)` for a missing element and `"true"` for an empty one (research §0.1):
    /// the document is used, the login is wrong.
    @Test func thunderbirdLogsInAsUndefinedWithoutAUsername() throws {
        let missing = document(
            incoming: "<hostname>imap.example.test</hostname><port>993</port><socketType>SSL</socketType>"
                + "<authentication>password-cleartext</authentication>"
        )
        guard case .settings(let incoming, _, let notes) = try read("thunderbird", missing) else {
            Issue.record("refused")
            return
        }
        #expect(incoming?.username == "undefined")
        #expect(notes == [.literalUsername(.imap, "undefined")])
        let empty = document(
            incoming: "<hostname>imap.example.test</hostname><port>993</port><socketType>SSL</socketType>"
                + "<username/><authentication>password-cleartext</authentication>"
        )
        guard case .settings(let server, _, _) = try read("thunderbird", empty) else {
            Issue.record("refused")
            return
        }
        #expect(server?.username == "true")
        // The same document: Thunderbird for Android refuses it whole, Delta Chat drops the server.
        guard case .rejected(.server(.imap, .missing("username")), _) = try read("thunderbird-android", missing) else {
            Issue.record("android: \(try read("thunderbird-android", missing))")
            return
        }
        guard case .settings(nil, .some, _) = try read("delta-chat", missing) else {
            Issue.record("delta chat: \(try read("delta-chat", missing))")
            return
        }
    }

    @Test func thunderbirdRefusesLowerCasePlaceholdersInHostNames() throws {
        let lower = document(
            incoming: "<hostname>imap.%emaildomain%</hostname><port>993</port><socketType>SSL</socketType>"
                + "<username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication>"
        )
        guard case .rejected(.noIncoming(.invalidHost("imap.%emaildomain%")), _) = try read("thunderbird", lower)
        else {
            Issue.record("\(try read("thunderbird", lower))")
            return
        }
    }

    @Test func oauth2CountsOnlyForHostsTheClientKnows() throws {
        let oauthOnly = document(
            incoming: "<hostname>imap.example.test</hostname><port>993</port><socketType>SSL</socketType>"
                + "<username>%EMAILADDRESS%</username><authentication>OAuth2</authentication>"
        )
        guard case .rejected(.noIncoming(.noAuthentication(["OAuth2"])), _) = try read("thunderbird", oauthOnly) else {
            Issue.record("\(try read("thunderbird", oauthOnly))")
            return
        }
        let gmail = document(
            incoming: "<hostname>imap.gmail.com</hostname><port>993</port><socketType>SSL</socketType>"
                + "<username>%EMAILADDRESS%</username><authentication>OAuth2</authentication>"
        )
        guard case .settings(let incoming, _, _) = try read("thunderbird", gmail) else {
            Issue.record("gmail refused")
            return
        }
        #expect(incoming?.auth == [.oauth2])
    }

    @Test func thunderbirdForAndroidRefusesAPlainServerAndPOP3IsNotUsed() throws {
        let plain = document(
            incoming: "<hostname>imap.example.test</hostname><port>143</port><socketType>plain</socketType>"
                + "<username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication>"
        )
        guard case .rejected(.server(.imap, .socketType("plain")), _) = try read("thunderbird-android", plain) else {
            Issue.record("\(try read("thunderbird-android", plain))")
            return
        }
        guard case .settings(.some, _, _) = try read("thunderbird", plain) else {
            Issue.record("thunderbird takes a plain server")
            return
        }
        guard case .rejected(.noIncoming, _) = try read("thunderbird-android", document(type: "pop3")) else {
            Issue.record("a POP3-only document gives Thunderbird for Android nothing")
            return
        }
    }

    @Test func deltaChatMatchesNamesInAnyCaseAndTriesTLSForUnknownSecurity() throws {
        let odd = Array(
            """
            <clientConfig><emailProvider><incomingServer type="imap"><HostName>imap.example.test</HostName>
            <Port>993</Port><socketType>tls-please</socketType><Username>%EMAILADDRESS%</Username></incomingServer>
            </emailProvider></clientConfig>
            """.utf8
        )
        guard case .settings(let incoming, nil, let notes) = try read("delta-chat", odd) else {
            Issue.record("\(try read("delta-chat", odd))")
            return
        }
        #expect(incoming?.host == "imap.example.test" && incoming?.security == .tls)
        #expect(notes == [.automaticSecurity(.imap, "tls-please")])
        // Thunderbird finds neither the element names nor a provider id there.
        guard case .rejected = try read("thunderbird", odd) else {
            Issue.record("thunderbird read it")
            return
        }
    }

    @Test func evolutionTakesTheLastServerOfATypeAndKMailDropsOneWithoutPort() throws {
        let two = Array(
            """
            <clientConfig version="1.1"><emailProvider id="example.test"><domain>example.test</domain>
            <incomingServer type="imap"><hostname>first.example.test</hostname><port>993</port>
            <socketType>SSL</socketType><username>%EMAILADDRESS%</username></incomingServer>
            <incomingServer type="imap"><hostname>last.example.test</hostname><port>993</port>
            <socketType>SSL</socketType><username>%EMAILADDRESS%</username></incomingServer>
            <incomingServer type="imap"><hostname>portless.example.test</hostname>
            <socketType>SSL</socketType><username>%EMAILADDRESS%</username></incomingServer>
            <outgoingServer type="smtp"><hostname>smtp.example.test</hostname><port>465</port>
            <socketType>SSL</socketType><username>%EMAILADDRESS%</username></outgoingServer>
            </emailProvider></clientConfig>
            """.utf8
        )
        // Each server overwrites the last in Evolution; KMail takes the first. Neither keeps one without a port.
        guard case .settings(let evolution, _, _) = try read("evolution", two),
            case .settings(let kmail, _, _) = try read("kmail", two)
        else {
            Issue.record("refused")
            return
        }
        #expect(evolution?.host == "last.example.test")
        #expect(kmail?.host == "first.example.test")
    }

    @Test func aBodyThatIsNotXMLIsMalformed() throws {
        guard case .malformed = try read("thunderbird", Array("<html><body>hello".utf8)) else {
            Issue.record("not malformed")
            return
        }
    }
}

/// The client orders compiled in: every one decodes, and every step says where it comes from.
@Suite struct ClientOrderDataTests {
    @Test func everyOrderDecodesAndEveryStepIsCited() throws {
        let orders = try ClientOrder.bundled()
        #expect(
            Set(orders.map(\.id))
                == [
                    "apple-mail", "delta-chat", "evolution", "kmail", "outlook", "outlook-new", "thunderbird",
                    "thunderbird-android",
                ]
        )
        for order in orders {
            #expect(order.source.repo != nil || order.source.urls?.isEmpty == false, "\(order.id): no source")
            #expect(order.source.repo == nil || order.source.commit?.count ?? 0 >= 7, "\(order.id): no commit")
            #expect(!order.fallback.cite.isEmpty, "\(order.id)")
            for step in order.steps + order.steps.flatMap({ $0.mx?.steps ?? [] }) {
                #expect(!step.cite.isEmpty, "\(order.id).\(step.id) cites nothing")
                if [.autoconfig, .central, .autodiscoverGet, .autodiscoverPost, .autodiscoverRedirect].contains(
                    step.kind
                ) {
                    #expect(step.url?.contains("{") == true, "\(order.id).\(step.id) has no URL template")
                }
            }
            switch order.mode {
            case .lookup:
                #expect(order.counted && !order.steps.isEmpty, "\(order.id)")
                let readsClientConfig = order.steps.contains { [.autoconfig, .central, .mx].contains($0.kind) }
                #expect(!readsClientConfig || order.reader != nil, "\(order.id) fetches autoconfig but has no reader")
            case .profile, .undocumented:
                #expect(!order.counted && order.note != nil, "\(order.id)")
                for language in Language.allCases {
                    #expect(Catalogue.bundled.contains(order.note?.key ?? "", language), "\(order.id): note key")
                }
            }
        }
    }

    @Test func clientsAreFoundByIdOrAlias() throws {
        let orders = try ClientOrder.bundled()
        #expect(ClientOrder.named("K9", in: orders)?.id == "thunderbird-android")
        #expect(ClientOrder.named("deltachat", in: orders)?.id == "delta-chat")
        #expect(ClientOrder.named("eudora", in: orders) == nil)
    }
}
