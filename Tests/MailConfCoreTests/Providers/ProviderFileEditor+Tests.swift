import Foundation
import MailConfCore
import Testing

@Suite struct ProviderFileEditorTests {
    static let file = """
        # kept comment
        id = acme
        domain = acme.net

        [imap]
        host = imap.acme.net
        port = 993
        security = tls
        username = %EMAILADDRESS%
        checked = 2026-01-01 live-probe confirmed
        # a comment inside the section stays

        [smtp]
        host = smtp.acme.net
        port = 587
        security = starttls
        username = %EMAILADDRESS%
        checked = 2024-08 source deltachat

        [ews]
        url = https://mail.acme.net/EWS/Exchange.asmx
        username = %EMAILADDRESS%

        """

    @Test func replacesOnlyLiveProbeLinesOfTheChosenSections() throws {
        let confirmed = try FactCheck(parsing: "2026-12-05 live-probe confirmed")
        let drifted = try FactCheck(
            parsing: "2026-12-05 live-probe drifted claims STARTTLS on 587, server offers no STARTTLS"
        )
        let edited = ProviderFileEditor.recordingLiveProbes(
            Self.file,
            [.server(0): confirmed, .server(1): drifted, .exchange(0): confirmed, .server(7): confirmed]
        )
        #expect(edited.contains("# kept comment"))
        #expect(edited.contains("# a comment inside the section stays"))
        #expect(!edited.contains("2026-01-01 live-probe"), "the older probe line is replaced")
        #expect(edited.contains("checked = 2024-08 source deltachat"), "other checks stay")
        let record = try ProviderFileParser().parse(edited)
        #expect(record.servers[0].provenance?.checks == [confirmed])
        #expect(record.servers[1].provenance?.checks.last == drifted)
        #expect(record.servers[1].provenance?.checks.count == 2)
        #expect(record.exchange[0].provenance?.checks == [confirmed])
        #expect(record.servers[1].security == .starttls, "a drifted fact is flagged, never rewritten")
        // Once more: still one live-probe line per section.
        let twice = ProviderFileEditor.recordingLiveProbes(edited, [.server(0): confirmed])
        #expect(
            twice.components(separatedBy: "live-probe confirmed").count
                == edited.components(separatedBy: "live-probe confirmed").count
        )
    }
}
