import ArgumentParser
import MailConfCore

extension MailConf.Providers {
    /// `mailconf providers list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every provider in the database.")

        @OptionGroup var output: JSONOption
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let providers = try database.database().allProviders()
            if output.json {
                let items = providers.map { record -> JSONValue in
                    .object([
                        ("id", .string(record.id)),
                        ("name", .optional(record.name)),
                        ("status", .string(record.status.rawValue)),
                        ("domains", .array(record.domains.map { .string($0) })),
                        ("mx", .array(record.mxSuffixes.map { .string($0) })),
                        ("servers", .int(record.servers.count)),
                        ("domainLabels", .array(record.domainLabels.map { .string($0) })),
                        ("exchange", .int(record.exchange.count)),
                        ("newestCheck", record.newestCheck?.json ?? .null),
                    ])
                }
                Terminal.write(JSONValue.array(items).serialized() + "\n")
                return
            }
            for record in providers {
                let domains = record.domains.prefix(3).joined(separator: " ")
                let more = record.domains.count > 3 ? " (+\(record.domains.count - 3))" : ""
                let mx = record.mxSuffixes.isEmpty ? "" : "  mx: " + record.mxSuffixes.prefix(2).joined(separator: " ")
                Terminal.write("\(record.id)  \(domains)\(more)\(mx)\n")
            }
            Terminal.error("\(providers.count) providers, \(providers.reduce(0) { $0 + $1.domains.count }) domains")
        }
    }
}
