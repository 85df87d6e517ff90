/// One DNS record a domain should publish for mail clients, against what it publishes now.
public struct RecordAdvice: Hashable, Sendable {
    /// How what is published compares with what should be.
    public enum Status: String, Hashable, Sendable {
        /// Published as recommended.
        case present
        /// Not published.
        case missing
        /// Published, but differently (another target, another address).
        case different
        /// Nothing is published, and no server for the service was found: publish a `.` target only if the
        /// service is really not offered.
        case notOffered = "not-offered"
        /// Published, but no server it names passed its live probe.
        case failing
    }

    /// What the record is for.
    public enum Purpose: String, Hashable, Sendable {
        /// An RFC 6186/8314 mail service record.
        case mailService = "mail-service"
        /// The `autoconfig.DOMAIN` host.
        case autoconfigHost = "autoconfig-host"
        /// The `autodiscover.DOMAIN` host.
        case autodiscoverHost = "autodiscover-host"
        /// The `_autodiscover._tcp` SRV record.
        case autodiscoverSRV = "autodiscover-srv"
    }

    /// The owner name, without the final dot.
    public var name: String
    /// `SRV`, `CNAME`.
    public var type: String
    /// The recommended record data (absolute names end in a dot); empty when nothing is recommended.
    public var recommended: String?
    /// What DNS answers now, as record data.
    public var published: [String]
    /// The comparison.
    public var status: Status
    /// What the record is for.
    public var purpose: Purpose
    /// The simulated clients that read it (their ids).
    public var readBy: [String]

    /// The TTL the zone lines carry.
    public static let ttl = 3600

    /// The record as a zone-file line, for the recommended data.
    public var zoneLine: String? {
        recommended.map { "\(name). \(Self.ttl) IN \(type) \($0)" }
    }
}

/// How to serve the domain's settings with `mailconf serve`.
public struct ServeAdvice: Hashable, Sendable {
    /// The host names the TLS proxy must answer for (its certificate must name every one).
    public var hostNames: [String]
    /// The provider file for the domain, from the verified settings.
    public var providerFile: String
    /// Where the provider file goes.
    public var providerPath: String
    /// The command.
    public var command: String
    /// The nginx server block in front of it.
    public var nginx: String
}
