/// Validates a set of provider records as `mailconf providers check` does: each file on its own, then the set
/// (no domain, domain label or MX suffix claimed twice).
public struct ProviderCheck: Sendable {
    /// One problem found.
    public struct Issue: Hashable, Sendable, CustomStringConvertible {
        /// `error` fails the check; `warning` is reported only.
        public enum Severity: String, Hashable, Sendable {
            case error
            case warning
        }

        /// What kind of rule was broken, for programs (the message is for people).
        public enum Rule: String, Hashable, Sendable {
            /// Syntax, vocabulary, ports, host names, placeholders, duplicates.
            case format
            /// A name reserved for documentation or tests, or a special-use name (RFC 2606, RFC 6761…).
            case reservedName = "reserved-name"
            /// A note that requires preparation on a provider whose status says `ok`.
            case status
            /// A fact without a source, or a curated source without a help-page URL.
            case provenance
            /// Servers missing (warnings only).
            case coverage
        }

        /// How bad it is.
        public var severity: Severity
        /// The file (or provider id) concerned.
        public var file: String
        /// What is wrong.
        public var message: String
        /// Which rule.
        public var rule: Rule

        /// Creates an issue.
        public init(severity: Severity, file: String, message: String, rule: Rule = .format) {
            self.severity = severity
            self.file = file
            self.message = message
            self.rule = rule
        }

        public var description: String { "\(file): \(severity.rawValue): \(message)" }
    }

    /// Optional rules.
    public struct Options: Hashable, Sendable {
        /// The files are curated overlays (`Providers/curated/`): the file and each of its servers, Exchange
        /// services and notes must name a source (a help page, or a data-set entry a maintainer read). Rules about
        /// the merged provider (something to find it by, servers present, the status rule) are left to the check
        /// of the merged files, since an overlay adds to an imported entry.
        public var curated = false
        /// Accept reserved names (`*.test`, `example.com`…) in domains and host names: for fixture directories.
        public var allowReservedNames = false

        /// The defaults: the bundled database's rules.
        public init(curated: Bool = false, allowReservedNames: Bool = false) {
            self.curated = curated
            self.allowReservedNames = allowReservedNames
        }
    }

    /// The rules in force.
    public var options: Options

