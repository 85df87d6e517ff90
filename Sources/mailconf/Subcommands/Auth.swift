import ArgumentParser
import MailConfCore

extension MailConf {
    /// `mailconf auth USER --host HOST --service NAME[:PORT]`: one real login attempt.
    struct Auth: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Try to log in once, securely, and say exactly why it failed.",
            discussion: """
                The password comes from a prompt on the terminal, from --password-stdin, or from \
                MAILCONF_PASSWORD; never from an argument, and it is never printed. Exactly one attempt is made \
                (no retries that could lock the account). Credentials are sent only over TLS with a valid \
                certificate unless --allow-insecure is given.
                Exit codes: 0 logged in; 1 authentication failed or refused; 2 no session (server unreachable, \
                TLS failed); 64 bad input.
                """
        )

        @Argument(help: "The user name to log in as, usually the email address.")
        var user: String

        @Option(name: .long, help: "The server's host name (checked against its certificate) or IP address.")
        var host: String

        @Option(
            name: .long,
            help: ArgumentHelp(
                "The service, NAME[:PORT]: submission, submissions, smtp, imap, imaps, pop3, pop3s.",
                valueName: "name[:port]"
            )
        )
        var service: String

        @Option(
            name: .long,
            help: ArgumentHelp(
                "PLAIN, LOGIN, CRAM-MD5, SCRAM-SHA-1, SCRAM-SHA-256, IMAP-LOGIN (the IMAP LOGIN command) or USER "
                    + "(POP3 USER/PASS); default: the strongest offered after TLS.",
                valueName: "mechanism"
            )
        )
        var mechanism: String?

        @Flag(name: .long, help: "Read the password from the first line of standard input.")
        var passwordStdin = false

        @Flag(name: .long, help: "Send the password even without TLS or with an invalid certificate.")
        var allowInsecure = false

        @Option(
            name: .long,
            help: ArgumentHelp("Connect to ADDR while checking the certificate for HOST.", valueName: "host:addr")
        )
        var resolve: String?

        @OptionGroup var network: NetworkOptions
        @OptionGroup var output: JSONOption
        @OptionGroup var language: LanguageOption

        func validate() throws {
            guard !user.isEmpty, !user.contains("\r"), !user.contains("\n") else {
                throw ValidationError("the user name must be one line of text")
            }
            _ = try target()
            if let mechanism {
                let known = SASL.preference + ["IMAP-LOGIN", "USER"]
                guard known.contains(mechanism.uppercased()) else {
                    throw ValidationError(
                        "unknown mechanism '\(mechanism)'; use one of \(known.joined(separator: ", "))"
                    )
                }
            }
        }

        private func target() throws -> (HostName, MailService, String?) {
            let name: HostName
            do {
                name = try HostName(parsing: host)
            } catch {
                throw ValidationError("'\(host)' is not a host name or IP address: \(error)")
            }
            let parsed: MailService
            do {
                parsed = try MailService(parsing: service)
            } catch {
                throw ValidationError("\(error)")
            }
            var address: String?
            if let resolve {
                guard let colon = resolve.firstIndex(of: ":"),
                    let addressName = try? HostName(parsing: String(resolve[resolve.index(after: colon)...])),
                    addressName.isIPAddress
                else {
                    throw ValidationError(
                        "--resolve takes HOST:ADDR with an IP address, e.g. mail.example.com:192.0.2.10"
                    )
                }
                guard (try? HostName(parsing: String(resolve[..<colon]))) == name else {
                    throw ValidationError("--resolve names another host than --host \(host)")
                }
                address = addressName.value
            }
            return (name, parsed, address)
        }

        func run() async throws {
            let (name, service, address) = try target()
            let password: Secret
            do {
                password = try PasswordReader.read(
                    fromStandardInput: passwordStdin,
                    prompt: Catalogue.bundled.text("auth.prompt", language.language, ["user": user])
                )
            } catch {
                Terminal.error("mailconf: \(error)")
                throw ExitCodes.badInput
            }
            let plan = AuthPlan(username: user, password: password, mechanism: mechanism, allowInsecure: allowInsecure)
            let prober = ServiceProber(connector: try network.connector(), options: network.probeOptions)
            let result = await prober.probe(service, host: name.value, address: address, authenticate: plan)
            let attempt = result.authentication ?? AuthAttempt(verdict: .notAttempted, message: "no session")
            if output.json {
                Terminal.write(Self.json(result, attempt: attempt, user: user).serialized() + "\n")
            } else {
                Terminal.write(
                    Self.text(
                        result,
                        attempt: attempt,
                        user: user,
                        style: Terminal.stdoutStyle,
                        language: language.language
                    )
                )
            }
            switch attempt.verdict {
            case .success: return
            case .notAttempted: throw ExitCodes.notFound
            default: throw ExitCodes.problems
            }
        }

        static func json(_ result: ProbeResult, attempt: AuthAttempt, user: String) -> JSONValue {
            .object([
                ("host", .string(result.host)),
                ("service", .string(result.service.name)),
                ("port", .int(result.service.port)),
                ("protocol", .string(result.service.protocol.rawValue)),
                ("username", .string(user)),
                ("security", .string(result.security?.rawValue ?? "none")),
                ("verdict", .string(attempt.verdict.rawValue)),
                ("mechanism", .optional(attempt.mechanism)),
                ("message", .string(attempt.message)),
                ("serverText", .optional(attempt.serverText)),
                ("tls", result.tls?.json ?? .null),
                ("findings", .array(result.findings.map(\.json))),
                ("timings", .object([("totalMs", .double(result.timings.totalMs))])),
            ])
        }

        static func text(
            _ result: ProbeResult,
            attempt: AuthAttempt,
            user: String,
            style: TextStyle,
            language: Language = .en
        ) -> String {
            func t(_ key: String, _ arguments: [String: String] = [:]) -> String {
                Catalogue.bundled.text(key, language, arguments)
            }
            let security = result.security?.displayName ?? t("auth.noSession")
            let tls = result.tls?.version.map { ", \($0)" } ?? ""
            let word = t("auth.verdict." + attempt.verdict.rawValue)
            let verdict = attempt.verdict == .success ? style.green(word) : style.red(word)
            let mechanism = attempt.mechanism.map { " (" + t("auth.mechanism", ["name": $0]) + ")" } ?? ""
            var lines = [
                t(
                    "auth.line",
                    [
                        "user": user, "host": result.host, "port": String(result.service.port),
                        "service": result.service.name, "security": security, "tls": tls, "verdict": verdict,
                    ]
                )
            ]
            // What the server said (and messages quoting it) is escaped where it leaves for the terminal.
            let escape = TerminalText.escape
            if language == .en {
                lines.append("  " + escape(attempt.message) + mechanism)
            } else {
                lines.append("  " + t(explanationKey(attempt)) + mechanism)
                lines.append("  " + t("auth.detail", ["text": escape(attempt.message)]))
            }
            if let server = attempt.serverText { lines.append("  " + t("auth.serverSaid", ["text": escape(server)])) }
            for finding in result.findings where finding.severity != .info {
                lines.append(
                    "  [\(t("probe.severity." + finding.severity.rawValue))] "
                        + escape(finding.localizedMessage(language))
                )
            }
            return lines.joined(separator: "\n") + "\n"
        }

        /// The catalogue key explaining `attempt`: a local refusal is explained by its reason, so that the
        /// advice fits (an expired certificate is not fixed by --ca-file).
        static func explanationKey(_ attempt: AuthAttempt) -> String {
            switch attempt.refusal {
            case .certificate(let problem): "auth.explain.refused-certificate." + problem.rawValue
            case .cleartext, nil: "auth.explain." + attempt.verdict.rawValue
            }
        }
    }
}
