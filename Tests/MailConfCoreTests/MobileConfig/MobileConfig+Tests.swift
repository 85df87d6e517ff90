import Foundation
import MailConfCore
import MailConfTesting
import Testing

@Suite(.timeLimit(.minutes(2))) struct MobileConfigTests {
    func profile(_ text: String) throws -> MobileConfigProfile {
        let address = try EmailAddress(parsing: text)
        return try #require(MobileConfigProfile(address: address, account: sampleAccount.resolved(for: address)))
    }

    @Test func identifiersAreDeterministicPerAddress() throws {
        let first = try profile("alice@example.com")
        let again = try profile("Alice@EXAMPLE.com")
        let other = try profile("bob@example.com")
        #expect(first.profileUUID == again.profileUUID)
        #expect(first.payloadUUID == again.payloadUUID)
        #expect(first.profileIdentifier == again.profileIdentifier)
        #expect(first.profileUUID != first.payloadUUID)
        #expect(first.profileUUID != other.profileUUID)
        let same = try profile("alice@example.com")
        #expect(first.xml == same.xml)
    }

    @Test func uuidIsVersion5() {
        let uuid = DeterministicUUID.v5("x")
        let parts = uuid.split(separator: "-")
        #expect(parts.map(\.count) == [8, 4, 4, 4, 12])
        #expect(parts[2].first == "5")
        #expect("89AB".contains(parts[3].first ?? "0"))
        // RFC 9562 appendix example: v5 of "www.example.com" in the DNS namespace.
        let dns: [UInt8] = [
            0x6B, 0xA7, 0xB8, 0x10, 0x9D, 0xAD, 0x11, 0xD1, 0x80, 0xB4, 0x00, 0xC0, 0x4F, 0xD4, 0x30, 0xC8,
        ]
        #expect(DeterministicUUID.v5("www.example.com", namespace: dns) == "2ED6657D-E927-568B-95E1-2665A8AEA6A2")
    }

    @Test func readsBackWithFoundation() throws {
        let written = try profile("alice@example.com")
        let parsed = try MobileConfigParser().parse(Data(written.xml.utf8))
        #expect(parsed.emailAddress == "alice@example.com")
        #expect(parsed.incoming.host == "imap.example.com")
        #expect(parsed.incoming.security == .tls)
        #expect(parsed.outgoing.port == 465)
    }

    @Test(.enabled(if: Python.isAvailable))
    func pythonPlistlibReadsTheProfile() async throws {
        let written = try profile("alice@example.com")
        let script = """
            import sys, plistlib
            p = plistlib.loads(sys.stdin.buffer.read())
            m = p['PayloadContent'][0]
            print(p['PayloadType'], p['PayloadUUID'], p['PayloadIdentifier'], p['PayloadVersion'])
            print(m['PayloadType'], m['PayloadUUID'], m['EmailAccountType'], m['EmailAddress'])
            print(m['IncomingMailServerHostName'], m['IncomingMailServerPortNumber'], m['IncomingMailServerUseSSL'],
                  m['IncomingMailServerAuthentication'], m['IncomingMailServerUsername'])
            print(m['OutgoingMailServerHostName'], m['OutgoingMailServerPortNumber'], m['OutgoingMailServerUseSSL'])
            """
        let lines = try await Python.run(script, input: written.xml).split(separator: "\n").map(String.init)
        #expect(lines[0] == "Configuration \(written.profileUUID) \(written.profileIdentifier) 1")
        #expect(lines[1] == "com.apple.mail.managed \(written.payloadUUID) EmailTypeIMAP alice@example.com")
        #expect(lines[2] == "imap.example.com 993 True EmailAuthPassword alice@example.com")
        #expect(lines[3] == "smtp.example.com 465 True")
    }

    @Test func needsBothDirections() throws {
        let address = try EmailAddress(parsing: "a@example.com")
        #expect(MobileConfigProfile(address: address, account: AccountConfig(incoming: sampleAccount.incoming)) == nil)
    }
}