    /// Creates a checker.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Checks `records`; `fileNames`, when given, must be parallel and are checked against the ids.
    public func check(
        records: [ProviderRecord],
        fileNames: [String]? = nil,
        ignoredMXSuffixes: [String] = []
    ) -> [Issue] {
        var issues: [Issue] = []
        var domainOwner: [String: String] = [:]
        var labelOwner: [String: String] = [:]
        var mxOwner: [String: String] = [:]
        var idOwner: [String: String] = [:]
        let ignored = Set(ignoredMXSuffixes)

        for (offset, record) in records.enumerated() {
            let file = fileNames?[offset] ?? "\(record.id).\(ProviderDirectory.fileExtension)"
            func report(_ message: String, _ severity: Issue.Severity = .error, _ rule: Issue.Rule = .format) {
                issues.append(Issue(severity: severity, file: file, message: message, rule: rule))
            }
            func reserved(_ what: String, _ name: String) {
                guard !options.allowReservedNames, let reason = ReservedNames.reason(for: name) else { return }
                report(
                    "\(what) '\(name)' is a \(reason.rawValue) name (\(reason.reference)); test entries never ship",
                    .error,
                    .reservedName
                )
            }
            func provenanceProblems(_ label: String, _ provenance: Provenance?) {
                for source in provenance?.sources ?? [] where source.isCuratedCitation && source.citationURL == nil {
                    report(
                        "\(label): curated source '\(source)' needs the help page's https:// URL",
                        .error,
                        .provenance
                    )
                }
                let cited =
                    (provenance?.sources ?? []).contains { $0.citationURL != nil }
                    || record.sources.contains { $0.citationURL != nil }
                if (provenance?.checks ?? []).contains(where: { $0.method == .helpPage }) && !cited {
                    report("\(label): 'checked … help-page' without a cited help page", .error, .provenance)
                }
                if options.curated && (provenance?.sources ?? []).isEmpty {
                    report("\(label): a curated fact needs a 'source' line", .error, .provenance)
                }
            }

            if !Self.isValidID(record.id) {
                report("id '\(record.id)' must be lower-case letters, digits, '.', '-' or '_'")
            }
            if let fileNames, fileNames[offset] != "\(record.id).\(ProviderDirectory.fileExtension)" {
                report("file name must be '\(record.id).\(ProviderDirectory.fileExtension)' to match its id")
            }
            if let other = idOwner.updateValue(file, forKey: record.id) {
                report("id '\(record.id)' is also used by \(other)")
            }
            if record.domains.isEmpty && record.mxSuffixes.isEmpty && record.domainLabels.isEmpty && !options.curated {
                report("lists neither a domain nor an MX suffix, so nothing can ever find it")
            }
            if options.curated && record.sources.isEmpty {
                report(
                    "a curated file needs a citation: a 'source = mailconf <help page URL>' line",
                    .error,
                    .provenance
                )
            }
            provenanceProblems("file", Provenance(sources: record.sources, checks: record.checks))
            for domain in record.domains {
                let name = domain.hasPrefix("*.") ? String(domain.dropFirst(2)) : domain
                // A single-label domain is a warning for hosts, but no address can have it: an error here.
                if let problem = Self.hostProblem(name) { report("domain '\(domain)': \(problem.0)") }
                reserved("domain", name)
                if let other = domainOwner.updateValue(file, forKey: domain), other != file {
                    report("domain '\(domain)' is also listed by \(other)")
                }
            }
            for label in record.domainLabels {
                if !Self.isLabel(label) {
                    report("domain-label '\(label)' must be one lower-case label: letters, digits and inner '-'")
                }
                reserved("domain-label", label)
                if let other = labelOwner.updateValue(file, forKey: label), other != file {
                    report("domain-label '\(label)' is also listed by \(other)")
                }
            }
            for suffix in record.mxSuffixes {
                if let problem = Self.hostProblem(suffix) { report("mx '\(suffix)': \(problem.0)", problem.1) }
                reserved("mx", suffix)
                if ignored.contains(suffix) { report("mx '\(suffix)' is on the mx-ignore list") }
                if let other = mxOwner.updateValue(file, forKey: suffix), other != file {
                    report("mx '\(suffix)' is also listed by \(other)")
                }
            }
            if let template = record.mxUsername, let problem = Self.usernameProblem(template) {
                report("mx-username: \(problem)")
            }
            for note in record.notes where !note.isKnown {
                report(
                    "unknown note '\(note.rawValue)'; known: \(ProviderNote.known.map(\.rawValue).joined(separator: ", "))"
                )
            }
            for note in record.notes {
                provenanceProblems("note \(note.rawValue)", record.noteProvenance[note])
            }
            if record.status == .ok, !options.curated, let note = record.notes.first(where: \.requiresPreparation) {
                report(
                    "note '\(note.rawValue)' means the user must act first, so the status must be preparation, not ok",
                    .error,
                    .status
                )
            }
            let blocked = record.notes.contains { $0.blocksDirectAccess }
            if record.servers.isEmpty && record.exchange.isEmpty && !blocked && record.status != .broken
                && !options.curated
            {
                report("has no servers, so offline lookups only say that the provider is known", .warning, .coverage)
            }
            if !record.servers.isEmpty && record.incoming.isEmpty {
                report("has no incoming (IMAP or POP3) server", .warning, .coverage)
            }
            if !record.servers.isEmpty && record.outgoing.isEmpty {
                report("has no outgoing (SMTP) server", .warning, .coverage)
            }
            for (index, server) in record.servers.enumerated() {
                let label = "server \(index + 1) [\(server.protocol.rawValue)] \(server.host)"
                if !(1...65535).contains(server.port) { report("\(label): port \(server.port) is not in 1–65535") }
                let concreteHost = Placeholder.resolve(server.host, domain: "mail-host.invalid")
                if Placeholder.hasPlaceholder(concreteHost) {
                    report("\(label): placeholder left in host name; only \(Placeholder.emailDomain) is allowed there")
                } else if let problem = Self.hostProblem(concreteHost) {
                    report("\(label): host name \(problem.0)", problem.1)
                }
                if !Placeholder.hasPlaceholder(server.host) { reserved("\(label): host", server.host) }
                if let problem = Self.usernameProblem(server.username) { report("\(label): username \(problem)") }
                if server.auth.isEmpty { report("\(label): no auth method") }
                for method in server.auth where !method.isKnown {
                    report("\(label): unknown auth method '\(method.rawValue)'")
                }
                if server.auth.contains(.oauth2) && record.oauth2 == nil {
                    report("\(label): offers oauth2 but the file has no [oauth2] section", .warning)
                }
                provenanceProblems(label, server.provenance)
            }
            for (index, service) in record.exchange.enumerated() {
                let label = "service \(index + 1) [\(service.kind.rawValue)] \(service.url)"
                if let host = service.host {
                    let concrete = Placeholder.resolve(host, domain: "mail-host.invalid")
                    if Placeholder.hasPlaceholder(concrete) {
                        report(
                            "\(label): placeholder left in the URL's host; only \(Placeholder.emailDomain) is allowed"
                        )
                    } else if let problem = Self.hostProblem(concrete) {
                        report("\(label): host name \(problem.0)", problem.1)
                    }
                    if !Placeholder.hasPlaceholder(host) { reserved("\(label): host", host) }
                } else {
                    report("\(label): not an https:// URL with a host name")
                }
                if let problem = Self.usernameProblem(service.username) { report("\(label): username \(problem)") }
                if service.auth.isEmpty { report("\(label): no auth method") }
                for method in service.auth where !method.isKnown {
                    report("\(label): unknown auth method '\(method.rawValue)'")
                }
                provenanceProblems(label, service.provenance)
            }
            if let oauth2 = record.oauth2, let provenance = oauth2.provenance {
                provenanceProblems("[oauth2]", provenance)
            }
        }
        return issues
    }

