import ArgumentParser
import MailConfCore
import MailConfNet

extension MailConf {
    /// `mailconf domain DOMAIN`: what each mail client finds, what to publish, how to serve it.
    struct Domain: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Show what each mail client finds for a domain, what DNS records to publish, and how to serve it.",
            discussion: """
                Simulates each client's documented lookup order (Thunderbird, Thunderbird for Android / K-9, \
                Outlook, Apple Mail, Delta Chat, Evolution, KMail; new Outlook is reported as undocumented) against \
                the live domain with MailConf's own fetchers and probes, with each client's rules for statuses, \
                content types, redirects, certificates and documents. Then lists the domain's verified settings, \
                the DNS records that make every client find them (present, missing or different), and the \
                mailconf serve set-up. The clients are given postmaster@DOMAIN unless an address is given.
                Exit codes: 0 every counted client configures automatically with servers that pass their live \
                probe, and the domain's publications agree; 1 some client does not, or they disagree; 2 nothing \
                found; 64 bad input. Apple Mail and new Outlook are not counted: no DNS record changes them.
                """
        )

        /// Output formats.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text
            case json
            case zone
        }

        @Argument(help: "The mail domain (example.com), or an address at it to give the simulated clients.")
        var domain: String

        @Option(
            name: .customLong("client"),
            parsing: .upToNextOption,
            help: ArgumentHelp(
                "Simulate only these clients: thunderbird, thunderbird-android, outlook, outlook-new, apple-mail, delta-chat, evolution, kmail.",
                valueName: "name"
            )
        )
        var clients: [String] = []

        @Option(name: .long, help: ArgumentHelp("Output format: text, json or zone.", valueName: "format"))
        var format: Format = .text

        @Flag(name: .long, help: "Same as --format json.")
        var json = false

        @Option(
            name: .customLong("serve-host"),
            help: ArgumentHelp(
                "The host that runs (or will run) mailconf serve behind TLS; the records point at it (default mailconf.DOMAIN, a suggestion).",
                valueName: "host"
            )
        )
        var serveHost: String?

        @Option(name: .long, help: ArgumentHelp("Seconds for the whole check.", valueName: "seconds"))
        var deadline: Double = 30

        @OptionGroup var language: LanguageOption
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var network: NetworkOptions

        func validate() throws {
            if json && format != .text && format != .json {
                throw ValidationError("--json and --format \(format.rawValue) contradict each other; pick one.")
            }
            guard deadline > 0, deadline <= 600 else {
                throw ValidationError("--deadline must be more than 0 and at most 600 seconds")
            }
            if let serveHost {
                do {
                    let name = try HostName(parsing: serveHost)
                    guard !name.isIPAddress else {
                        throw ValidationError("--serve-host takes a host name, not an address")
                    }
                } catch let error as ValidationError {
                    throw error
                } catch {
                    throw ValidationError("--serve-host '\(serveHost)' is not a host name: \(error)")
                }
            }
            _ = try selectedOrders()
        }

        /// The client orders to simulate.
        private func selectedOrders() throws -> [ClientOrder] {
            let orders: [ClientOrder]
            do {
                orders = try ClientOrder.bundled()
            } catch {
                throw ValidationError("the client lookup orders cannot be read: \(error)")
            }
            guard !clients.isEmpty else { return orders }
            let names = clients.flatMap { $0.split(separator: ",").map(String.init) }
            return try names.map { name in
                guard let order = ClientOrder.named(name, in: orders) else {
                    throw ValidationError(
                        Catalogue.bundled.text(
                            "domain.unknownClient",
                            language.language,
                            ["name": name, "names": orders.map(\.id).joined(separator: ", ")]
                        )
                    )
                }
                return order
            }
        }

        /// The address the simulated clients are given.
        private func address() throws -> EmailAddress {
            do {
                if domain.contains("@") { return try EmailAddress(parsing: domain) }
                let name = try HostName(parsing: domain)
                guard !name.isIPAddress, name.value.contains(".") else {
                    throw EmailAddressError.singleLabelDomain(name.value)
                }
                return EmailAddress.postmaster(of: name.value)
            } catch let error as EmailAddressError {
                let reason = error.localizedDescription(language.language)
                Terminal.error(
                    Catalogue.bundled.text(
                        "domain.badDomain",
                        language.language,
                        ["input": domain, "reason": reason]
                    )
                )
                throw ExitCodes.badInput
            }
        }

        func run() async throws {
            let address = try address()
            let orders = try selectedOrders()
            var options = LiveDiscovery.Options()
            options.dnsServer = network.effectiveDNSServer
            options.caFiles = network.caFiles
            options.stepTimeout = .milliseconds(Int64(network.timeout * 1000))
            let made: (check: DomainCheck, live: LiveDiscovery)
            do {
                made = try LiveDomainCheck.make(
                    database: try database.database(),
                    orders: orders,
                    options: options,
                    deadline: .milliseconds(Int64(deadline * 1000)),
                    serveHost: try serveHost.map { try HostName(parsing: $0).value }
                )
            } catch let error as TrustRoots.LoadError {
                Terminal.error("mailconf: \(error)")
                throw ExitCodes.badInput
            } catch let error as SystemDNSResolver.InvalidServer {
                throw ValidationError("\(error)")
            } catch let error as ExitCode {
                throw error
            } catch {
                Terminal.error("mailconf: cannot set up TLS: \(error)")
                throw ExitCode.failure
            }
            let report = await made.check.run(address: address)
            await made.live.shutdown()

            switch json ? .json : format {
            case .text: Terminal.write(report.text(style: Terminal.stdoutStyle, language: language.language))
            case .json: Terminal.write(report.json.serialized() + "\n")
            case .zone: Terminal.write(report.zone)
            }
            if report.exitCode != 0 { throw ExitCode(report.exitCode) }
        }
    }
}
