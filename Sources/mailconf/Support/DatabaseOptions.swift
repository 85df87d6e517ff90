import ArgumentParser
import Foundation
import MailConfCore
import MailConfNet
import MailConfProviders

/// `--providers DIR`: local provider files layered over the bundled database.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .customLong("providers"),
        help: ArgumentHelp(
            "A directory of provider files (format of Providers/README.md) that override the bundled database.",
            valueName: "dir"
        )
    )
    var providersDirectory: String?

    /// The database to use: bundled, or local over bundled.
    func database() throws -> any ProviderDatabase {
        let bundled = BundledProviderDatabase(isPublicSuffix: PublicSuffix.isICANNSuffix)
        guard let providersDirectory else { return bundled }
        do {
            let local = try ProviderDirectory(contentsOf: URL(fileURLWithPath: providersDirectory))
            return LayeredProviderDatabase(
                local: local.database(isPublicSuffix: PublicSuffix.isICANNSuffix),
                base: bundled
            )
        } catch {
            Terminal.error("mailconf: cannot read provider files in \(providersDirectory): \(error)")
            throw ExitCodes.badInput
        }
    }
}
