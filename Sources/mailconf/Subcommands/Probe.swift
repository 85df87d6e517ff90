import ArgumentParser
import MailConfCore

extension MailConf {
    /// `mailconf probe HOST`: what each mail port of a server really does.
    struct Probe: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Probe a mail server's ports in parallel: reachability, TLS, certificate, capabilities, AUTH.",
            discussion: """
                By default probes smtp (25), submission (587), submissions (465), imap (143), imaps (993), pop3 (110) \
                and pop3s (995). No credentials are ever sent.
                Exit codes: 0 every reachable service is healthy; 1 findings of high severity; 2 nothing reachable; \
                64 bad input.
                """
        )

        @Argument(help: "The server's host name (checked against certificates) or IP address.")
        var host: String

        @Option(
            name: .customLong("service"),
            help: ArgumentHelp(
                "A service to probe, NAME[:PORT], e.g. submission:10587 (repeatable): smtp, submission, submissions, imap, imaps, pop3, pop3s.",
                valueName: "name[:port]"
            )
        )
        var services: [String] = []

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Connect to ADDR while checking certificates for HOST, like curl's --resolve.",
                valueName: "host:addr"
            )
        )
        var resolve: String?

        @Flag(
            name: .customLong("tls-versions"),
            inversion: .prefixedNo,
            help: "Check which TLS versions (1.0 to 1.3) each TLS service accepts, on extra connections."
        )
        var tlsVersions = true

        @OptionGroup var network: NetworkOptions
        @OptionGroup var output: JSONOption
        @OptionGroup var language: LanguageOption

        func validate() throws {
            _ = try parsedHost()
            _ = try parsedServices()
            _ = try parsedResolve()
        }

        private func parsedHost() throws -> HostName {
            do {
                return try HostName(parsing: host)
            } catch {
                throw ValidationError("'\(host)' is not a host name or IP address: \(error)")
            }
        }

        private func parsedServices() throws -> [MailService] {
            guard !services.isEmpty else { return MailService.standard }
            return try services.map { text in
                do {
                    return try MailService(parsing: text)
                } catch {
                    throw ValidationError("\(error)")
                }
            }
        }

        private func parsedResolve() throws -> String? {
            guard let resolve else { return nil }
            guard let colon = resolve.firstIndex(of: ":") else {
                throw ValidationError("--resolve takes HOST:ADDR, e.g. mail.example.com:192.0.2.10")
            }
            let name = try HostName(parsing: String(resolve[..<colon]))
            let address = try HostName(parsing: String(resolve[resolve.index(after: colon)...]))
            guard address.isIPAddress else {
                throw ValidationError("--resolve: '\(address)' is not an IP address")
            }
            guard name == (try parsedHost()) else {
                throw ValidationError("--resolve names \(name), but the host probed is \(host)")
            }
            return address.value
        }

        func run() async throws {
            let host = try parsedHost()
            let services = try parsedServices()
            let address = try parsedResolve()
            var options = network.probeOptions
            options.checkTLSVersions = tlsVersions
            let engine = ProbeEngine(prober: ServiceProber(connector: try network.connector(), options: options))
            let showProgress = Terminal.stderrIsTTY && !output.json
            if showProgress { Terminal.error("probing \(services.count) services of \(host)…") }
            let report = await engine.probe(host: host.value, services: services, address: address) { result in
                guard showProgress else { return }
                Terminal.error(
                    "  \(result.service.name):\(result.service.port) \(result.localizedVerdict(language.language)) "
                        + "(\(LookupResult.formatMilliseconds(result.timings.totalMs)))"
                )
            }
            if output.json {
                Terminal.write(report.json(language: language.language).serialized() + "\n")
            } else {
                Terminal.write(report.text(style: Terminal.stdoutStyle, language: language.language))
            }
            if !report.anyReachable { throw ExitCodes.notFound }
            if report.hasHighFindings { throw ExitCodes.problems }
        }
    }
}
