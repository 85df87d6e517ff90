public import MailConfCore

/// Merges entries from all data sets into one provider list, by domain, with a documented precedence
/// (``ImportSource``): curated, ISPDB, Delta Chat, MailCore2, K-9.
///
/// Rules, applied to entries in precedence order:
/// 1. An entry joins the provider that names it in a `source` line (curated overlays do this), else the provider
///    whose id it shares, else the provider of another data set that already owns most of its domains, else the
///    owner of one of its MX suffixes (or of a parent of one), else (MailCore2 and K-9 only) a provider with the same first incoming and outgoing
///    host, port and security; otherwise it becomes a new provider.
/// 2. Joining adds the entry's unowned domains and MX suffixes, its notes, and its status if the provider has none
///    yet from a source that states one. The provider keeps its servers unless it has none.
/// 3. A domain or suffix is owned by exactly one provider: the first to list it. Every domain of every data set is
///    kept. Disagreements about servers are reported as conflicts, never silently dropped.
public struct ProviderMerger: Sendable {
    /// A disagreement between two data sets about one provider.
    public struct Conflict: Hashable, Sendable, CustomStringConvertible {
        /// The provider concerned.
        public var providerID: String
        /// The entry that disagreed, e.g. `deltachat gmail.md`.
        public var entry: String
        /// What differs.
        public var message: String

        public var description: String { "\(providerID) ← \(entry): \(message)" }
    }

    /// The merge's outcome.
    public struct Result: Sendable {
        /// The providers, sorted by id.
        public var providers: [ProviderRecord]
        /// Disagreements found.
        public var conflicts: [Conflict]
    }

    /// Creates a merger.
    public init() {}

    private struct Building {
        var record: ProviderRecord
        var origin: ImportSource
        var statusFrom: ImportSource?
        var signature: String?
    }

    /// Merges `entries` (any order; they are sorted by precedence, then key).
    public func merge(_ entries: [ImportEntry]) -> Result {
        let ordered = entries.enumerated().sorted { a, b in
            a.element.source != b.element.source ? a.element.source < b.element.source : a.offset < b.offset
        }.map(\.element)
        var providers: [Building] = []
        var byID: [String: Int] = [:]
        var domainOwner: [String: Int] = [:]
        var mxOwner: [String: Int] = [:]
        var bySignature: [String: Int] = [:]
        var bySource: [String: Int] = [:]
        var conflicts: [Conflict] = []

        for entry in ordered {
            let label = entry.record.sources.first ?? "\(entry.source.tag) \(entry.key)"
            let signature = Self.signature(entry.record)
            var target = entry.source == .curated ? nil : bySource[label]
            if target == nil, let index = byID[entry.record.id],
                providers[index].origin != entry.source || entry.source == .curated
            {
                target = index
            }
            if target == nil {
                var counts: [Int: Int] = [:]
                for domain in entry.record.domains {
                    if let owner = domainOwner[domain], providers[owner].origin != entry.source {
                        counts[owner, default: 0] += 1
                    }
                }
                target = counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
            }
            if target == nil {
                target = entry.record.mxSuffixes.lazy.compactMap { Self.coveringOwner(of: $0, in: mxOwner) }.first
            }
            if target == nil, entry.source >= .mailcore2, let signature, let index = bySignature[signature] {
                target = index
            }

            guard let index = target else {
                var record = entry.record
                record.id = Self.freeID(record.id, source: entry.source, taken: byID)
                var owned: [String] = []
                for domain in record.domains {
                    if let owner = domainOwner[domain] {
                        conflicts.append(
                            Conflict(
                                providerID: providers[owner].record.id,
                                entry: label,
                                message: "domain \(domain) is listed again; kept with \(providers[owner].record.id)"
                            )
                        )
                    } else {
                        owned.append(domain)
                    }
                }
                record.domains = owned
                record.mxSuffixes = record.mxSuffixes.filter { Self.coveringOwner(of: $0, in: mxOwner) == nil }
                let index = providers.count
                providers.append(
                    Building(
                        record: record,
                        origin: entry.source,
                        statusFrom: entry.statesStatus ? entry.source : nil,
                        signature: signature
                    )
                )
                byID[record.id] = index
                for domain in record.domains { domainOwner[domain] = index }
                for suffix in record.mxSuffixes { mxOwner[suffix] = index }
                if let signature, bySignature[signature] == nil { bySignature[signature] = index }
                for source in record.sources
                where bySource[source] == nil && !source.hasPrefix(ImportSource.curated.tag) {
                    bySource[source] = index
                }
                continue
            }

            var building = providers[index]
            for domain in entry.record.domains {
                if let owner = domainOwner[domain] {
                    if owner != index {
                        conflicts.append(
                            Conflict(
                                providerID: building.record.id,
                                entry: label,
                                message: "domain \(domain) belongs to \(providers[owner].record.id) here"
                            )
                        )
                    }
                } else {
                    building.record.domains.append(domain)
                    domainOwner[domain] = index
                }
            }
            for suffix in entry.record.mxSuffixes where Self.coveringOwner(of: suffix, in: mxOwner) == nil {
                building.record.mxSuffixes.append(suffix)
                mxOwner[suffix] = index
            }
            building.record.notes = Self.mergedNotes(building.record.notes, entry.record.notes)
            if entry.statesStatus && building.statusFrom == nil {
                building.record.status = entry.record.status
                building.statusFrom = entry.source
            }
            if building.record.servers.isEmpty {
                building.record.servers = entry.record.servers
            } else if let difference = Self.difference(kept: building.record.servers, other: entry.record.servers) {
                conflicts.append(Conflict(providerID: building.record.id, entry: label, message: difference))
            }
            if building.record.oauth2 == nil { building.record.oauth2 = entry.record.oauth2 }
            if building.record.name == nil { building.record.name = entry.record.name }
            if building.record.mxUsername == nil { building.record.mxUsername = entry.record.mxUsername }
            building.record.sources = unique(building.record.sources + entry.record.sources)
            for source in entry.record.sources where bySource[source] == nil { bySource[source] = index }
            providers[index] = building
        }

        return Result(providers: providers.map(\.record).sorted { $0.id < $1.id }, conflicts: conflicts)
    }

