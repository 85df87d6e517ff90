import Foundation
import MailConfCore
import MailConfTesting
import Testing

/// Exchange web services in clientConfig documents, as Thunderbird reads them.
@Suite struct ClientConfigExchangeTests {
    static let office = """
        <?xml version="1.0" encoding="UTF-8"?>
        <clientConfig version="1.1">
          <emailProvider id="corp.example">
            <domain>corp.example</domain>
            <incomingServer type="imap">
              <hostname>imap.corp.example</hostname><port>993</port><socketType>SSL</socketType>
              <authentication>password-cleartext</authentication><username>%EMAILADDRESS%</username>
            </incomingServer>
            <incomingServer type="ews">
              <username>%EMAILADDRESS</username><authentication>NTLM</authentication>
              <url>https://mail.corp.example/EWS/Exchange.asmx</url>
            </incomingServer>
            <incomingServer type="exchange">
              <hostname>mail.corp.example</hostname><port>443</port><socketType>SSL</socketType>
              <username>%EMAILADDRESS%</username><authentication>NTLM</authentication>
              <owaURL>https://mail.corp.example/owa/</owaURL>
              <ewsURL>https://mail.corp.example/EWS/Exchange.asmx</ewsURL>
            </incomingServer>
            <incomingServer type="graph">
              <username>%EMAILADDRESS%</username><authentication>OAuth2</authentication>
              <url>http://insecure.corp.example/</url>
            </incomingServer>
            <outgoingServer type="smtp">
              <hostname>smtp.corp.example</hostname><port>587</port><socketType>STARTTLS</socketType>
              <authentication>password-cleartext</authentication><username>%EMAILADDRESS%</username>
            </outgoingServer>
          </emailProvider>
        </clientConfig>
        """

    @Test func readsTypedServicesAndTheOlderCombinedElement() throws {
        let account = try ClientConfigParser().parse(Self.office).accountConfig(origin: .database(provider: nil))
        #expect(account.incoming.map(\.protocol) == [.imap], "web services are never IMAP/POP servers")
        #expect(account.exchange.map(\.kind) == [.ews, .owa], "the combined element adds OWA; http:// is dropped")
        #expect(account.exchange[0].username == "%EMAILADDRESS%", "the ISPDB's missing % is repaired")
        #expect(account.exchange[0].auth == [.ntlm])
        #expect(account.exchange[1].url == "https://mail.corp.example/owa/")
    }

    @Test func writesEachServiceAfterTheMailServersAndTheCombinedElementForOlderReaders() throws {
        let account = AccountConfig(
            providerID: "corp.example",
            incoming: [ServerSettings(protocol: .imap, host: "imap.corp.example", port: 993, security: .tls)],
            outgoing: [ServerSettings(protocol: .smtp, host: "smtp.corp.example", port: 587, security: .starttls)],
            exchange: [
                ExchangeServer(kind: .ews, url: "https://mail.corp.example/EWS/Exchange.asmx", auth: [.oauth2]),
                ExchangeServer(kind: .owa, url: "https://mail.corp.example/owa/", auth: [.oauth2]),
            ]
        )
        let document = ClientConfig(account: account, domain: "corp.example")
        let types = document.providers[0].incomingServers.map(\.type)
        #expect(types == ["imap", "ews", "owa", "exchange"])
        let combined = try #require(document.providers[0].incomingServers.last)
        #expect(combined.hostname == "mail.corp.example" && combined.port == 443 && combined.socketType == .ssl)
        #expect(combined.ewsURL == "https://mail.corp.example/EWS/Exchange.asmx")
        #expect(combined.owaURL == "https://mail.corp.example/owa/")
        // OAuth2 on a host Thunderbird does not know is refused: the document is only valid with a fallback.
        #expect(!ThunderbirdReaderRules.violations(of: document.xml).isEmpty)
        let fixed = ClientConfig(account: account, domain: "corp.example", ensurePasswordFallback: true)
        #expect(ThunderbirdReaderRules.violations(of: fixed.xml) == [])
        let again = try ClientConfigParser().parse(fixed.xml).accountConfig(origin: .database(provider: nil))
        #expect(again.exchange.map(\.kind) == [.ews, .owa])
    }

    @Test func microsoftHostsKeepOAuth2Only() {
        let account = AccountConfig(
            incoming: [
                ServerSettings(
                    protocol: .imap,
                    host: "outlook.office365.com",
                    port: 993,
                    security: .tls,
                    auth: [.oauth2]
                )
            ],
            outgoing: [
                ServerSettings(
                    protocol: .smtp,
                    host: "smtp.office365.com",
                    port: 587,
                    security: .starttls,
                    auth: [.oauth2]
                )
            ],
            exchange: [
                ExchangeServer(kind: .ews, url: "https://outlook.office365.com/EWS/Exchange.asmx", auth: [.oauth2])
            ]
        )
        let xml = ClientConfig(account: account, domain: "contoso.com").xml
        #expect(ThunderbirdReaderRules.violations(of: xml) == [])
    }

    @Test func otherRenderersLeaveWebServicesOut() throws {
        let account = AccountConfig(
            providerID: "corp",
            incoming: [ServerSettings(protocol: .imap, host: "imap.corp.example", port: 993, security: .tls)],
            outgoing: [ServerSettings(protocol: .smtp, host: "smtp.corp.example", port: 587, security: .starttls)],
            exchange: [ExchangeServer(kind: .ews, url: "https://mail.corp.example/EWS/Exchange.asmx")]
        )
        let address = try EmailAddress(parsing: "a@corp.example")
        let autodiscover = AutodiscoverResponse(account: account, displayName: address.address).xml
        #expect(!autodiscover.contains("EWS/Exchange.asmx"))
        let profile = try #require(MobileConfigProfile(address: address, account: account))
        #expect(!profile.xml.contains("EWS/Exchange.asmx"))
        let result = LookupResult(address: address, config: account.resolved(for: address), sources: [])
        #expect(result.text(language: .en).contains("Exchange EWS: https://mail.corp.example/EWS/Exchange.asmx"))
        guard case .object(let fields) = result.json, let exchange = fields.first(where: { $0.0 == "exchange" })?.1,
            case .array(let services) = exchange, case .object(let first)? = services.first
        else {
            Issue.record("lookup JSON has no exchange array")
            return
        }
        #expect(first.first { $0.0 == "kind" }?.1 == .string("ews"))
    }
}
