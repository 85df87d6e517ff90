import ArgumentParser
import Foundation
import Logging
import MailConfNet
import MailConfServer
import ServiceLifecycle
import UnixSignals

extension MailConf {
    /// `mailconf serve`: the HTTP endpoint mail clients ask.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve autoconfig, Autodiscover and .mobileconfig documents (and a web page) over HTTP.",
            discussion: """
                Every option can also be set through the environment variable named in its help. Binding to all \
                interfaces is explicit (--host 0.0.0.0). SIGTERM or SIGINT stop accepting connections and let \
                requests in flight finish. SIGHUP reads --providers again: when every file is valid the new set \
                replaces the old one at once (cached answers are dropped); otherwise the old set stays and the \
                problem is logged.
                Exit codes: 0 after a clean shutdown; 1 the server could not start (port in use, unreadable files); \
                64 bad options.
                """
        )

        @Option(help: ArgumentHelp("Address to listen on [MAILCONF_HOST] (default 127.0.0.1).", valueName: "addr"))
        var host: String?
        @Option(help: ArgumentHelp("Port to listen on [MAILCONF_PORT] (default 8080).", valueName: "port"))
        var port: Int?
        @Option(
            help: ArgumentHelp(
                "static: provider files only; resolve: also discover and verify other domains [MAILCONF_MODE].",
                valueName: "mode"
            )
        )
        var mode: String?
        @Option(
            name: .customLong("providers"),
            help: ArgumentHelp(
                "Your own provider files, overriding the bundled ones [MAILCONF_PROVIDERS].",
                valueName: "dir"
            )
        )
        var providers: String?
        @Flag(
            help:
                "Let discovery connect to private, loopback, link-local and reserved addresses [MAILCONF_ALLOW_PRIVATE_TARGETS=1]."
        )
        var allowPrivateTargets = false
        @Option(
            help: ArgumentHelp(
                "Seconds a found configuration is cached [MAILCONF_CACHE_TTL] (default 3600).",
                valueName: "seconds"
            )
        )
        var cacheTTL: Int?
        @Option(
            help: ArgumentHelp(
                "Seconds 'nothing found' is cached [MAILCONF_NEGATIVE_TTL] (default 300).",
                valueName: "seconds"
            )
        )
        var negativeTTL: Int?
        @Option(
            help: ArgumentHelp(
                "Seconds past expiry an answer is still served while the domain is rediscovered in the background; 0: never [MAILCONF_SERVE_STALE] (default 3600).",
                valueName: "seconds"
            )
        )
        var serveStale: Int?
        @Option(help: ArgumentHelp("Most domains cached [MAILCONF_CACHE_ENTRIES] (default 20000).", valueName: "n"))
        var cacheEntries: Int?
        @Option(help: ArgumentHelp("Most discoveries at once [MAILCONF_MAX_RESOLUTIONS] (default 16).", valueName: "n"))
        var maxResolutions: Int?
        @Option(
            help: ArgumentHelp("Uncached lookups per second per client [MAILCONF_RATE] (default 1).", valueName: "rate")
        )
        var rate: Double?
        @Option(
            help: ArgumentHelp("Burst of uncached lookups per client [MAILCONF_BURST] (default 10).", valueName: "n")
        )
        var burst: Double?
        @Flag(
            name: .customLong("no-verify"),
            help: "Serve servers without probing them first [MAILCONF_VERIFY=0]."
        )
        var noVerify = false
        @Option(
            help: ArgumentHelp(
                "Seconds one probe's result is reused for every domain naming the endpoint [MAILCONF_PROBE_TTL] (default 900).",
                valueName: "seconds"
            )
        )
        var probeTTL: Int?
        @Option(
            help: ArgumentHelp(
                "Seconds for one discovery [MAILCONF_RESOLVE_DEADLINE] (default 8).",
                valueName: "seconds"
            )
        )
        var resolveDeadline: Double?
        @Option(
            help: ArgumentHelp(
                "Public base URL for the Autodiscover JSON answer [MAILCONF_PUBLIC_URL].",
                valueName: "url"
            )
        )
        var publicURL: String?
        @Option(
            help: ArgumentHelp(
                "Most connections open at once; more are closed as soon as accepted [MAILCONF_MAX_CONNECTIONS] (default: sized for the machine).",
                valueName: "n"
            )
        )
        var maxConnections: Int?
        @Option(help: ArgumentHelp("text or json [MAILCONF_LOG_FORMAT] (default text).", valueName: "format"))
        var logFormat: String?
        @Option(
            help: ArgumentHelp(
                "trace, debug, info, notice, warning, error [MAILCONF_LOG_LEVEL] (default info).",
                valueName: "level"
            )
        )
        var logLevel: String?
        @Flag(name: .long, help: "Same as --log-format json.")
        var json = false
        @Option(
            name: .customLong("dns-server"),
            help: ArgumentHelp("DNS server for discovery [MAILCONF_DNS_SERVER].", valueName: "addr[:port]")
        )
        var dnsServer: String?
        @Option(
            name: .customLong("ca-file"),
            help: ArgumentHelp("Extra trusted CAs for discovery (repeatable) [MAILCONF_CA_FILE].", valueName: "pem")
        )
        var caFiles: [String] = []
        @Option(
            help: ArgumentHelp(
                "Certificate to sign .mobileconfig profiles with (openssl cms) [MAILCONF_SIGN_CERT].",
                valueName: "pem"
            )
        )
        var signCert: String?
        @Option(help: ArgumentHelp("Key for --sign-cert [MAILCONF_SIGN_KEY].", valueName: "pem"))
        var signKey: String?

        @Option(
            name: .customLong("trusted-proxy"),
            help: ArgumentHelp(
                "A reverse proxy (address or network) whose X-Forwarded-For names the client (repeatable) "
                    + "[MAILCONF_TRUSTED_PROXIES, comma-separated].",
                valueName: "cidr"
            )
        )
        var trustedProxies: [String] = []

        private static func env(_ name: String) -> String? {
            ProcessInfo.processInfo.environment[name].flatMap { $0.isEmpty ? nil : $0 }
        }

        /// A number from the environment; one that is set but not a number is an error, never silently the default.
        /// A number from its flag, else from its variable; it must be positive (or, with `zeroAllowed`, not
        /// negative), and an error names both the flag and the variable.
        private static func number<Number: LosslessStringConvertible & Numeric & Comparable>(
            _ flag: Number?,
            _ option: String,
            _ variable: String,
            zeroAllowed: Bool = false
        ) throws -> Number? {
            guard let value = try flag ?? env(variable, as: Number.self) else { return nil }
            guard zeroAllowed ? value >= .zero : value > .zero else {
                throw ValidationError("\(option) (\(variable)) must be \(zeroAllowed ? "0 or more" : "positive")")
            }
            return value
        }

        private static func env<Number: LosslessStringConvertible>(_ name: String, as _: Number.Type) throws -> Number?
        {
            guard let text = env(name) else { return nil }
            guard let value = Number(text.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("\(name)='\(text)' is not a number")
            }
            return value
        }

        /// A yes/no variable: `1`, `true`, `yes`, `on` or `0`, `false`, `no`, `off` (any case); anything else is an
        /// error rather than a silent default.
        private static func envFlag(_ name: String, default value: Bool = false) throws -> Bool {
            guard let text = env(name) else { return value }
            switch text.trimmingCharacters(in: .whitespaces).lowercased() {
            case "1", "true", "yes", "on": return true
            case "0", "false", "no", "off": return false
            default: throw ValidationError("\(name)='\(text)' is not one of 1, true, yes, on, 0, false, no, off")
            }
        }

        /// The options, from flags, then the environment, then defaults.
        func serveOptions() throws -> (ServeOptions, LineLogHandler.Format, Logger.Level) {
            var options = ServeOptions()
            options.host = host ?? Self.env("MAILCONF_HOST") ?? options.host
            if let value = try port ?? Self.env("MAILCONF_PORT", as: Int.self) {
                guard (0...65535).contains(value) else {
                    throw ValidationError("--port (MAILCONF_PORT) must be 0–65535")
                }
                options.port = value
            }
            if let text = mode ?? Self.env("MAILCONF_MODE") {
                guard let value = ServeOptions.Mode(rawValue: text.lowercased()) else {
                    throw ValidationError("--mode (MAILCONF_MODE) takes static or resolve")
                }
                options.mode = value
            }
            options.providersDirectory = providers ?? Self.env("MAILCONF_PROVIDERS")
            options.allowPrivateTargets = try allowPrivateTargets || Self.envFlag("MAILCONF_ALLOW_PRIVATE_TARGETS")
            if let value = try Self.number(cacheTTL, "--cache-ttl", "MAILCONF_CACHE_TTL") {
                options.cacheTTL = .seconds(value)
            }
            if let value = try Self.number(negativeTTL, "--negative-ttl", "MAILCONF_NEGATIVE_TTL") {
                options.negativeTTL = .seconds(value)
            }
            if let value = try Self.number(serveStale, "--serve-stale", "MAILCONF_SERVE_STALE", zeroAllowed: true) {
                options.serveStale = .seconds(value)
            }
            if let value = try Self.number(cacheEntries, "--cache-entries", "MAILCONF_CACHE_ENTRIES") {
                options.cacheEntries = value
            }
            if let value = try Self.number(maxResolutions, "--max-resolutions", "MAILCONF_MAX_RESOLUTIONS") {
                options.maximumConcurrentResolutions = value
            }
            if let value = try Self.number(maxConnections, "--max-connections", "MAILCONF_MAX_CONNECTIONS") {
                options.maximumConnections = value
            }
            if let value = try Self.number(rate, "--rate", "MAILCONF_RATE") {
                options.resolutionsPerSecond = value
            }
            if let value = try Self.number(burst, "--burst", "MAILCONF_BURST") {
                options.resolutionBurst = value
            }
            options.verify = try !noVerify && Self.envFlag("MAILCONF_VERIFY", default: true)
            if let value = try Self.number(probeTTL, "--probe-ttl", "MAILCONF_PROBE_TTL", zeroAllowed: true) {
                options.probeTTL = .seconds(value)
            }
            if let value = try Self.number(resolveDeadline, "--resolve-deadline", "MAILCONF_RESOLVE_DEADLINE") {
                options.resolutionDeadline = .milliseconds(Int64(value * 1000))
            }
            options.publicURL = publicURL ?? Self.env("MAILCONF_PUBLIC_URL")
            if let text = options.publicURL {
                guard let url = URL(string: text), ["http", "https"].contains(url.scheme?.lowercased() ?? ""),
                    url.host?.isEmpty == false, url.query == nil
                else {
                    throw ValidationError(
                        "--public-url (MAILCONF_PUBLIC_URL) '\(text)' is not a base URL such as https://autoconfig.example.com"
                    )
                }
            }
            options.dnsServer = dnsServer ?? Self.env("MAILCONF_DNS_SERVER")
            if let server = options.dnsServer {
                do {
                    _ = try SystemDNSResolver(server: server)
                } catch {
                    throw ValidationError("--dns-server (MAILCONF_DNS_SERVER): \(error)")
                }
            }
            options.caFiles =
                caFiles.isEmpty
                ? (Self.env("MAILCONF_CA_FILE").map { $0.split(separator: ":").map(String.init) } ?? []) : caFiles
            for file in options.caFiles where !FileManager.default.isReadableFile(atPath: file) {
                throw ValidationError("--ca-file (MAILCONF_CA_FILE) \(file) is not a readable file")
            }
            let proxies =
                trustedProxies.isEmpty
                ? (Self.env("MAILCONF_TRUSTED_PROXIES").map { $0.split(separator: ",").map(String.init) } ?? [])
                : trustedProxies
            do {
                options.trustedProxies = try TrustedProxies(
                    parsing: proxies.map { $0.trimmingCharacters(in: .whitespaces) }
                )
            } catch {
                throw ValidationError("--trusted-proxy (MAILCONF_TRUSTED_PROXIES): \(error)")
            }
            options.signingCertificate = signCert ?? Self.env("MAILCONF_SIGN_CERT")
            options.signingKey = signKey ?? Self.env("MAILCONF_SIGN_KEY")
            if (options.signingCertificate == nil) != (options.signingKey == nil) {
                throw ValidationError("--sign-cert and --sign-key (MAILCONF_SIGN_CERT, MAILCONF_SIGN_KEY) go together")
            }
            let formatText = json ? "json" : (logFormat ?? Self.env("MAILCONF_LOG_FORMAT") ?? "text")
            guard let format = LineLogHandler.Format(rawValue: formatText.lowercased()) else {
                throw ValidationError("--log-format (MAILCONF_LOG_FORMAT) takes text or json")
            }
            let levelText = logLevel ?? Self.env("MAILCONF_LOG_LEVEL") ?? "info"
            guard let level = Logger.Level(rawValue: levelText.lowercased()) else {
                throw ValidationError(
                    "--log-level (MAILCONF_LOG_LEVEL) takes trace, debug, info, notice, warning, error or critical"
                )
            }
            return (options, format, level)
        }

        func validate() throws {
            let (options, _, _) = try serveOptions()
            // Here only, not again in run(): it runs openssl and waits for it.
            do {
                try options.checkSigning()
            } catch {
                throw ValidationError("\(error)")
            }
        }

        func run() async throws {
            let (options, format, level) = try serveOptions()
            // A child (openssl) that exits before reading what it is sent must not take the server down with it.
            signal(SIGPIPE, SIG_IGN)
            // As many open files as the hard limit allows: each connection is one (before --max-connections'
            // default is sized from it).
            OpenFileLimit.raiseToMaximum()
            // The log is written in batches by its own thread; whatever is queued is written before exit.
            let writer = LogLineWriter(format: format)
            defer { writer.shutdown() }
            LoggingSystem.bootstrap { label in LineLogHandler(label: label, level: level, writer: writer) }
            let logger = Logger(label: "mailconf.serve")
            let server: MailConfHTTPServer
            do {
                server = try await MailConfHTTPServer(options: options, logger: logger, logWriter: writer)
            } catch {
                logger.error("cannot start", metadata: ["error": .string("\(error)")])
                throw ExitCode.failure
            }
            logger.info(
                "listening",
                metadata: [
                    "address": .string(server.localAddress), "mode": .string(options.mode.rawValue),
                    "allowPrivateTargets": .stringConvertible(options.allowPrivateTargets),
                    "maxConnections": .stringConvertible(
                        options.maximumConnections ?? ServeOptions.defaultMaximumConnections
                    ),
                ]
            )
            // SIGHUP: read --providers again; a bad file keeps the set in use (the server logs which).
            let reloads = await UnixSignalsSequence(trapping: .sighup)
            let reloader = Task {
                for await _ in reloads { server.reloadProviders() }
            }
            defer { reloader.cancel() }
            let group = ServiceGroup(
                services: [server],
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger
            )
            do {
                try await group.run()
            } catch {
                logger.error("stopped with an error", metadata: ["error": .string("\(error)")])
                throw ExitCode.failure
            }
            logger.info("stopped")
        }
    }
}
