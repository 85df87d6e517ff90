/// The domain's MX hosts against the database: MX suffixes first, then Thunderbird's rule — the MX host without
/// its first label, then its registrable domain — as provider domains. Forwarding and filtering MX hosts are
/// skipped (they say nothing about the mailbox).
public struct MXSource: ConfigSource {
    /// The database the MX hosts are matched against.
    public let database: any ProviderDatabase
    /// DNS.
    public let dns: any DNSResolver
    /// The registrable domain of a host (Public Suffix List).
    public let registrableDomain: @Sendable (String) -> String?

    /// Creates the source.
    public init(
        database: any ProviderDatabase,
        dns: any DNSResolver,
        registrableDomain: @escaping @Sendable (String) -> String?
    ) {
        self.database = database
        self.dns = dns
        self.registrableDomain = registrableDomain
    }

    public var kind: SourceKind { .mx }

    public func query(for address: EmailAddress) -> String { "MX \(address.domain)" }

    public func find(_ request: SourceRequest) async -> SourceFinding {
        let domain = request.address.domain
        let answer = await dns.query(domain, type: .mx)
        switch answer.status {
        case .ok: break
        case .nxdomain: return SourceFinding(.miss(.noSuchDomain), detail: answer.detail)
        case .nodata: return SourceFinding(.miss(.noRecords), detail: answer.detail)
        case .timeout: return SourceFinding(.timeout, detail: answer.detail)
        case .servfail, .refused, .error: return SourceFinding(.error(.dns(answer.status)), detail: answer.detail)
        }
        var skipped: [String] = []
        for host in answer.mxHosts {
            switch database.provider(forMXHost: host) {
            case .provider(let record, let suffix):
                return hit(record, via: host, detail: "MX \(host) matches \(suffix): provider \(record.id)")
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
                    return hit(record, via: host, detail: "MX \(host) → \(parent): provider \(record.id)")
                }
            }
        }
        let hosts = answer.mxHosts.joined(separator: ", ")
        let detail = (["MX \(hosts): no known provider"] + skipped).joined(separator: "; ")
        return SourceFinding(.miss(.noKnownProvider(mxHosts: answer.mxHosts)), detail: detail)
    }

    private func hit(_ record: ProviderRecord, via host: String, detail: String) -> SourceFinding {
        var config = record.accountConfig(viaMX: true)
        let origin = ServerOrigin.mx(provider: record.id, mxHost: host)
        config.incoming = config.incoming.map { $0.from(origin) }
        config.outgoing = config.outgoing.map { $0.from(origin) }
        return SourceFinding(.hit, detail: detail, servers: config.servers, provider: config)
    }
}