    /// The first incoming and first outgoing server, as `host:port/security` pairs; `nil` without both.
    private static func signature(_ record: ProviderRecord) -> String? {
        guard let incoming = record.incoming.first, let outgoing = record.outgoing.first else { return nil }
        func text(_ server: ServerSettings) -> String {
            "\(server.protocol.rawValue) \(server.host):\(server.port)/\(server.security.rawValue)"
        }
        return text(incoming) + " " + text(outgoing)
    }

    /// A description of servers in `other` that `kept` lacks (by protocol, host, port and security).
    private static func difference(kept: [ServerSettings], other: [ServerSettings]) -> String? {
        func key(_ server: ServerSettings) -> String {
            "\(server.protocol.rawValue) \(server.host):\(server.port) \(server.security.rawValue)"
        }
        let keptKeys = Set(kept.map(key))
        let missing = other.map(key).filter { !keptKeys.contains($0) }
        guard !missing.isEmpty else { return nil }
        return "says \(missing.joined(separator: ", ")); kept \(kept.map(key).joined(separator: ", "))"
    }

    /// The provider owning `suffix` or a whole-label parent of it (`emailsrvr.com` covers `mx1.emailsrvr.com`).
    private static func coveringOwner(of suffix: String, in owners: [String: Int]) -> Int? {
        MXSuffix.candidates(of: suffix).lazy.compactMap { owners[String($0)] }.first
    }

    /// The union of two note lists; `bridge-only` supersedes `no-imap-access` (a bridge is access of a kind).
    private static func mergedNotes(_ kept: [ProviderNote], _ other: [ProviderNote]) -> [ProviderNote] {
        var notes = unique(kept + other)
        if notes.contains(.bridgeOnly) { notes.removeAll { $0 == .noIMAPAccess } }
        return notes
    }

    private static func freeID(_ id: String, source: ImportSource, taken: [String: Int]) -> String {
        guard taken[id] != nil else { return id }
        var candidate = "\(id)-\(source.tag)"
        var counter = 2
        while taken[candidate] != nil {
            candidate = "\(id)-\(source.tag)-\(counter)"
            counter += 1
        }
        return candidate
    }
}
