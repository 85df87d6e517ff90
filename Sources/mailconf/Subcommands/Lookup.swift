import ArgumentParser
import MailConfCore

extension MailConf {
    /// `mailconf lookup EMAIL`: the settings for an address.
    struct Lookup: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the mail settings for an email address.",
            discussion: """
                Answers from the provider database compiled into mailconf (plus --providers files). Network \
                discovery and live verification are not part of this build yet, so every server is reported \
                'unverified'; --offline is accepted and keeps that behaviour once they are.
                Exit codes: 0 settings found; 2 no settings found (a hint follows on stderr); 64 bad input.
                """
        )

        /// Output formats.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text
            case json
            case autoconfig
            case autodiscover
            case mobileconfig
        }

        @Argument(help: "The email address, e.g. alice@example.com or 'Alice <alice@example.com>'.")
        var email: String

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Output format: text, json, autoconfig (Thunderbird XML), autodiscover (Outlook XML), mobileconfig (Apple).",
                valueName: "format"
            )
        )
        var format: Format = .text

        @Flag(name: .long, help: "Same as --format json.")
        var json = false

        @Flag(name: .long, help: "Use the provider database only; never touch the network.")
        var offline = false

        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            if json && format != .text && format != .json {
                throw ValidationError("--json and --format \(format.rawValue) contradict each other; pick one.")
            }
        }

        func run() async throws {
            let address: EmailAddress
            do {
                address = try EmailAddress(parsing: email)
            } catch {
                Terminal.error("mailconf: '\(email)' is not a usable address: \(error)")
                throw ExitCodes.badInput
            }
            let resolver = Resolver(sources: [DatabaseSource(database: try database.database())])
            let result = await resolver.lookup(address)
            let format = json ? .json : format

            switch format {
            case .text:
                Terminal.write(result.text(style: Terminal.stdoutStyle))
            case .json:
                Terminal.write(result.json.serialized() + "\n")
            case .autoconfig where result.found:
                Terminal.write(ClientConfig(account: result.config, domain: address.domain).xml)
            case .autodiscover where result.found:
                Terminal.write(AutodiscoverResponse(account: result.config, displayName: address.address).xml)
            case .mobileconfig where result.found:
                guard let profile = MobileConfigProfile(address: address, account: result.config) else {
                    Terminal.error("mailconf: \(address.domain) lacks an incoming or an outgoing server for a profile")
                    throw ExitCodes.notFound
                }
                Terminal.write(profile.xml)
            case .autoconfig, .autodiscover, .mobileconfig:
                break
            }
            guard result.found else {
                Terminal.error("mailconf: \(result.hint)")
                throw ExitCodes.notFound
            }
        }
    }
}
