import ArgumentParser
import MailConfCore

extension MailConf.Providers {
    /// `mailconf providers show DOMAIN`.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one provider, each fact with its source and dates; found by domain, id or MX host name.",
            discussion: """
                Prints the provider's file: every section (servers, Exchange services, notes, OAuth 2.0 endpoints, \
                the provider as a whole) with its 'source' lines (data set and date, or help page) and 'checked' \
                dates. --facts prints the same as a list of facts with their sources. Text is in English (a \
                maintenance command).
                Exit codes: 0 shown; 2 no such provider; 64 bad input.
                """
        )

        @Argument(help: "A domain (gmail.com), a provider id, or an MX host name (aspmx.l.google.com).")
        var name: String

        @Flag(name: .long, help: "Print a list of facts, each with its sources and check dates, instead of the file.")
        var facts = false

        @OptionGroup var output: JSONOption
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let database = try database.database()
            let key: String
            do {
                key = try EmailAddress.normalise(domain: name)
            } catch {
                key = name.lowercased()
            }
            var record = database.provider(forDomain: key)
            var how = "domain"
            if record == nil {
                record = database.allProviders().first { $0.id == key }
                how = "id"
            }
            if record == nil, case .provider(let match, let suffix) = database.provider(forMXHost: key) {
                record = match
                how = "mx suffix \(suffix)"
            }
            guard let record else {
                if case .ignored(let suffix) = database.provider(forMXHost: key) {
                    Terminal.error(
                        "mailconf: \(key) is a forwarding or filtering service (\(suffix)), not a mailbox provider"
                    )
                } else {
                    Terminal.error("mailconf: no provider for '\(name)'")
                }
                throw ExitCodes.notFound
            }
            if output.json {
                Terminal.write(Self.json(record, matchedBy: how).serialized() + "\n")
            } else if facts {
                Terminal.write(Self.text(record, matchedBy: how))
            } else {
                Terminal.write(record.fileText)
            }
        }

        static func json(_ record: ProviderRecord, matchedBy how: String) -> JSONValue {
            var oauth: JSONValue = .null
            if let oauth2 = record.oauth2 {
                oauth = .object([
                    ("issuer", .string(oauth2.issuer)),
                    ("scope", .string(oauth2.scope)),
                    ("authURL", .string(oauth2.authURL)),
                    ("tokenURL", .string(oauth2.tokenURL)),
                    ("provenance", oauth2.provenance?.json ?? .null),
                ])
            }
            return .object([
                ("id", .string(record.id)),
                ("matchedBy", .string(how)),
                ("name", .optional(record.name)),
                ("status", .string(record.status.rawValue)),
                ("sources", .array(record.sources.map { .string($0.description) })),
                ("provenance", Provenance(sources: record.sources, checks: record.checks).json),
                ("newestCheck", record.newestCheck?.json ?? .null),
                ("domains", .array(record.domains.map { .string($0) })),
                ("domainLabels", .array(record.domainLabels.map { .string($0) })),
                ("mx", .array(record.mxSuffixes.map { .string($0) })),
                ("notes", .array(record.notes.map { $0.json(provenance: record.noteProvenance[$0]) })),
                ("servers", .array(record.servers.map(\.json))),
                ("exchange", .array(record.exchange.map(\.json))),
                ("oauth2", oauth),
            ])
        }

        static func text(_ record: ProviderRecord, matchedBy how: String) -> String {
            var lines = ["\(record.id)" + (record.name.map { " — \($0)" } ?? "") + " (matched by \(how))"]
            func facts(_ provenance: Provenance?, indent: String = "      ") -> [String] {
                guard let provenance, !provenance.isEmpty else { return [indent + "source: not recorded"] }
                var result = provenance.sources.map { indent + "source: " + describe($0) }
                result += provenance.checks.map { indent + "checked: \($0)" }
                return result
            }
            lines.append("  status: \(record.status.rawValue)")
            lines += facts(Provenance(sources: record.sources, checks: record.checks), indent: "    ")
            if let newest = record.newestCheck { lines.append("  newest check: \(newest)") }
            lines.append("  domains: " + (record.domains.isEmpty ? "none" : record.domains.joined(separator: " ")))
            if !record.domainLabels.isEmpty {
                lines.append(
                    "  domain labels (any public suffix): " + record.domainLabels.joined(separator: " ")
                )
            }
            if !record.mxSuffixes.isEmpty { lines.append("  mx: " + record.mxSuffixes.joined(separator: " ")) }
            for note in record.notes {
                lines.append("  note \(note.rawValue): \(note.message)")
                lines += facts(record.noteProvenance[note])
            }
            for server in record.servers {
                let auth = server.auth.map(\.rawValue).joined(separator: ",")
                lines.append(
                    "  [\(server.protocol.rawValue)] \(server.host):\(server.port) \(server.security.rawValue) "
                        + "auth \(auth) user \(server.username)"
                )
                lines += facts(server.provenance)
            }
            for service in record.exchange {
                let auth = service.auth.map(\.rawValue).joined(separator: ",")
                lines.append("  [\(service.kind.rawValue)] \(service.url) auth \(auth) user \(service.username)")
                lines += facts(service.provenance)
            }
            if let oauth2 = record.oauth2 {
                lines.append("  [oauth2] \(oauth2.issuer) scope \(oauth2.scope)")
                lines += facts(oauth2.provenance)
            }
            return lines.joined(separator: "\n") + "\n"
        }

        private static func describe(_ source: FactSource) -> String {
            if let url = source.citationURL { return "help page \(url)" }
            let date = source.date.map { " (\($0))" } ?? ""
            return "\(source.dataSet)\(date)" + (source.reference.map { " \($0)" } ?? "")
        }
    }
}
