import ArgumentParser
import MailConfCore
import MailConfNet

extension MailConf {
    /// `mailconf lookup EMAIL`: the settings for an address.
    struct Lookup: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the mail settings for an email address.",
            discussion: """
                Asks every source at once — the bundled provider database (and --providers files), the domain's MX \
                hosts against it, the domain's own autoconfig, DNS SRV records — then guesses host names for what \
                is still missing, then probes every candidate live: reachable, TLS or STARTTLS working, certificate \
                valid for the host name, the needed AUTH mechanisms offered after TLS. All within --deadline.
                Exit codes: 0 settings found; 2 no usable settings found (a hint follows on stderr); 64 bad input.
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

        @Flag(name: .customLong("no-verify"), help: "Do not probe the servers found (they are reported unverified).")
        var noVerify = false

        @Option(
            name: .long,
            help: ArgumentHelp("Seconds for the whole lookup (sources, guesses, probes).", valueName: "seconds")
        )
        var deadline: Double = 10

        @Option(
            name: .long,
            help: ArgumentHelp("Rank this incoming protocol first: imap (default) or pop3.", valueName: "protocol")
        )
        var prefer: String = "imap"

        @Flag(name: .long, help: .hidden)
        var sequential = false

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Print the settings as this mail program's manual-setup steps: thunderbird, outlook, apple-mail, kmail, evolution, claws-mail, gmail-app, eudora.",
                valueName: "client"
            )
        )
        var client: String?

        @OptionGroup var language: LanguageOption
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var network: NetworkOptions

        func validate() throws {
            if json && format != .text && format != .json {
                throw ValidationError("--json and --format \(format.rawValue) contradict each other; pick one.")
            }
            guard deadline > 0, deadline <= 300 else {
                throw ValidationError("--deadline must be between 0 and 300 seconds")
            }
            guard ["imap", "pop3"].contains(prefer.lowercased()) else {
                throw ValidationError("--prefer takes imap or pop3")
            }
            if client != nil && format != .text && format != .json {
                throw ValidationError(
                    "--client prints steps as text or JSON; it does not go with --format \(format.rawValue)"
                )
            }
            _ = try clientProfile()
        }

        /// The profile `--client` names (`nil` without the option).
        private func clientProfile() throws -> ClientProfile? {
            guard let client else { return nil }
            let profiles: [ClientProfile]
            do {
                profiles = try ClientProfile.bundled()
            } catch {
                throw ValidationError("the client guides cannot be read: \(error)")
            }
            guard let profile = ClientProfile.named(client, in: profiles) else {
                let names = profiles.map(\.id).joined(separator: ", ")
                throw ValidationError("unknown client '\(client)'; choose one of: \(names)")
            }
            return profile
        }

        func run() async throws {
            let address: EmailAddress
            do {
                address = try EmailAddress(parsing: email)
            } catch {
                let reason = error.localizedDescription(language.language)
                Terminal.error(
                    Catalogue.bundled.text("lookup.badAddress", language.language, ["input": email, "reason": reason])
                )
                throw ExitCodes.badInput
            }
            let result = try await discover(address)
            let format = json ? .json : format

            let language = self.language.language
            let guide = try clientProfile().map { profile in
                ClientGuide(profile: profile, config: result.config, address: address, language: language)
            }

            switch format {
            case .text where result.found && guide != nil:
                Terminal.write(guide?.text(address: address, style: Terminal.stdoutStyle) ?? "")
            case .text:
                Terminal.write(result.text(style: Terminal.stdoutStyle, language: language))
            case .json:
                var json = result.json
                if let guide, case .object(var fields) = json {
                    fields.append(("guide", guide.json))
                    json = .object(fields)
                }
                Terminal.write(json.serialized() + "\n")
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
                Terminal.error("mailconf: \(result.hint(language))")
                throw ExitCodes.notFound
            }
            // The text table and guides say it already; other formats would hide it.
            if format != .text {
                for gap in result.gaps(language) { Terminal.error("mailconf: warning: \(gap)") }
            }
        }

        private func discover(_ address: EmailAddress) async throws -> LookupResult {
            var options = DiscoveryOptions()
            options.deadline = .milliseconds(Int64(deadline * 1000))
            options.verify = !noVerify
            options.preferPOP3 = prefer.lowercased() == "pop3"
            options.sequential = sequential
            let database = try self.database.database()
            guard !offline else {
                return await Discovery.offline(database: database, options: options).lookup(address)
            }
            let live = try network.liveDiscovery(database: database, options: options)
            let discovery = live.discovery
            let showProgress = Terminal.stderrIsTTY && format == .text && !json
            let result = await discovery.lookup(address) { event in
                guard showProgress else { return }
                switch event {
                case .source(let attempt):
                    Terminal.error("  \(attempt.kind.rawValue) \(attempt.status.rawValue): \(attempt.query)")
                case .verified(let server):
                    Terminal.error(
                        "  probe \(server.host):\(server.port) \(server.security.rawValue): \(server.verification.status.rawValue)"
                    )
                }
            }
            await live.shutdown()
            return result
        }
    }
}
