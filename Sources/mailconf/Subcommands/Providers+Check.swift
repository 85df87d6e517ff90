import ArgumentParser
import Foundation
import MailConfCore
import MailConfProviders

extension MailConf.Providers {
    /// `mailconf providers check`.
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate provider files: syntax, ports, host names, placeholders, duplicate domains.",
            discussion: """
                Checks the directory given, else ./Providers when it exists, else the bundled database.
                Exit codes: 0 no errors (warnings may be printed); 1 errors found; 64 unreadable input.
                """
        )

        @Argument(help: ArgumentHelp("The provider directory to check.", valueName: "dir"))
        var directory: String?

        @Flag(name: .long, help: "Also fail on warnings.")
        var strict = false

        @OptionGroup var output: JSONOption

        func run() async throws {
            let records: [ProviderRecord]
            let fileNames: [String]?
            let ignored: [String]
            let what: String
            let path = directory ?? (FileManager.default.fileExists(atPath: "Providers") ? "Providers" : nil)
            if let path {
                do {
                    let loaded = try ProviderDirectory(contentsOf: URL(fileURLWithPath: path))
                    records = loaded.records
                    fileNames = loaded.fileNames
                    ignored = loaded.ignoredMXSuffixes
                } catch let error as ProviderDirectoryError {
                    Terminal.write(error.description + "\n")
                    Terminal.error("mailconf: \(error.errors.count) provider files cannot be read")
                    throw ExitCodes.problems
                } catch {
                    Terminal.error("mailconf: cannot read \(path): \(error)")
                    throw ExitCodes.badInput
                }
                what = path
            } else {
                let bundled = BundledProviderDatabase()
                records = bundled.allProviders()
                fileNames = nil
                ignored = bundled.ignoredMXSuffixes
                what = "the bundled database"
            }
            let issues = ProviderCheck().check(records: records, fileNames: fileNames, ignoredMXSuffixes: ignored)
            let errors = issues.filter { $0.severity == .error }.count
            let warnings = issues.count - errors
            if output.json {
                let value: JSONValue = .object([
                    ("checked", .string(what)),
                    ("providers", .int(records.count)),
                    ("errors", .int(errors)),
                    ("warnings", .int(warnings)),
                    (
                        "issues",
                        .array(
                            issues.map {
                                .object([
                                    ("severity", .string($0.severity.rawValue)),
                                    ("file", .string($0.file)),
                                    ("message", .string($0.message)),
                                ])
                            }
                        )
                    ),
                ])
                Terminal.write(value.serialized() + "\n")
            } else {
                for issue in issues { Terminal.write(issue.description + "\n") }
                Terminal.error("checked \(records.count) providers in \(what): \(errors) errors, \(warnings) warnings")
            }
            if errors > 0 || (strict && warnings > 0) { throw ExitCodes.problems }
        }
    }
}
