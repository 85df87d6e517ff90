import ArgumentParser
import Foundation
import MailConfCore
import MailConfImport

extension MailConf.Providers {
    /// `mailconf providers compile`.
    struct Compile: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Regenerate the compiled-in database source from Providers/ (after editing provider files).",
            discussion: "Rebuild mailconf afterwards. Exit codes: 0 written; 1 a file is invalid; 64 unreadable input."
        )

        static let defaultOutput = "Sources/MailConfProviders/BundledProviderData.swift"

        @Option(name: .long, help: ArgumentHelp("The provider directory.", valueName: "dir"))
        var providers = "Providers"

        @Option(name: .long, help: ArgumentHelp("The Swift file to write.", valueName: "file"))
        var output = defaultOutput

        @OptionGroup var json: JSONOption

        func run() async throws {
            let (count, changed) = try Self.generate(from: providers, to: output)
            if json.json {
                let value: JSONValue = .object([
                    ("output", .string(output)), ("providers", .int(count)), ("changed", .bool(changed)),
                ])
                Terminal.write(value.serialized() + "\n")
            }
        }

        /// Writes the source; returns the provider count and whether the file changed.
        @discardableResult
        static func generate(from providers: String, to output: String) throws -> (Int, Bool) {
            let directory: ProviderDirectory
            do {
                directory = try ProviderDirectory(contentsOf: URL(fileURLWithPath: providers))
            } catch {
                Terminal.error("mailconf: cannot read \(providers): \(error)")
                throw ExitCodes.problems
            }
            let source: String
            do {
                source = try BundledSourceGenerator().source(for: directory)
            } catch {
                Terminal.error("mailconf: \(error)")
                throw ExitCodes.problems
            }
            let url = URL(fileURLWithPath: output)
            if let existing = try? String(contentsOf: url, encoding: .utf8), existing == source {
                Terminal.error("\(output) is up to date (\(directory.records.count) providers)")
                return (directory.records.count, false)
            }
            do {
                try Data(source.utf8).write(to: url, options: .atomic)
            } catch {
                Terminal.error("mailconf: cannot write \(output): \(error)")
                throw ExitCodes.badInput
            }
            Terminal.error("wrote \(output) (\(directory.records.count) providers); rebuild mailconf to use it")
            return (directory.records.count, true)
        }
    }
}
