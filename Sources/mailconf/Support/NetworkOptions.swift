import ArgumentParser
import MailConfCore
import MailConfNet

/// Options every networked command shares: extra trust roots and the timeout.
struct NetworkOptions: ParsableArguments {
    @Option(
        name: .customLong("ca-file"),
        help: ArgumentHelp(
            "A PEM file of CA certificates to trust in addition to the system's (repeatable).",
            valueName: "pem"
        )
    )
    var caFiles: [String] = []

    @Option(
        name: .long,
        help: ArgumentHelp("Seconds allowed for each network step (connect, reply, TLS).", valueName: "seconds")
    )
    var timeout: Double = 10

    func validate() throws {
        guard timeout > 0, timeout <= 600 else {
            throw ValidationError("--timeout must be between 0 and 600 seconds")
        }
    }

    /// A connector trusting the system roots plus `--ca-file`.
    func connector() throws -> NIOMailConnector {
        let roots: TrustRoots
        do {
            roots = try TrustRoots.load(extraFiles: caFiles)
        } catch {
            Terminal.error("mailconf: \(error)")
            throw ExitCodes.badInput
        }
        do {
            return try NIOMailConnector(roots: roots)
        } catch {
            Terminal.error("mailconf: cannot set up TLS: \(error)")
            throw ExitCode.failure
        }
    }

    /// Probe options for `--timeout`.
    var probeOptions: ProbeOptions { ProbeOptions.uniform(seconds: timeout) }
}