    /// A provider whose newest check is older than a limit, or that was never checked.
    public struct StaleEntry: Hashable, Sendable {
        /// The provider.
        public var id: String
        /// Its newest check, if it has any.
        public var newestCheck: FactCheck?
        /// Whole days between the newest check and `today`; `nil` when never checked.
        public var ageDays: Int?
    }

    /// The providers whose newest check of any fact (``ProviderRecord/newestCheck``) is more than `days` days
    /// before `today`, or that have no check at all; oldest first, never-checked ones last.
    public static func stale(_ records: [ProviderRecord], olderThan days: Int, today: FactDate) -> [StaleEntry] {
        let entries = records.compactMap { record -> StaleEntry? in
            guard let newest = record.newestCheck else {
                return StaleEntry(id: record.id, newestCheck: nil, ageDays: nil)
            }
            let age = today.daysSince1970 - newest.date.daysSince1970
            return age > days ? StaleEntry(id: record.id, newestCheck: newest, ageDays: age) : nil
        }
        return entries.sorted { a, b in
            switch (a.ageDays, b.ageDays) {
            case (let x?, let y?): x != y ? x > y : a.id < b.id
            case (.some, nil): true
            case (nil, .some): false
            case (nil, nil): a.id < b.id
            }
        }
    }

    private static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.count <= 100
            && id.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_") }
    }

    private static func isLabel(_ label: String) -> Bool {
        !label.isEmpty && label.utf8.count <= 63 && !label.hasPrefix("-") && !label.hasSuffix("-")
            && label.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
    }

    /// Why `name` is not a normalised host name, or `nil`. A single label (`localhost`, a mesh network's name) is
    /// only a warning: such names exist in the data but never reach the public Internet.
    static func hostProblem(_ name: String) -> (String, Issue.Severity)? {
        do {
            let normalised = try EmailAddress.normalise(domain: name)
            return normalised == name ? nil : ("should be written '\(normalised)'", .error)
        } catch .singleLabelDomain {
            return ("is a single label, unusable on the public Internet", .warning)
        } catch {
            return ("is invalid: \(error)", .error)
        }
    }

    private static func usernameProblem(_ template: String) -> String? {
        var rest = template
        for placeholder in Placeholder.all { rest = rest.replacing(placeholder, with: "") }
        return rest.contains("%") ? "'\(template)' holds an unknown placeholder" : nil
    }
}
