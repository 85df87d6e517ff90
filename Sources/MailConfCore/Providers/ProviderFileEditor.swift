/// Edits provider files in place, line by line, so that comments and layout survive: used by
/// `providers verify --write` to record `checked = DATE live-probe …` lines. Nothing but those lines changes; a
/// drifted fact stays as it is, flagged by its check line.
public enum ProviderFileEditor {
    /// A section of a file, counted in file order per kind: the `n`-th server section (`[imap]`, `[pop3]`,
    /// `[smtp]`), which is the record's `servers[n]`, or the `n`-th Exchange section (`[ews]`, `[owa]`, `[graph]`).
    public enum Section: Hashable, Sendable {
        /// `servers[n]`.
        case server(Int)
        /// `exchange[n]`.
        case exchange(Int)
    }

    /// `text` with each given section's live-probe checks replaced by the one given (appended after the section's
    /// last line). Sections that do not exist are ignored.
    public static func recordingLiveProbes(_ text: String, _ checks: [Section: FactCheck]) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var ranges: [(Section, Range<Int>)] = []
        var current: (Section, Int)?
        var servers = 0
        var exchanges = 0
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingWhitespace()
            guard trimmed.hasPrefix("["), trimmed.hasSuffix("]") else { continue }
            if let (section, start) = current { ranges.append((section, start..<index)) }
            let name = trimmed.dropFirst().dropLast().trimmingWhitespace().lowercased()
            if MailProtocol(rawValue: name) != nil {
                current = (.server(servers), index)
                servers += 1
            } else if ExchangeServer.Kind(rawValue: name) != nil {
                current = (.exchange(exchanges), index)
                exchanges += 1
            } else {
                current = nil
            }
        }
        if let (section, start) = current { ranges.append((section, start..<lines.count)) }

        for (section, range) in ranges.reversed() {
            guard let check = checks[section] else { continue }
            var body = Array(lines[range])
            body.removeAll(where: isLiveProbeLine)
            let last =
                body.lastIndex { line in
                    let trimmed = line.trimmingWhitespace()
                    return !trimmed.isEmpty && !trimmed.hasPrefix("#")
                } ?? 0
            body.insert("checked = \(check)", at: last + 1)
            lines.replaceSubrange(range, with: body)
        }
        return lines.joined(separator: "\n")
    }

    private static func isLiveProbeLine(_ line: String) -> Bool {
        let trimmed = line.trimmingWhitespace()
        guard let equals = trimmed.firstIndex(of: "="),
            trimmed[..<equals].trimmingWhitespace().lowercased() == "checked"
        else { return false }
        let value = String(trimmed[trimmed.index(after: equals)...].trimmingWhitespace())
        return (try? FactCheck(parsing: value))?.method == .liveProbe
    }
}
