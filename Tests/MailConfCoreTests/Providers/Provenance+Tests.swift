import MailConfCore
import Testing

@Suite struct ProvenanceTests {
    @Test(arguments: ["2026-12-04", "2024-08", "2000-02-29", "1970-01-01"])
    func datesRoundTrip(_ text: String) throws {
        let date = try #require(FactDate(parsing: text))
        #expect(date.description == text)
    }

    @Test(arguments: ["2026-13-01", "2026-02-30", "2025-02-29", "26-01-01", "2026-1-01", "2026", "x", "1969-12-31"])
    func refusesImpossibleDates(_ text: String) {
        #expect(FactDate(parsing: text) == nil)
    }

    @Test func dayArithmeticMatchesTheCalendar() throws {
        let date = try #require(FactDate(parsing: "2026-12-04"))
        #expect(FactDate(daysSince1970: date.daysSince1970) == date)
        #expect(
            try #require(FactDate(parsing: "2024-03-01")).daysSince1970
                - (try #require(FactDate(parsing: "2024-02-28"))).daysSince1970 == 2
        )
        #expect(FactDate.day(secondsSince1970: 86_400 * 365) == FactDate(year: 1971, month: 1, day: 1))
        // A month-precision date counts as the month's first day.
        #expect(
            try #require(FactDate(parsing: "2024-08")).daysSince1970
                == (try #require(FactDate(parsing: "2024-08-01"))).daysSince1970
        )
        #expect(try #require(FactDate(parsing: "2024-08")) < (try #require(FactDate(parsing: "2024-08-01"))))
    }

    @Test func sourcesReadDataSetDateAndReference() {
        let source = FactSource(parsing: "ISPDB 2026-03-12 googlemail.com.xml")
        #expect(source.dataSet == "ispdb")
        #expect(source.date?.description == "2026-03-12")
        #expect(source.reference == "googlemail.com.xml")
        #expect(source.description == "ispdb 2026-03-12 googlemail.com.xml")
        let citation = FactSource(parsing: "mailconf https://example.org/help")
        #expect(citation.citationURL == "https://example.org/help")
        #expect(FactSource(parsing: "mailconf (MX suffix)").citationURL == nil)
        #expect(FactSource(parsing: "deltachat qq.md").date == nil)
    }

    @Test func checksReadMethodOutcomeAndNote() throws {
        let drifted = try FactCheck(
            parsing: "2026-12-05 live-probe drifted claims STARTTLS on 143, server offers no STARTTLS"
        )
        #expect(drifted.method == .liveProbe)
        #expect(drifted.outcome == .drifted)
        #expect(drifted.note == "claims STARTTLS on 143, server offers no STARTTLS")
        #expect(try FactCheck(parsing: drifted.description) == drifted)
        let source = try FactCheck(parsing: "2024-08 source deltachat")
        #expect(source.method == .source && source.note == "deltachat" && source.outcome == nil)
        #expect(throws: FactCheck.ParseError.self) { try FactCheck(parsing: "yesterday help-page") }
        #expect(throws: FactCheck.ParseError.self) { try FactCheck(parsing: "2026-01-01 guessed") }
        #expect(throws: FactCheck.ParseError.self) { try FactCheck(parsing: "2026-01-01 live-probe maybe") }
    }

    @Test func newestCheckAndLiveProbeReplacement() throws {
        let old = try FactCheck(parsing: "2020-03 source deltachat")
        let page = try FactCheck(parsing: "2026-12-04 help-page")
        let probe = try FactCheck(parsing: "2026-12-04 live-probe confirmed")
        let provenance = Provenance(sources: ["ispdb 2026-03-12 a.xml"], checks: [page, old, probe])
        #expect(provenance.newestCheck == probe, "the later of equal dates wins")
        let newer = try FactCheck(parsing: "2026-12-11 live-probe drifted x")
        let replaced = provenance.recordingLiveProbe(newer)
        #expect(replaced.checks == [page, old, newer])
    }

    @Test func staleListsOldAndNeverCheckedProviders() throws {
        let today = try #require(FactDate(parsing: "2026-12-04"))
        var fresh = ServerSettings(protocol: .imap, host: "imap.a.net", port: 993, security: .tls)
        fresh.provenance = Provenance(checks: [try FactCheck(parsing: "2026-12-01 live-probe confirmed")])
        var old = fresh
        old.provenance = Provenance(checks: [try FactCheck(parsing: "2021-07 source deltachat")])
        let records = [
            ProviderRecord(id: "fresh", domains: ["a.net"], servers: [fresh]),
            ProviderRecord(id: "old", domains: ["b.net"], servers: [old]),
            ProviderRecord(
                id: "note-only",
                domains: ["c.net"],
                notes: [.appPassword],
                noteProvenance: [.appPassword: Provenance(checks: [try FactCheck(parsing: "2025-01-01 help-page")])]
            ),
            ProviderRecord(
                id: "never",
                domains: ["d.net"],
                servers: [ServerSettings(protocol: .imap, host: "x.d.net", port: 993, security: .tls)]
            ),
        ]
        let stale = ProviderCheck.stale(records, olderThan: 365, today: today)
        #expect(stale.map(\.id) == ["old", "note-only", "never"])
        #expect(stale.last?.ageDays == nil)
        #expect(ProviderCheck.stale(records, olderThan: 10_000, today: today).map(\.id) == ["never"])
    }
}
