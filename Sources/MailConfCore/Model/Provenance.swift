/// Why the database believes one fact (a server, a note, OAuth 2.0 endpoints): who said it, and when and how it
/// was last checked.
///
/// In provider files these are the `source = …` and `checked = …` lines of a section (see `Providers/README.md`).
public struct Provenance: Hashable, Sendable {
    /// Who said it: data-set entries (with the data set's date) or curated help-page citations.
    public var sources: [FactSource]
    /// When and how the fact was checked, oldest first.
    public var checks: [FactCheck]

    /// Creates a provenance record.
    public init(sources: [FactSource] = [], checks: [FactCheck] = []) {
        self.sources = sources
        self.checks = checks
    }

    /// Whether nothing is recorded.
    public var isEmpty: Bool { sources.isEmpty && checks.isEmpty }

    /// The most recent check, if any (the later of equal dates wins, so a live probe after a help-page reading on
    /// the same day counts).
    public var newestCheck: FactCheck? {
        checks.enumerated().max { a, b in
            a.element.date != b.element.date ? a.element.date < b.element.date : a.offset < b.offset
        }?.element
    }

    /// The newest live-probe check, if any.
    public var lastLiveProbe: FactCheck? {
        checks.last { $0.method == .liveProbe }
    }

    /// The two records together: sources and checks without repeats, in first-seen order.
    public func merged(with other: Provenance) -> Provenance {
        var sources = self.sources
        for source in other.sources where !sources.contains(source) { sources.append(source) }
        var checks = self.checks
        for check in other.checks where !checks.contains(check) { checks.append(check) }
        return Provenance(sources: sources, checks: checks)
    }

    /// This record with every live-probe check replaced by `check` (only the latest probe is kept).
    public func recordingLiveProbe(_ check: FactCheck) -> Provenance {
        var copy = self
        copy.checks.removeAll { $0.method == .liveProbe }
        copy.checks.append(check)
        return copy
    }
}

/// One source of a fact: a data-set entry (`ispdb 2026-03-12 googlemail.com.xml`) or a curated citation of the
/// provider's own help page (`mailconf https://…`).
///
/// Written in provider files as `source = <data set> [<date>] [<reference>]`.
public struct FactSource: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The tag of curated facts: the project's own reading of a provider's help page.
    public static let curatedTag = "mailconf"

    /// The data set's tag (`ispdb`, `deltachat`, `mailcore2`, `k9`), or ``curatedTag``, or another name (an
    /// administrator's own files may use any).
    public var dataSet: String
    /// The data set's version date; `nil` when not recorded.
    public var date: FactDate?
    /// The entry in the data set (a file name or key), or for a curated fact the help page's URL.
    public var reference: String?

    /// Creates a source.
    public init(dataSet: String, date: FactDate? = nil, reference: String? = nil) {
        self.dataSet = dataSet
        self.date = date
        self.reference = reference
    }

    /// A curated citation of `url`.
    public static func citation(_ url: String) -> FactSource {
        FactSource(dataSet: curatedTag, reference: url)
    }

    /// Reads the text form; anything after the tag and an optional date is the reference.
    public init(parsing text: String) {
        var words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        dataSet = words.isEmpty ? "" : words.removeFirst().lowercased()
        if let first = words.first, let date = FactDate(parsing: first) {
            self.date = date
            words.removeFirst()
        }
        reference = words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// Reads the text form.
    public init(stringLiteral value: String) {
        self.init(parsing: value)
    }

    /// Whether this is the project's own citation of a help page.
    public var isCuratedCitation: Bool { dataSet == Self.curatedTag }

    /// The cited help page, for a curated source with an `https://` reference.
    public var citationURL: String? {
        guard isCuratedCitation, let reference, reference.lowercased().hasPrefix("https://") else { return nil }
        return reference
    }

    /// The text form, as written in provider files.
    public var description: String {
        [dataSet, date?.description, reference].compactMap { $0 }.joined(separator: " ")
    }
}

/// One check of a fact: when, and how.
///
/// Written in provider files as `checked = <date> <method> [<outcome>] [<note>]`, e.g.
/// `checked = 2024-08 source deltachat`, `checked = 2026-12-04 help-page`,
/// `checked = 2026-12-05 live-probe drifted claims STARTTLS on 143, server offers no STARTTLS`.
public struct FactCheck: Hashable, Sendable, CustomStringConvertible {
    /// How a fact was checked.
    public enum Method: String, Hashable, Sendable, CaseIterable {
        /// A data set says it checked the fact then (Delta Chat's `last_checked`).
        case source
        /// A maintainer read the provider's own help page.
        case helpPage = "help-page"
        /// `mailconf providers verify` probed the server.
        case liveProbe = "live-probe"
    }

