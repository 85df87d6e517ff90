import ArgumentParser
import MailConfCore

extension MailConf.Providers {
    /// `mailconf providers show DOMAIN`.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one provider's file, found by domain, provider id or MX host name.",
            discussion: "Exit codes: 0 shown; 2 no such provider; 64 bad input."
        )

        @Argument(help: "A domain (gmail.com), a provider id, or an MX host name (aspmx.l.google.com).")
        var name: String

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
                let value: JSONValue = .object([
                    ("id", .string(record.id)),
                    ("matchedBy", .string(how)),
                    ("name", .optional(record.name)),
                    ("status", .string(record.status.rawValue)),
                    ("sources", .array(record.sources.map { .string($0) })),
                    ("domains", .array(record.domains.map { .string($0) })),
                    ("mx", .array(record.mxSuffixes.map { .string($0) })),
                    ("notes", .array(record.notes.map(\.json))),
                    ("servers", .array(record.servers.map(\.json))),
                ])
                Terminal.write(value.serialized() + "\n")
            } else {
                Terminal.write(record.fileText)
            }
        }
    }
}
