import ArgumentParser
import Foundation
import MailConfCore
import MailConfNet
import MailConfProviders

extension MailConf.Providers {
    /// `mailconf providers verify`: probe the database's servers and report where they drifted from the claims.
    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Probe every distinct server the database names and report drift from its claims.",
            discussion: """
                Probes each distinct endpoint in scope once (protocol, host, port and security; HTTPS host and \
                port for Exchange services), without credentials, at most --concurrency at once, all within \
                --deadline. Each claim is compared with what its endpoint does: port reachable, TLS mode as claimed, \
                certificate valid for the host, the AUTH mechanisms the claimed methods need offered after TLS \
                (OAUTHBEARER or XOAUTH2 for oauth2); DSN is reported for SMTP. A claim is confirmed, drifted (what \
                differs is listed) or unreachable (no conclusion: the network failed, not the server).
                --write records the results as 'checked = DATE live-probe confirmed|drifted …' in the provider files \
                (--providers DIR, else ./Providers, then regenerates the compiled-in source); a drifted fact is \
                flagged, never rewritten. Unreachable claims are not recorded. Text is in English (a maintenance \
                command).
                Exit codes: 0 no drift; 1 drift found; 2 no provider matched, or nothing could be checked (every \
                claim unreachable); 64 bad input.
                """
        )

        @Argument(help: "Domains, provider ids or MX host names to verify.")
        var names: [String] = []

        @Flag(name: .long, help: "Verify every provider in scope.")
        var all = false

        @Option(
            name: .customLong("providers"),
            help: ArgumentHelp(
                "Verify the provider files in this directory (and --write there) instead of the bundled database.",
                valueName: "dir"
            )
        )
        var providersDirectory: String?

        @Option(name: .long, help: ArgumentHelp("Probes at once (1–64).", valueName: "n"))
        var concurrency = 8

        @Option(name: .long, help: ArgumentHelp("Seconds for the whole run (1–3600).", valueName: "seconds"))
        var deadline: Double = 300

        @Flag(name: .long, help: "Record the results as 'checked … live-probe' lines in the provider files.")
        var write = false

        @Option(name: .long, help: .hidden)
        var today: String?

        @OptionGroup var output: JSONOption
        @OptionGroup var network: NetworkOptions

        func validate() throws {
            guard all != !names.isEmpty else {
                throw ValidationError("name the providers to verify, or use --all (not both)")
            }
            guard (1...64).contains(concurrency) else { throw ValidationError("--concurrency takes 1 to 64") }
            guard deadline >= 1, deadline <= 3600 else { throw ValidationError("--deadline takes 1 to 3600 seconds") }
            if let today, FactDate(parsing: today)?.day == nil { throw ValidationError("--today takes YYYY-MM-DD") }
        }

        /// The records in scope with the file each came from (`nil`: no file to write).
        private func scope() throws -> (records: [ProviderRecord], files: [URL?]) {
            var all: [ProviderRecord]
            var files: [URL?]
            let database: any ProviderDatabase
            if let providersDirectory {
                let url = URL(fileURLWithPath: providersDirectory)
                let directory: ProviderDirectory
                do {
                    directory = try ProviderDirectory(contentsOf: url)
                } catch {
                    Terminal.error("mailconf: cannot read provider files in \(providersDirectory): \(error)")
                    throw ExitCodes.badInput
                }
                all = directory.records
                files = directory.fileNames.map { url.appendingPathComponent($0) }
                database = directory.database(isPublicSuffix: PublicSuffix.isICANNSuffix)
            } else {
                let bundled = BundledProviderDatabase(isPublicSuffix: PublicSuffix.isICANNSuffix)
                all = bundled.allProviders()
                let root = URL(fileURLWithPath: "Providers")
                let present = FileManager.default.fileExists(atPath: root.path)
                files = all.map {
                    present ? root.appendingPathComponent("\($0.id).\(ProviderDirectory.fileExtension)") : nil
                }
                database = bundled
            }
            guard !self.all else { return (all, files) }
            var chosen: [Int] = []
            for name in names {
                let key = (try? EmailAddress.normalise(domain: name)) ?? name.lowercased()
                var record = database.provider(forDomain: key) ?? all.first { $0.id == key }
                if record == nil, case .provider(let match, _) = database.provider(forMXHost: key) { record = match }
                guard let record, let index = all.firstIndex(where: { $0.id == record.id }) else {
                    Terminal.error("mailconf: no provider for '\(name)'")
                    throw ExitCodes.notFound
                }
                if !chosen.contains(index) { chosen.append(index) }
            }
            return (chosen.map { all[$0] }, chosen.map { files[$0] })
        }

        func run() async throws {
            let (records, files) = try scope()
            let resolver = try network.resolver()
            var options = ProviderVerifier.Options()
            options.concurrency = concurrency
            options.deadline = .milliseconds(Int64(deadline * 1000))
            options.dnsAllowance = .milliseconds(Int64(resolver.timeoutMilliseconds * resolver.attempts))
            let connector = try network.connector()
            let step = Duration.milliseconds(Int64(network.timeout * 1000))
            let verifier = ProviderVerifier(
                prober: ServiceProber(connector: connector, options: network.probeOptions),
                https: HTTPSProbe(connector: connector, connectTimeout: step, tlsTimeout: step, readTimeout: step),
                dns: resolver,
                options: options
            )
            let showProgress = Terminal.stderrIsTTY && !output.json
            let report = await verifier.verify(records) { done, total in
                if showProgress && (done == total || done % 10 == 0) { Terminal.error("  probed \(done)/\(total)") }
            }
            let date = today.flatMap(FactDate.init(parsing:)) ?? Check.today()
            let written = write ? try record(report, files: files, date: date) : []
            if output.json {
                Terminal.write(Self.json(report, date: date, written: written).serialized() + "\n")
            } else {
                Terminal.write(Self.text(report))
                for file in written { Terminal.error("wrote \(file)") }
            }
            let counts = report.counts
            if counts["drifted", default: 0] > 0 { throw ExitCodes.problems }
            if counts["confirmed", default: 0] == 0 { throw ExitCodes.notFound }
        }

        /// Writes the live-probe checks into the files; returns the paths changed.
        private func record(_ report: ProviderVerifier.Report, files: [URL?], date: FactDate) throws -> [String] {
            var changed: [String] = []
            for (verification, file) in zip(report.providers, files) {
                let checks = Self.checks(verification, date: date)
                guard !checks.isEmpty else { continue }
                guard let file else {
                    Terminal.error(
                        "mailconf: --write needs the provider files: run from the repository root or use --providers"
                    )
                    throw ExitCodes.badInput
                }
                let text: String
                do {
                    text = try String(contentsOf: file, encoding: .utf8)
                } catch {
                    Terminal.error("mailconf: cannot read \(file.path): \(error)")
                    throw ExitCodes.badInput
                }
                let updated = ProviderFileEditor.recordingLiveProbes(text, checks)
                guard updated != text else { continue }
                do {
                    try Data(updated.utf8).write(to: file, options: .atomic)
                } catch {
                    Terminal.error("mailconf: cannot write \(file.path): \(error)")
                    throw ExitCodes.badInput
                }
                changed.append(file.path)
            }
            if providersDirectory == nil, !changed.isEmpty,
                FileManager.default.fileExists(atPath: Compile.defaultOutput)
            {
                try Compile.generate(from: "Providers", to: Compile.defaultOutput)
            }
            return changed
        }

        /// One check per section: confirmed when every claim of it (one per domain for `%EMAILDOMAIN%` hosts) is
        /// confirmed, drifted when any drifted; nothing when a claim had no conclusion and none drifted.
        static func checks(
            _ verification: ProviderVerification,
            date: FactDate
        ) -> [ProviderFileEditor.Section: FactCheck] {
            var bySection: [ProviderFileEditor.Section: [VerifiedClaim]] = [:]
            var order: [ProviderFileEditor.Section] = []
            for claim in verification.claims {
                let section: ProviderFileEditor.Section
                switch claim.subject {
                case .server(let index, _): section = .server(index)
                case .exchange(let index, _): section = .exchange(index)
                }
                if bySection[section] == nil { order.append(section) }
                bySection[section, default: []].append(claim)
            }
            var result: [ProviderFileEditor.Section: FactCheck] = [:]
            for section in order {
                let claims = bySection[section] ?? []
                let drifted = claims.filter { if case .drifted = $0.verdict { true } else { false } }
                if !drifted.isEmpty {
                    let several = claims.count > 1
                    let note = drifted.flatMap { claim in
                        claim.driftMessages.map { several ? "\(claim.subject.host): \($0)" : $0 }
                    }.joined(separator: "; ")
                    result[section] = FactCheck(date: date, method: .liveProbe, outcome: .drifted, note: note)
                } else if claims.allSatisfy({ $0.verdict == .confirmed }) {
                    result[section] = FactCheck(date: date, method: .liveProbe, outcome: .confirmed)
                }
            }
            return result
        }

        static func describe(_ claim: VerifiedClaim) -> String {
            switch claim.subject {
            case .server(_, let server):
                let auth = server.auth.map(\.rawValue).joined(separator: ",")
                return "\(server.protocol.rawValue) \(server.host):\(server.port) \(server.security.rawValue) \(auth)"
            case .exchange(_, let service):
                return "\(service.kind.rawValue) \(service.url)"
            }
        }

        static func text(_ report: ProviderVerifier.Report) -> String {
            var lines: [String] = []
            for provider in report.providers {
                lines.append("\(provider.id): \(provider.verdict.name)")
                for claim in provider.claims {
                    var line = "  \(describe(claim)): \(claim.verdict.name)"
                    switch claim.verdict {
                    case .confirmed:
                        let seen = [claim.observation.tlsVersion, claim.observation.dsn.map { $0 ? "DSN" : "no DSN" }]
                            .compactMap { $0 }
                        if !seen.isEmpty { line += " (\(seen.joined(separator: ", ")))" }
                    case .drifted:
                        line += ": " + claim.driftMessages.joined(separator: "; ")
                    case .unreachable(let reason):
                        line += ": " + reason.message
                    case .unchecked(let why):
                        line += ": " + why
                    }
                    lines.append(line)
                }
            }
            let counts = report.counts
            let summary = ["confirmed", "drifted", "unreachable", "unchecked"].map { "\(counts[$0, default: 0]) \($0)" }
            lines.append("")
            lines.append(
                "\(report.providers.count) providers, \(report.claimCount) claims: \(summary.joined(separator: ", "))"
            )
            lines.append(
                "\(report.endpointCount) distinct endpoints for \(report.claimCount) claims (\(report.hostCount) "
                    + "hosts), \(report.probedCount) probed, concurrency \(report.concurrency), "
                    + "\(LookupResult.formatMilliseconds(report.milliseconds))"
                    + (report.deadlineReached ? ", stopped at the deadline" : "")
            )
            return lines.joined(separator: "\n") + "\n"
        }

        static func json(_ report: ProviderVerifier.Report, date: FactDate, written: [String]) -> JSONValue {
            func observed(_ observation: Observation) -> JSONValue {
                .object([
                    ("security", .optional(observation.security?.rawValue)),
                    ("mechanisms", .array(observation.mechanisms.map { .string($0) })),
                    ("tlsVersion", .optional(observation.tlsVersion)),
                    ("certificateProblems", .array(observation.certificateProblems.map { .string($0.rawValue) })),
                    ("dsn", observation.dsn.map { .bool($0) } ?? .null),
                    ("httpStatus", observation.httpStatus.map { .int($0) } ?? .null),
                    ("address", .optional(observation.address)),
                ])
            }
            func claimJSON(_ claim: VerifiedClaim) -> JSONValue {
                var fields: [(String, JSONValue)]
                switch claim.subject {
                case .server(let index, let server):
                    fields = [
                        ("kind", .string("server")), ("index", .int(index)),
                        ("protocol", .string(server.protocol.rawValue)), ("host", .string(server.host)),
                        ("port", .int(server.port)), ("security", .string(server.security.rawValue)),
                        ("auth", .array(server.auth.map { .string($0.rawValue) })),
                    ]
                case .exchange(let index, let service):
                    fields = [
                        ("kind", .string("exchange")), ("index", .int(index)),
                        ("protocol", .string(service.kind.rawValue)), ("host", .optional(service.host)),
                        ("port", .int(service.port)), ("url", .string(service.url)),
                        ("auth", .array(service.auth.map { .string($0.rawValue) })),
                    ]
                }
                fields.append(("verdict", .string(claim.verdict.name)))
                switch claim.verdict {
                case .drifted(let drifts):
                    fields.append(
                        (
                            "drifts",
                            .array(
                                drifts.map {
                                    .object([
                                        ("code", .string($0.code)),
                                        ("message", .string($0.message(for: claim.subject))),
                                    ])
                                }
                            )
                        )
                    )
                case .unreachable(let reason):
                    fields.append(("reason", .string(reason.message)))
                case .unchecked(let why):
                    fields.append(("reason", .string(why)))
                case .confirmed:
                    break
                }
                fields.append(("observed", observed(claim.observation)))
                return .object(fields)
            }
            let counts = report.counts
            return .object([
                ("date", .string(date.description)),
                (
                    "providers",
                    .array(
                        report.providers.map { provider in
                            .object([
                                ("id", .string(provider.id)),
                                ("verdict", .string(provider.verdict.name)),
                                ("claims", .array(provider.claims.map(claimJSON))),
                            ])
                        }
                    )
                ),
                ("claims", .int(report.claimCount)),
                ("endpoints", .int(report.endpointCount)),
                ("probed", .int(report.probedCount)),
                ("hosts", .int(report.hostCount)),
                ("concurrency", .int(report.concurrency)),
                ("ms", .double(report.milliseconds)),
                ("deadlineReached", .bool(report.deadlineReached)),
                (
                    "counts",
                    .object(
                        ["confirmed", "drifted", "unreachable", "unchecked"].map { ($0, .int(counts[$0, default: 0])) }
                    )
                ),
                ("written", .array(written.map { .string($0) })),
            ])
        }
    }
}