    /// What a live probe concluded.
    public enum Outcome: String, Hashable, Sendable, CaseIterable {
        /// The server does what the database claims.
        case confirmed
        /// The server differs from the claim; the note says how. The claim is left as it was, flagged.
        case drifted
    }

    /// The day (or month) of the check.
    public var date: FactDate
    /// How it was checked.
    public var method: Method
    /// A live probe's conclusion.
    public var outcome: Outcome?
    /// Who checked (a data set's tag for `source`) or what differed (for `drifted`).
    public var note: String?

    /// Creates a check.
    public init(date: FactDate, method: Method, outcome: Outcome? = nil, note: String? = nil) {
        self.date = date
        self.method = method
        self.outcome = outcome
        self.note = note
    }

    /// Why a `checked` value could not be read.
    public struct ParseError: Error, Hashable, Sendable, CustomStringConvertible {
        /// What is wrong.
        public var message: String
        public var description: String { message }
    }

    /// Reads the text form.
    public init(parsing text: String) throws(ParseError) {
        var words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let first = words.first, let date = FactDate(parsing: first) else {
            throw ParseError(message: "'checked' must start with a date, YYYY-MM-DD or YYYY-MM")
        }
        words.removeFirst()
        guard let name = words.first, let method = Method(rawValue: name.lowercased()) else {
            let known = Method.allCases.map(\.rawValue).joined(separator: ", ")
            throw ParseError(message: "'checked' needs a method after the date: \(known)")
        }
        words.removeFirst()
        var outcome: Outcome?
        if method == .liveProbe {
            guard let word = words.first, let parsed = Outcome(rawValue: word.lowercased()) else {
                throw ParseError(message: "a live-probe check says 'confirmed' or 'drifted'")
            }
            outcome = parsed
            words.removeFirst()
        }
        self.init(
            date: date,
            method: method,
            outcome: outcome,
            note: words.isEmpty ? nil : words.joined(separator: " ")
        )
    }

    /// The text form, as written in provider files.
    public var description: String {
        [date.description, method.rawValue, outcome?.rawValue, note].compactMap { $0 }.joined(separator: " ")
    }
}

/// A calendar date with day or month precision (Delta Chat dates its checks by month), in the proleptic Gregorian
/// calendar, UTC.
public struct FactDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The year, 1970–9999.
    public var year: Int
    /// The month, 1–12.
    public var month: Int
    /// The day of the month, or `nil` for a month-precision date.
    public var day: Int?

    /// Creates a date; `nil` when the parts do not form one.
    public init?(year: Int, month: Int, day: Int? = nil) {
        guard (1970...9999).contains(year), (1...12).contains(month) else { return nil }
        if let day, !(1...Self.days(inMonth: month, year: year)).contains(day) { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    private init(uncheckedYear year: Int, month: Int, day: Int?) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// 1970-01-01.
    public static let epoch = FactDate(uncheckedYear: 1970, month: 1, day: 1)

    /// The UTC day of a moment given in seconds since 1970 (1970-01-01 for moments outside 1970–9999).
    public static func day(secondsSince1970 seconds: Double) -> FactDate {
        guard seconds.isFinite, seconds >= 0, seconds < 253_402_300_800 else { return epoch }
        return FactDate(daysSince1970: Int((seconds / 86_400).rounded(.down))) ?? epoch
    }

    /// Reads `YYYY-MM-DD` or `YYYY-MM`.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts[0].count == 4, parts[1].count == 2,
            parts.count == 2 || parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let year = Int(parts[0]), let month = Int(parts[1])
        else { return nil }
        self.init(year: year, month: month, day: parts.count == 3 ? Int(parts[2]) : nil)
    }

    /// The day `days` after 1970-01-01.
    public init?(daysSince1970 days: Int) {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// Days since 1970-01-01; a month-precision date counts as the month's first day.
    public var daysSince1970: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + (day ?? 1) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// `YYYY-MM-DD` or `YYYY-MM`.
    public var description: String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))" + (day.map { "-" + two($0) } ?? "")
    }

    public static func < (lhs: FactDate, rhs: FactDate) -> Bool {
        (lhs.year, lhs.month, lhs.day ?? 0) < (rhs.year, rhs.month, rhs.day ?? 0)
    }

    private static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
