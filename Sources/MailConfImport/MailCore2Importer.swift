public import Foundation
public import MailConfCore

/// Reads MailCore2's `providers.json`: servers per provider, `domain-match` and `mx-match` regular expressions.
///
/// Literal domain patterns become domains; a label followed by "anything" (`yahoo\..*`) becomes a domain label
/// (the label followed by any public suffix, whole labels only), and `domain-exclude` literals are kept with the
/// entry so that the import can check that another provider owns them. Other domain regexes are reported and
/// skipped. MX regexes become whole-label host suffixes: a literal pattern is kept as is, otherwise the longest run
/// of literal labels at its end is used (`mx\d\.ovh\.net` → `ovh.net`); patterns with no literal tail of two labels
/// or more are reported and skipped.
public struct MailCore2Importer: Sendable {
    /// The data set's version date, recorded with every fact.
    public var date: FactDate?

    /// Creates an importer.
    public init(date: FactDate? = nil) {
        self.date = date
    }

    /// Reads the JSON file.
    public func read(file: URL) throws -> ImportBatch {
        let data = try Data(contentsOf: file)
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            return ImportBatch(
                entries: [],
                skipped: [ImportSkip(source: .mailcore2, key: file.lastPathComponent, reason: "not a JSON object")],
                allDomains: []
            )
        }
        var entries: [ImportEntry] = []
        var skipped: [ImportSkip] = []
        var allDomains: Set<String> = []
        for key in root.keys.sorted() {
            guard let provider = root[key] as? [String: Any] else { continue }
            var domains: [String] = []
            var labels: [String] = []
            for pattern in (provider["domain-match"] as? [String]) ?? [] {
                if let domain = Self.literal(pattern) {
                    domains.append(domain)
                } else if let label = Self.labelPattern(pattern) {
                    labels.append(label)
                } else {
                    skipped.append(
                        ImportSkip(source: .mailcore2, key: key, reason: "domain regex '\(pattern)' is not literal")
                    )
                }
            }
            domains = unique(domains)
            labels = unique(labels)
            allDomains.formUnion(domains)
            let excluded = ((provider["domain-exclude"] as? [String]) ?? []).compactMap(Self.literal)
            var suffixes: [String] = []
            for pattern in (provider["mx-match"] as? [String]) ?? [] {
                if let suffix = Self.mxSuffix(pattern) {
                    suffixes.append(suffix)
                } else {
                    skipped.append(
                        ImportSkip(source: .mailcore2, key: key, reason: "MX regex '\(pattern)' has no literal suffix")
                    )
                }
            }
            suffixes = Self.collapse(unique(suffixes))
            var servers: [ServerSettings] = []
            let groups = (provider["servers"] as? [String: Any]) ?? [:]
            for (name, proto) in [("imap", MailProtocol.imap), ("pop", .pop3), ("smtp", .smtp)] {
                for item in (groups[name] as? [[String: Any]]) ?? [] {
                    guard let rawHost = item["hostname"] as? String else { continue }
                    let host = rawHost.replacing("{domain}", with: Placeholder.emailDomain)
                    guard !host.contains("{") else { continue }
                    let security: TransportSecurity =
                        (item["ssl"] as? Bool == true || item["tls"] as? Bool == true)
                        ? .tls : (item["starttls"] as? Bool == true ? .starttls : .plain)
                    servers.append(
                        ServerSettings(
                            protocol: proto,
                            host: Placeholder.lowercasedHost(String(host)),
                            port: (item["port"] as? Int) ?? DefaultPorts.port(for: proto, security: security),
                            security: security,
                            auth: [.passwordCleartext],
                            username: Placeholder.emailAddress
                        )
                    )
                }
            }
            guard !domains.isEmpty || !suffixes.isEmpty || !labels.isEmpty else {
                skipped.append(
                    ImportSkip(source: .mailcore2, key: key, reason: "no literal domain, domain label or MX suffix")
                )
                continue
            }
            let source = FactSource(dataSet: ImportSource.mailcore2.tag, date: date, reference: key)
            for index in servers.indices { servers[index].provenance = Provenance(sources: [source]) }
            let record = ProviderRecord(
                id: key.lowercased(),
                sources: [source],
                domains: domains,
                domainLabels: labels,
                mxSuffixes: suffixes,
                servers: servers
            )
            entries.append(ImportEntry(source: .mailcore2, key: key, record: record, excludedDomains: excluded))
        }
        return ImportBatch(entries: entries, skipped: skipped, allDomains: allDomains)
    }

    /// The domain a regex matches literally (`pobox\.com` → `pobox.com`), or `nil`.
    static func literal(_ pattern: String) -> String? {
        let text = pattern.replacingOccurrences(of: "\\.", with: ".").lowercased()
        let allowed = text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }
        return allowed && text.contains(".") && !text.hasPrefix(".") && !text.hasSuffix(".") ? text : nil
    }

    /// The label of a "label, a dot, then anything" pattern (`yahoo\..*` → `yahoo`), or `nil`.
    static func labelPattern(_ pattern: String) -> String? {
        var text = pattern.lowercased()
        if text.hasPrefix("^") { text.removeFirst() }
        if text.hasSuffix("$") { text.removeLast() }
        guard text.hasSuffix("\\..*") else { return nil }
        let label = text.dropLast(4)
        let isLabel =
            !label.isEmpty && label.count <= 63 && !label.hasPrefix("-") && !label.hasSuffix("-")
            && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        return isLabel ? String(label) : nil
    }

    /// The whole-label host suffix an MX regex stands for, or `nil`.
    static func mxSuffix(_ pattern: String) -> String? {
        if let literal = literal(pattern) { return literal }
        let labels = pattern.lowercased().components(separatedBy: "\\.").flatMap { $0.split(separator: ".") }
        var tail: [Substring] = []
        for label in labels.reversed() {
            guard label.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }), !label.isEmpty
            else { break }
            tail.insert(label, at: 0)
        }
        return tail.count >= 2 ? tail.joined(separator: ".") : nil
    }

    /// Drops suffixes covered by a shorter one in the same list (`mx1.x.com` goes when `x.com` is there).
    static func collapse(_ suffixes: [String]) -> [String] {
        suffixes.filter { suffix in
            !suffixes.contains { other in other != suffix && suffix.hasSuffix("." + other) }
        }
    }
}
