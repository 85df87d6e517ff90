import MailConfCore
import Testing

@Suite struct HostNameTests {
    @Test(arguments: [
        ("Mail.Example.COM", "mail.example.com", false), ("örnek.com.tr", "xn--rnek-4qa.com.tr", false),
        ("192.0.2.1", "192.0.2.1", true), ("::1", "::1", true), ("[2001:DB8::1]", "2001:db8::1", true),
        ("::ffff:192.0.2.1", "::ffff:192.0.2.1", true), ("1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8", true),
        ("localhost", "localhost", false),
    ])
    func namesAndAddresses(_ text: String, _ value: String, _ isIP: Bool) throws {
        let host = try HostName(parsing: text)
        #expect(host.value == value)
        #expect(host.isIPAddress == isIP)
    }

    @Test(arguments: [
        ("127.0.0.1:20993", "127.0.0.1", "20993"), ("mail.example.com:993", "mail.example.com", "993"),
        ("[::1]:993", "[::1]", "993"),
    ])
    func aPortIsPointedToServiceInstead(_ text: String, _ host: String, _ port: String) {
        #expect(throws: EmailAddressError.hostWithPort(host: host, port: port)) { try HostName(parsing: text) }
        let message = EmailAddressError.hostWithPort(host: host, port: port).localizedDescription(.en)
        #expect(message.contains("--service imaps:\(port)"))
    }

    @Test func emptyAndMalformedAddressesAreRefused() {
        #expect(throws: EmailAddressError.emptyHost) { try HostName(parsing: "  ") }
        for text in ["1:2:3:4:5:6:7:8:9", "1::2::3", "12345::1", "fe80::g", "::ffff:300.1.1.1", ":::", "１::"] {
            #expect(throws: EmailAddressError.self, "\(text)") { try HostName(parsing: text) }
        }
    }
}
