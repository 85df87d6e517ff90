/// Validates a set of provider records as `mailconf providers check` does: each file on its own, then the set
/// (no domain or MX suffix claimed twice).
public struct ProviderCheck: Sendable {
    /// One problem found.
    public struct Issue: Hashable, Sendable, CustomStringConvertible {
        /// `error` fails the check; `warning` is reported only.
        public enum Severity: String, Hashable, Sendable {
            case error
            case warning
        }

        /// How bad it is.
        public var severity: Severity
        /// The file (or provider id) concerned.
        public var file: String
        /// What is wrong.
        public var message: String

        public var description: String { "\(file): \(severity.rawValue): \(message)" }
    }

    /// Creates a checker.
    public init() {}

    /// Checks `records`; `fileNames`, when given, must be parallel and are checked against the ids.
    public func check(
        records: [ProviderRecord],
        fileNames: [String]? = nil,
        ignoredMXSuffixes: [String] = []
    ) -> [Issue] {
        var issues: [Issue] = []
        var domainOwner: [String: String] = [:]
        var mxOwner: [String: String] = [:]
        var idOwner: [String: String] = [:]
        let ignored = Set(ignoredMXSuffixes)

        for (offset, record) in records.enumerated() {
            let file = fileNames?[offset] ?? "\(record.id).\(ProviderDirectory.fileExtension)"
            func report(_ message: String, _ severity: Issue.Severity = .error) {
                issues.append(Issue(severity: severity, file: file, message: message))
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
            if record.domains.isEmpty && record.mxSuffixes.isEmpty {
                report("lists neither a domain nor an MX suffix, so nothing can ever find it")
            }
            for domain in record.domains {
                let name = domain.hasPrefix("*.") ? String(domain.dropFirst(2)) : domain
                if let problem = Self.hostProblem(name) { report("domain '\(domain)': \(problem.0)", problem.1) }
                if let other = domainOwner.updateValue(file, forKey: domain), other != file {
                    report("domain '\(domain)' is also listed by \(other)")
                }
            }
            for suffix in record.mxSuffixes {
                if let problem = Self.hostProblem(suffix) { report("mx '\(suffix)': \(problem.0)", problem.1) }
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
            let blocked = record.notes.contains { $0.blocksDirectAccess }
            if record.servers.isEmpty && !blocked && record.status != .broken {
                report("has no servers, so offline lookups for its domains find nothing", .warning)
            }
            if !record.servers.isEmpty && record.incoming.isEmpty {
                report("has no incoming (IMAP or POP3) server", .warning)
            }
            if !record.servers.isEmpty && record.outgoing.isEmpty {
                report("has no outgoing (SMTP) server", .warning)
            }
            for (index, server) in record.servers.enumerated() {
                let label = "server \(index + 1) [\(server.protocol.rawValue)] \(server.host)"
                if !(1...65535).contains(server.port) { report("\(label): port \(server.port) is not in 1–65535") }
                let concreteHost = Placeholder.resolve(server.host, domain: "example.com")
                if Placeholder.hasPlaceholder(concreteHost) {
                    report("\(label): placeholder left in host name; only \(Placeholder.emailDomain) is allowed there")
                } else if let problem = Self.hostProblem(concreteHost) {
                    report("\(label): host name \(problem.0)", problem.1)
                }
                if let problem = Self.usernameProblem(server.username) { report("\(label): username \(problem)") }
                if server.auth.isEmpty { report("\(label): no auth method") }
                for method in server.auth where !method.isKnown {
                    report("\(label): unknown auth method '\(method.rawValue)'")
                }
                if server.auth.contains(.oauth2) && record.oauth2 == nil {
                    report("\(label): offers oauth2 but the file has no [oauth2] section", .warning)
                }
            }
        }
        return issues
    }

    private static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.count <= 100
            && id.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_") }
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
