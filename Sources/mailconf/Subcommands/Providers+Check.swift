import ArgumentParser
import Foundation
import MailConfCore
import MailConfProviders

extension MailConf.Providers {
    /// `mailconf providers check`.
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate provider files: syntax, names, provenance, the status rule; list stale entries.",
            discussion: """
                Checks the directory given, else ./Providers (and ./Providers/curated as curated files) when it \
                exists, else the bundled database. Rules: syntax, ports, host names and placeholders, no domain, \
                label or MX suffix twice, no reserved or special-use name (RFC 2606, 6761, 6762, 7686, 8375, 9476), \
                a note that requires preparation (app-password, enable-imap, admin-must-enable) needs status \
                preparation, a curated source needs its help page's https:// URL, and curated files (--curated) must \
                name a source for the file and for each server, service and note.
                --stale DAYS also lists the providers whose newest check of any fact is older than DAYS, or that \
                were never checked (listed, not errors).
                Exit codes: 0 no errors (warnings may be printed); 1 errors found (or warnings with --strict, or \
                stale entries with --strict and --stale); 64 unreadable input.
                """
        )

        @Argument(help: ArgumentHelp("The provider directory to check.", valueName: "dir"))
        var directory: String?

        @Flag(name: .long, help: "Also fail on warnings (and on stale entries with --stale).")
        var strict = false

        @Flag(name: .long, help: "The directory holds curated files: every fact must name its source.")
        var curated = false

        @Flag(name: .customLong("allow-reserved"), help: "Accept reserved names (*.test…), for fixture directories.")
        var allowReserved = false

        @Option(
            name: .long,
            help: ArgumentHelp("List entries whose newest check is older than this.", valueName: "days")
        )
        var stale: Int?

        @Option(name: .long, help: .hidden)
        var today: String?

        @OptionGroup var output: JSONOption

        func validate() throws {
            if let stale, stale < 0 { throw ValidationError("--stale takes a number of days, 0 or more") }
            if let today, FactDate(parsing: today)?.day == nil {
                throw ValidationError("--today takes YYYY-MM-DD")
            }
        }

        private struct Target {
            var what: String
            var records: [ProviderRecord]
            var fileNames: [String]?
            var ignored: [String]
            var curated: Bool
        }

        private func load(_ path: String, curated: Bool) throws -> Target {
            do {
                let loaded = try ProviderDirectory(contentsOf: URL(fileURLWithPath: path))
                return Target(
                    what: path,
                    records: loaded.records,
                    fileNames: loaded.fileNames,
                    ignored: loaded.ignoredMXSuffixes,
                    curated: curated
                )
            } catch let error as ProviderDirectoryError {
                Terminal.write(error.description + "\n")
                Terminal.error("mailconf: \(error.errors.count) provider files cannot be read")
                throw ExitCodes.problems
            } catch {
                Terminal.error("mailconf: cannot read \(path): \(error)")
                throw ExitCodes.badInput
            }
        }

        func run() async throws {
            var targets: [Target] = []
            if let directory {
                targets.append(try load(directory, curated: curated))
            } else if FileManager.default.fileExists(atPath: "Providers") {
                targets.append(try load("Providers", curated: false))
                if FileManager.default.fileExists(atPath: "Providers/curated") {
                    targets.append(try load("Providers/curated", curated: true))
                }
            } else {
                let bundled = BundledProviderDatabase()
                targets.append(
                    Target(
                        what: "the bundled database",
                        records: bundled.allProviders(),
                        fileNames: nil,
                        ignored: bundled.ignoredMXSuffixes,
                        curated: false
                    )
                )
            }
            var issues: [ProviderCheck.Issue] = []
            for target in targets {
                let options = ProviderCheck.Options(curated: target.curated, allowReservedNames: allowReserved)
                let found = ProviderCheck(options: options).check(
                    records: target.records,
                    fileNames: target.fileNames,
                    ignoredMXSuffixes: target.ignored
                )
                issues +=
                    target.curated
                    ? found.map { issue in
                        var issue = issue
                        issue.file = "curated/" + issue.file
                        return issue
                    } : found
            }
            let main = targets[0]
            let todayDate = today.flatMap(FactDate.init(parsing:)) ?? Self.today()
            let staleEntries = stale.map { ProviderCheck.stale(main.records, olderThan: $0, today: todayDate) } ?? []
            let errors = issues.filter { $0.severity == .error }.count
            let warnings = issues.count - errors
            if output.json {
                var fields: [(String, JSONValue)] = [
                    ("checked", .string(targets.map(\.what).joined(separator: ", "))),
                    ("providers", .int(main.records.count)),
                    ("errors", .int(errors)),
                    ("warnings", .int(warnings)),
                    (
                        "issues",
                        .array(
                            issues.map {
                                .object([
                                    ("severity", .string($0.severity.rawValue)),
                                    ("rule", .string($0.rule.rawValue)),
                                    ("file", .string($0.file)),
                                    ("message", .string($0.message)),
                                ])
                            }
                        )
                    ),
                ]
                if let stale {
                    fields.append(("staleDays", .int(stale)))
                    fields.append(("today", .string(todayDate.description)))
                    fields.append(
                        (
                            "stale",
                            .array(
                                staleEntries.map {
                                    .object([
                                        ("id", .string($0.id)),
                                        ("newestCheck", $0.newestCheck?.json ?? .null),
                                        ("ageDays", $0.ageDays.map { .int($0) } ?? .null),
                                    ])
                                }
                            )
                        )
                    )
                }
                Terminal.write(JSONValue.object(fields).serialized() + "\n")
            } else {
                for issue in issues { Terminal.write(issue.description + "\n") }
                for entry in staleEntries {
                    if let newest = entry.newestCheck, let age = entry.ageDays {
                        Terminal.write("\(entry.id): stale: newest check \(newest) (\(age) days ago)\n")
                    } else {
                        Terminal.write("\(entry.id): stale: never checked\n")
                    }
                }
                let what = targets.map(\.what).joined(separator: " and ")
                var summary =
                    "checked \(main.records.count) providers in \(what): \(errors) errors, \(warnings) warnings"
                if let stale { summary += ", \(staleEntries.count) stale (no check in \(stale) days)" }
                Terminal.error(summary)
            }
            if errors > 0 || (strict && (warnings > 0 || !staleEntries.isEmpty)) { throw ExitCodes.problems }
        }

        /// Today's date in UTC.
        static func today() -> FactDate {
            FactDate.day(secondsSince1970: Date().timeIntervalSince1970)
        }
    }
}
