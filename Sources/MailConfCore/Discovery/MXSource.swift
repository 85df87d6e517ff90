import Foundation

/// The domain's MX hosts against the database: MX suffixes first, then Thunderbird's rule — the MX host without
/// its first label, then its registrable domain — as provider domains. Forwarding and filtering MX hosts are
/// skipped (they say nothing about the mailbox).
struct MXSource: Sendable {
    let database: any ProviderDatabase
    let dns: any DNSResolver
    let registrableDomain: @Sendable (String) -> String?

    func contribution(for domain: String, query: String) async -> SourceContribution {
        let answer = await dns.query(domain, type: .mx)
        func attempt(_ status: SourceAttempt.Status, _ detail: String?) -> SourceAttempt {
            SourceAttempt(kind: .mx, query: query, status: status, milliseconds: 0, detail: detail)
        }
        switch answer.status {
        case .ok: break
        case .nxdomain, .nodata: return SourceContribution(attempt: attempt(.miss, answer.detail))
        case .timeout: return SourceContribution(attempt: attempt(.timeout, answer.detail))
        default: return SourceContribution(attempt: attempt(.error, answer.detail))
        }
        var skipped: [String] = []
        for host in answer.mxHosts {
            switch database.provider(forMXHost: host) {
            case .provider(let record, let suffix):
                let config = record.accountConfig(viaMX: true)
                return SourceContribution(
                    attempt: attempt(.hit, "MX \(host) matches \(suffix): provider \(record.id)"),
                    servers: config.servers.map { Self.marked($0) },
                    provider: config
                )
            case .ignored(let suffix):
                skipped.append("\(host) is a forwarding/filtering service (\(suffix))")
                continue
            case .none:
                break
            }
            var parents: [String] = []
            if let dot = host.firstIndex(of: ".") { parents.append(String(host[host.index(after: dot)...])) }
            if let registrable = registrableDomain(host), !parents.contains(registrable) { parents.append(registrable) }
            for parent in parents where parent != domain {
                if let record = database.provider(forDomain: parent) {
                    let config = record.accountConfig(viaMX: true)
                    return SourceContribution(
                        attempt: attempt(.hit, "MX \(host) → \(parent): provider \(record.id)"),
                        servers: config.servers.map { Self.marked($0) },
                        provider: config
                    )
                }
            }
        }
        let hosts = answer.mxHosts.joined(separator: ", ")
        let detail = (["MX \(hosts): no known provider"] + skipped).joined(separator: "; ")
        return SourceContribution(attempt: attempt(.miss, detail))
    }

    private static func marked(_ server: ServerSettings) -> ServerSettings {
        var server = server
        server.source = .mx
        return server
    }
}

/// The domain's own autoconfig document (Thunderbird's clientConfig), fetched with a size cap and a deadline.
/// Documents fetched over plain HTTP (or redirected to it) are marked untrusted.
struct AutoconfigSource: Sendable {
    let http: any HTTPFetcher
    let options: DiscoveryOptions

    func contribution(url: String, trusted: Bool) async -> SourceContribution {
        let fetched = await http.get(url, timeout: options.httpTimeout, maximumBytes: options.maximumAutoconfigBytes)
        func attempt(_ status: SourceAttempt.Status, _ detail: String?) -> SourceAttempt {
            SourceAttempt(kind: .autoconfig, query: url, status: status, milliseconds: 0, detail: detail)
        }
        switch fetched.outcome {
        case .ok:
            break
        case .status(404), .status(410), .connect:
            return SourceContribution(attempt: attempt(.miss, fetched.summary))
        case .timeout:
            return SourceContribution(attempt: attempt(.timeout, fetched.summary))
        default:
            return SourceContribution(attempt: attempt(.error, fetched.summary))
        }
        let config: ClientConfig
        do {
            config = try ClientConfigParser().parse(Data(fetched.body))
        } catch {
            return SourceContribution(attempt: attempt(.error, "not a clientConfig document: \(error)"))
        }
        let account = config.accountConfig(source: .autoconfig)
        let secure = trusted && (fetched.finalURL?.lowercased().hasPrefix("https://") ?? true)
        let servers = account.servers.map { server -> ServerSettings in
            var server = server
            server.untrusted = !secure
            server.note =
                secure
                ? "autoconfig \(fetched.finalURL ?? url)"
                : "plain-HTTP autoconfig (untrusted) \(fetched.finalURL ?? url)"
            return server
        }
        guard !servers.isEmpty else {
            return SourceContribution(attempt: attempt(.miss, "the document lists no IMAP, POP3 or SMTP server"))
        }
        return SourceContribution(
            attempt: attempt(.hit, "\(servers.count) servers" + (secure ? "" : "; plain HTTP, so untrusted")),
            servers: servers
        )
    }
}
