/// A language MailConf's human-facing text is written in.
public enum Language: String, Sendable, CaseIterable, Codable {
    /// English, the default.
    case en
    /// Turkish.
    case tr

    /// The language a POSIX locale name asks for (`tr_TR.UTF-8` → ``tr``), or `nil` for one MailConf lacks and
    /// for `C`/`POSIX`.
    public init?(locale: String) {
        let code = locale.prefix { $0.isLetter }.lowercased()
        guard let language = Language(rawValue: code) else { return nil }
        self = language
    }

    /// The language of a process's environment, as gettext chooses it: `LC_ALL`, then `LC_MESSAGES`, then
    /// `LANG`; the first that is set decides (English when it names another language).
    public static func from(environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return Language(locale: value) ?? .en
        }
        return .en
    }

    /// The best language for an HTTP `Accept-Language` header (RFC 9110 §12.5.4): the highest-weighted range
    /// MailConf has, English when none matches or the header is absent or malformed. `*` stands for the languages
    /// the header does not name (so `en;q=0, *` means Turkish).
    public static func negotiate(acceptLanguage header: String?) -> Language {
        guard let header else { return .en }
        var ranges: [(primary: String, weight: Double)] = []
        for element in header.split(separator: ",").prefix(32) {
            let parts = element.split(separator: ";").map { $0.trimmingWhitespace() }
            guard let range = parts.first, !range.isEmpty else { continue }
            var weight = 1.0
            for parameter in parts.dropFirst() where parameter.lowercased().hasPrefix("q=") {
                weight = Double(parameter.dropFirst(2)) ?? 0
            }
            ranges.append((range.prefix { $0 != "-" && $0 != "_" }.lowercased(), weight))
        }
        let named = Set(ranges.compactMap { Language(rawValue: $0.primary) })
        let wildcard = allCases.first { !named.contains($0) }
        var best: (language: Language, weight: Double)?
        for (primary, weight) in ranges where weight > 0 && weight <= 1 {
            guard let language = primary == "*" ? wildcard : Language(rawValue: primary) else { continue }
            // Equal weights: the earlier range wins.
            if weight > (best?.weight ?? 0) { best = (language, weight) }
        }
        return best?.language ?? .en
    }
}
