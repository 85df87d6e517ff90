import ArgumentParser
import Foundation
import MailConfCore
import MailConfImport

extension MailConf.Providers {
    /// `mailconf providers import`.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rebuild Providers/ from the public data sets and Providers/curated/.",
            discussion: """
                Reads the Thunderbird ISPDB, Delta Chat, MailCore2 and K-9 data, merges them by domain (precedence: \
                curated, ISPDB, Delta Chat, MailCore2, K-9), prints the conflict report, writes one file per \
                provider, then regenerates the compiled-in database source. Run from the repository root. Every fact \
                records its data set and that set's version date, read from the data directory's SOURCES.md (or \
                --data-date); live-probe checks already in the output files are kept.
                Exit codes: 0 done; 1 a domain would be lost, a curated file lacks a citation, or a file fails the \
                check; 64 unreadable input or a data set without a date.
                """
        )

        @Option(name: .long, help: ArgumentHelp("The public data sets.", valueName: "dir"))
        var data = "../shared/provider-data"

        @Option(name: .long, help: ArgumentHelp("Where provider files are written.", valueName: "dir"))
        var output = "Providers"

        @Option(name: .long, help: ArgumentHelp("Curated provider files (default: OUTPUT/curated).", valueName: "dir"))
        var curated: String?

        @Option(
            name: .customLong("swift-output"),
            help: ArgumentHelp("The generated Swift source to refresh.", valueName: "file")
        )
        var swiftOutput = Compile.defaultOutput

        @Flag(name: .long, help: "Print only the summary, not every conflict and skipped entry.")
        var quiet = false

        @Option(
            name: .customLong("data-date"),
            help: ArgumentHelp(
                "A data set's version date, SET=YYYY-MM-DD (ispdb, deltachat, mailcore2, k9), over SOURCES.md's.",
                valueName: "set=date"
            )
        )
        var dataDates: [String] = []

        @OptionGroup var format: JSONOption

        /// The dates from SOURCES.md with `--data-date` over them; every data set must have one.
        private func dates() throws -> [ImportSource: FactDate] {
            var dates = ProviderImport.manifestDates(in: URL(fileURLWithPath: data))
            for item in dataDates {
                let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2, let source = ImportSource(rawValue: parts[0].lowercased()),
                    source != .curated, let date = FactDate(parsing: parts[1])
                else {
                    Terminal.error("mailconf: --data-date takes SET=YYYY-MM-DD (ispdb, deltachat, mailcore2, k9)")
                    throw ExitCodes.badInput
                }
                dates[source] = date
            }
            let missing = ImportSource.allCases.filter { $0 != .curated && dates[$0] == nil }
            guard missing.isEmpty else {
                Terminal.error(
                    "mailconf: no version date for \(missing.map(\.tag).joined(separator: ", ")): add it to "
                        + "\(data)/SOURCES.md or pass --data-date"
                )
                throw ExitCodes.badInput
            }
            return dates
        }

        func run() async throws {
            let outputURL = URL(fileURLWithPath: output)
            let run = ProviderImport(
                dataDirectory: URL(fileURLWithPath: data),
                curatedDirectory: URL(fileURLWithPath: curated ?? outputURL.appendingPathComponent("curated").path),
                dataSetDates: try dates(),
                previous: try? ProviderDirectory(contentsOf: outputURL)
            )
            let result: (providers: [ProviderRecord], report: ProviderImport.Report)
            do {
                result = try run.run()
            } catch {
                Terminal.error("mailconf: cannot read the data sets in \(data): \(error)")
                throw ExitCodes.badInput
            }
            if format.json {
                Terminal.write(Self.json(result.report).serialized() + "\n")
            } else {
                let text = result.report.text
                let summary = text.components(separatedBy: "\n\n").first ?? text
                Terminal.write(quiet ? summary + "\n" : text)
            }
            guard result.report.isLossless else {
                Terminal.error("mailconf: the merge would lose domains; nothing written")
                throw ExitCodes.problems
            }
            guard result.report.curatedFilesAreValid else {
                Terminal.error("mailconf: curated files fail their check (see above); nothing written")
                throw ExitCodes.problems
            }
            let ignored =
                (try? String(
                    contentsOf: outputURL.appendingPathComponent(ProviderDirectory.ignoreListName),
                    encoding: .utf8
                ))
                .map(ProviderDirectory.parseIgnoreList) ?? []
            let issues = ProviderCheck().check(records: result.providers, ignoredMXSuffixes: ignored)
            for issue in issues { Terminal.error(issue.description) }
            guard !issues.contains(where: { $0.severity == .error }) else {
                Terminal.error("mailconf: the merged data fails the check; nothing written")
                throw ExitCodes.problems
            }
            try ProviderImport.write(result.providers, to: outputURL)
            Terminal.error("wrote \(result.providers.count) provider files to \(output)")
            try Compile.generate(from: output, to: swiftOutput)
        }

        static func json(_ report: ProviderImport.Report) -> JSONValue {
            .object([
                (
                    "sources",
                    .array(
                        report.sources.map {
                            .object([
                                ("source", .string($0.source.tag)),
                                ("entries", .int($0.entries)),
                                ("domains", .int($0.domains)),
                                ("lostDomains", .array($0.lostDomains.map { .string($0) })),
                                ("reservedDomains", .array($0.reservedDomains.map { .string($0) })),
                            ])
                        }
                    )
                ),
                ("providers", .int(report.providerCount)),
                ("domains", .int(report.domainCount)),
                ("providersWithMX", .int(report.providersWithMX)),
                (
                    "conflicts",
                    .array(
                        report.conflicts.map {
                            .object([
                                ("provider", .string($0.providerID)),
                                ("entry", .string($0.entry)),
                                ("message", .string($0.message)),
                            ])
                        }
                    )
                ),
                ("skipped", .array(report.skipped.map { .string($0.description) })),
                ("curatedIssues", .array(report.curatedIssues.map { .string($0.description) })),
            ])
        }
    }
}
