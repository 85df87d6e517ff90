/// DNS SRV records for mail (RFC 6186, RFC 8314): submissions, submission, imaps, imap, pop3s, pop3. Records are
/// ordered by priority, then weight (RFC 2782); a target of `.` declares the service unavailable and is never
/// probed. A target outside the mail domain is offered only when candidates are verified, to be accepted only if
/// its certificate is valid for it.
public struct SRVSource: ConfigSource {
    /// DNS.
    public let dns: any DNSResolver

    /// Creates the source.
    public init(dns: any DNSResolver) {
        self.dns = dns
    }

    static let services: [(label: String, protocol: MailProtocol, security: TransportSecurity)] = [
        ("_submissions._tcp", .smtp, .tls),
        ("_submission._tcp", .smtp, .starttls),
        ("_imaps._tcp", .imap, .tls),
        ("_imap._tcp", .imap, .starttls),
        ("_pop3s._tcp", .pop3, .tls),
        ("_pop3._tcp", .pop3, .starttls),
    ]

    /// The owner names asked for `domain`.
    public static func names(for domain: String) -> [String] { services.map { "\($0.label).\(domain)" } }

    public var kind: SourceKind { .srv }

    public func query(for address: EmailAddress) -> String { Self.names(for: address.domain).joined(separator: " ") }

    public func find(_ request: SourceRequest) async -> SourceFinding {
        let domain = request.address.domain
        let dns = self.dns
        let answers = await Self.names(for: domain).concurrentMap(limit: request.concurrency) { name in
            await dns.query(name, type: .srv)
        }
        var servers: [ServerSettings] = []
        var notes: [String] = []
        var declined: [String] = []
        var usable = false
        for (service, answer) in zip(Self.services, answers) where answer.status == .ok {
            let records = answer.records.compactMap {
                record -> (priority: Int, weight: Int, port: Int, target: String)? in
                if case .srv(let priority, let weight, let port, let target) = record {
                    return (priority, weight, port, target)
                }
                return nil
            }
            if records.contains(where: { $0.target == "." || $0.target.isEmpty }) {
                declined.append(service.label)
                notes.append("\(service.label): explicitly unavailable (target '.')")
            }
            for record in SRVOrdering.order(records) {
                usable = true
                var target = record.target.lowercased()
                if target.hasSuffix(".") { target.removeLast() }
                let inside = target == domain || target.hasSuffix("." + domain)
                if !inside && !request.verifying {
                    notes.append("\(service.label) → \(target) is outside \(domain) and was not verified, so not used")
                    continue
                }
                let origin = SRVOrigin(
                    name: "\(service.label).\(domain)",
                    target: target,
                    port: record.port,
                    priority: record.priority,
                    weight: record.weight,
                    insideDomain: inside
                )
                var server = ServerSettings(
                    protocol: service.protocol,
                    host: target,
                    port: record.port,
                    security: service.security,
                    auth: [.passwordCleartext],
                    username: Placeholder.emailAddress,
                    origin: .srv(origin)
                )
                server.knownAddresses = answer.additionalAddresses[target] ?? []
                servers.append(server)
            }
        }
        let detail = notes.isEmpty ? nil : notes.joined(separator: "; ")
        if !servers.isEmpty { return SourceFinding(.hit, detail: detail, servers: servers) }
        if usable { return SourceFinding(.miss(.outsideTargetsUnverified), detail: detail) }
        if !declined.isEmpty { return SourceFinding(.miss(.declaredUnavailable(services: declined)), detail: detail) }
        let statuses = answers.map(\.status)
        let firstDetail = answers.compactMap(\.detail).first
        if statuses.contains(.timeout) { return SourceFinding(.timeout, detail: firstDetail) }
        if let failure = statuses.first(where: { [.servfail, .refused, .error].contains($0) }) {
            // A server failure on some names while others answered says nothing is there; on all, DNS failed.
            if !statuses.contains(where: { [.ok, .nxdomain, .nodata].contains($0) }) {
                return SourceFinding(.error(.dns(failure)), detail: firstDetail)
            }
        }
        if statuses.contains(.ok) || statuses.contains(.nodata) {
            return SourceFinding(.miss(.noRecords), detail: detail ?? "no SRV records")
        }
        if statuses.allSatisfy({ $0 == .nxdomain }) {
            return SourceFinding(.miss(.noSuchDomain), detail: firstDetail)
        }
        return SourceFinding(.miss(.noRecords), detail: detail ?? firstDetail ?? "no SRV records")
    }
}
