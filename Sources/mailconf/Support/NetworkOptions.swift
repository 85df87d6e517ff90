import ArgumentParser
import Foundation
import MailConfCore
import MailConfNet

/// Options every networked command shares: extra trust roots, the step timeout and the DNS server.
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

    @Option(
        name: .customLong("dns-server"),
        help: ArgumentHelp(
            "Send every DNS query, address look-ups included, to this server (IP[:PORT]); also MAILCONF_DNS_SERVER.",
            valueName: "addr[:port]"
        )
    )
    var dnsServer: String?

    func validate() throws {
        guard timeout > 0, timeout <= 600 else {
            throw ValidationError("--timeout must be more than 0 and at most 600 seconds")
        }
        _ = try resolver()
    }

    /// The DNS server from `--dns-server` or `MAILCONF_DNS_SERVER`, if any.
    var effectiveDNSServer: String? {
        dnsServer ?? ProcessInfo.processInfo.environment["MAILCONF_DNS_SERVER"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The resolver: libresolv, pointed at the chosen DNS server if any.
    func resolver() throws -> SystemDNSResolver {
        do {
            return try SystemDNSResolver(
                server: effectiveDNSServer,
                timeoutMilliseconds: Int(min(max(timeout / 2, 1), 5) * 1000)
            )
        } catch {
            throw ValidationError("\(error)")
        }
    }

    /// A connector trusting the system roots plus `--ca-file`, resolving through the chosen DNS server if any.
    func connector() throws -> NIOMailConnector {
        let roots: TrustRootsSource
        do {
            roots = try TrustRoots.loadingInBackground(extraFiles: caFiles)
        } catch {
            Terminal.error("mailconf: \(error)")
            throw ExitCodes.badInput
        }
        let resolver = effectiveDNSServer == nil ? nil : try resolver()
        do {
            return try NIOMailConnector(roots: roots, resolver: resolver)
        } catch {
            Terminal.error("mailconf: cannot set up TLS: \(error)")
            throw ExitCode.failure
        }
    }

    /// Live discovery with these options: the DNS server, trust roots and step timeout.
    func liveDiscovery(database: any ProviderDatabase, options: DiscoveryOptions) throws -> LiveDiscovery {
        var live = LiveDiscovery.Options()
        live.dnsServer = effectiveDNSServer
        live.caFiles = caFiles
        live.stepTimeout = .milliseconds(Int64(timeout * 1000))
        live.discovery = options
        do {
            return try LiveDiscovery(database: database, options: live)
        } catch let error as TrustRoots.LoadError {
            Terminal.error("mailconf: \(error)")
            throw ExitCodes.badInput
        } catch let error as SystemDNSResolver.InvalidServer {
            throw ValidationError("\(error)")
        } catch {
            Terminal.error("mailconf: cannot set up TLS: \(error)")
            throw ExitCode.failure
        }
    }

    /// Probe options for `--timeout`.
    var probeOptions: ProbeOptions { ProbeOptions.uniform(seconds: timeout) }
}
