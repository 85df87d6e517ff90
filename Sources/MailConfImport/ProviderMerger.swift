public import MailConfCore

/// Merges entries from all data sets into one provider list, by domain, with a documented precedence
/// (``ImportSource``): curated, ISPDB, Delta Chat, MailCore2, K-9.
///
/// Rules, applied to entries in precedence order:
/// 1. An entry joins the provider that names it in a `source` line (curated overlays do this), else the provider
///    whose id it shares, else the provider of another data set that already owns most of its domains, else the
///    owner of one of its MX suffixes (or of a parent of one), else the owner of one of its domain labels;
///    otherwise it becomes a new provider. Sharing a server template (`mail.%EMAILDOMAIN%`) never joins two
///    entries: unrelated hosters share such templates by design.
/// 2. Joining adds the entry's unowned domains, domain labels and MX suffixes, its notes (unless a curated file set
///    the whole list with `notes = exact`), and its status if the provider has none yet from a source that states
///    one. The provider keeps its servers unless it has none; a server the entry names the same way (protocol,
///    host, port, security, and user name and auth methods where the data set states them) gains the entry as a
///    source.
/// 3. A domain, label or suffix is owned by exactly one provider: the first to list it. Every disagreement about
///    servers — host, port, security, user name, auth methods — and every note an exact curated list drops is
///    reported as a conflict, never silently dropped.
/// 4. A note that requires preparation (``ProviderNote/requiresPreparation``) makes an `ok` status `preparation`.
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
        var notesAreExact = false
        var exclusions: [String: [String]] = [:]
    }

    /// The key that joins a curated `source = ispdb googlemail.com.xml` line to the ISPDB entry, dates aside.
    static func joinKey(_ source: FactSource) -> String {
        "\(source.dataSet) \(source.reference ?? "")"
    }

    /// Merges `entries` (any order; they are sorted by precedence, then key).
    public func merge(_ entries: [ImportEntry]) -> Result {
        let ordered = entries.enumerated().sorted { a, b in
            a.element.source != b.element.source ? a.element.source < b.element.source : a.offset < b.offset
        }.map(\.element)
        var providers: [Building] = []
        var byID: [String: Int] = [:]
        var domainOwner: [String: Int] = [:]
        var labelOwner: [String: Int] = [:]
        var mxOwner: [String: Int] = [:]
        var bySource: [String: Int] = [:]
        var conflicts: [Conflict] = []

        for entry in ordered {
            let label = "\(entry.source.tag) \(entry.key)"
            var target: Int?
            if entry.source != .curated {
                target = entry.record.sources.lazy.compactMap { bySource[Self.joinKey($0)] }.first
            }
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
            if target == nil {
                target = entry.record.domainLabels.lazy.compactMap { labelOwner[$0] }.first
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
                record.domainLabels = record.domainLabels.filter { labelOwner[$0] == nil }
                record.mxSuffixes = record.mxSuffixes.filter { Self.coveringOwner(of: $0, in: mxOwner) == nil }
                record.status = Self.statusFollowingNotes(record.status, record.notes)
                let index = providers.count
                var building = Building(
                    record: record,
                    origin: entry.source,
                    statusFrom: entry.statesStatus ? entry.source : nil,
                    notesAreExact: entry.notesAreExact
                )
                for label in record.domainLabels where !entry.excludedDomains.isEmpty {
                    building.exclusions[label] = entry.excludedDomains
                }
                providers.append(building)
                byID[record.id] = index
                for domain in record.domains { domainOwner[domain] = index }
                for label in record.domainLabels { labelOwner[label] = index }
                for suffix in record.mxSuffixes { mxOwner[suffix] = index }
                for source in record.sources where bySource[Self.joinKey(source)] == nil && !source.isCuratedCitation {
                    bySource[Self.joinKey(source)] = index
                }
                continue
            }

            var building = providers[index]
            let providerID = building.record.id
            func conflict(_ message: String) {
                conflicts.append(Conflict(providerID: providerID, entry: label, message: message))
            }
            for domain in entry.record.domains {
                if let owner = domainOwner[domain] {
                    if owner != index { conflict("domain \(domain) belongs to \(providers[owner].record.id) here") }
                } else {
                    building.record.domains.append(domain)
                    domainOwner[domain] = index
                }
            }
            for domainLabel in entry.record.domainLabels {
                if let owner = labelOwner[domainLabel] {
                    if owner != index {
                        conflict("domain label \(domainLabel) belongs to \(providers[owner].record.id)")
                    }
                } else {
                    building.record.domainLabels.append(domainLabel)
                    labelOwner[domainLabel] = index
                    if !entry.excludedDomains.isEmpty { building.exclusions[domainLabel] = entry.excludedDomains }
                }
            }
            for suffix in entry.record.mxSuffixes where Self.coveringOwner(of: suffix, in: mxOwner) == nil {
                building.record.mxSuffixes.append(suffix)
                mxOwner[suffix] = index
            }
            Self.mergeNotes(into: &building, entry: entry, conflict: conflict)
            if entry.statesStatus && building.statusFrom == nil {
                building.record.status = entry.record.status
                building.statusFrom = entry.source
            }
            building.record.status = Self.statusFollowingNotes(building.record.status, building.record.notes)
            Self.mergeServers(into: &building.record, entry: entry, conflict: conflict)
            Self.mergeExchange(into: &building.record, entry: entry, conflict: conflict)
            if let other = entry.record.oauth2 {
                if var kept = building.record.oauth2 {
                    if Self.sameEndpoints(kept, other) {
                        kept.provenance = Self.merged(kept.provenance, other.provenance)
                        building.record.oauth2 = kept
                    } else {
                        conflict("says OAuth2 \(other.issuer) (\(other.scope)); kept \(kept.issuer) (\(kept.scope))")
                    }
                } else {
                    building.record.oauth2 = other
                }
            }
            if building.record.name == nil { building.record.name = entry.record.name }
            if building.record.mxUsername == nil { building.record.mxUsername = entry.record.mxUsername }
            building.record.sources = unique(building.record.sources + entry.record.sources)
            building.record.checks = unique(building.record.checks + entry.record.checks)
            for source in entry.record.sources where bySource[Self.joinKey(source)] == nil {
                bySource[Self.joinKey(source)] = index
            }
            providers[index] = building
        }

        // A label whose data set excludes a domain is kept only when another provider lists that domain (listed
        // domains win over labels at lookup), since the format has no exclusions.
        for index in providers.indices {
            for (domainLabel, excluded) in providers[index].exclusions {
                let unowned = excluded.filter { domainOwner[$0] == nil || domainOwner[$0] == index }
                guard !unowned.isEmpty else { continue }
                providers[index].record.domainLabels.removeAll { $0 == domainLabel }
                conflicts.append(
                    Conflict(
                        providerID: providers[index].record.id,
                        entry: "domain label \(domainLabel)",
                        message:
                            "dropped: it would cover \(unowned.joined(separator: ", ")), which its data set excludes"
                    )
                )
            }
        }

        return Result(providers: providers.map(\.record).sorted { $0.id < $1.id }, conflicts: conflicts)
    }

    /// `status`, raised to `preparation` when a note says someone must act first.
    static func statusFollowingNotes(_ status: ProviderStatus, _ notes: [ProviderNote]) -> ProviderStatus {
        status == .ok && notes.contains(where: \.requiresPreparation) ? .preparation : status
    }

    private static func mergeNotes(into building: inout Building, entry: ImportEntry, conflict: (String) -> Void) {
        if entry.notesAreExact && !building.notesAreExact {
            for note in building.record.notes where !entry.record.notes.contains(note) {
                conflict("note \(note.rawValue) dropped: the curated note list is exact")
            }
            building.record.notes = entry.record.notes
            building.record.noteProvenance = entry.record.noteProvenance
            building.notesAreExact = true
            return
        }
        for note in entry.record.notes {
            if building.record.notes.contains(note) {
                building.record.noteProvenance[note] = merged(
                    building.record.noteProvenance[note],
                    entry.record.noteProvenance[note]
                )
            } else if building.notesAreExact {
                conflict("note \(note.rawValue) dropped: the curated note list is exact")
            } else {
                building.record.notes.append(note)
                building.record.noteProvenance[note] = entry.record.noteProvenance[note]
            }
        }
        // A bridge is access of a kind: `bridge-only` supersedes `no-imap-access`.
        if building.record.notes.contains(.bridgeOnly) && !building.notesAreExact {
            building.record.notes.removeAll { $0 == .noIMAPAccess }
            building.record.noteProvenance[.noIMAPAccess] = nil
        }
    }

    /// Servers of `entry` that the provider already has gain it as a source; the others are conflicts.
    private static func mergeServers(into record: inout ProviderRecord, entry: ImportEntry, conflict: (String) -> Void)
    {
        guard !record.servers.isEmpty else {
            record.servers = entry.record.servers
            return
        }
        var missing: [String] = []
        for server in entry.record.servers {
            guard let index = record.servers.firstIndex(where: { key($0) == key(server) }) else {
                missing.append(key(server))
                continue
            }
            let kept = record.servers[index]
            var agrees = true
            if entry.source.statesUsername && kept.username != server.username {
                conflict("says username \(server.username) for \(key(server)); kept \(kept.username)")
                agrees = false
            }
            if entry.source.statesAuth && kept.auth != server.auth {
                conflict(
                    "says auth \(server.auth.map(\.rawValue).joined(separator: " ")) for \(key(server)); kept "
                        + kept.auth.map(\.rawValue).joined(separator: " ")
                )
                agrees = false
            }
            if agrees { record.servers[index].provenance = merged(kept.provenance, server.provenance) }
        }
        if !missing.isEmpty {
            conflict("says \(missing.joined(separator: ", ")); kept \(record.servers.map(key).joined(separator: ", "))")
        }
    }

    private static func mergeExchange(
        into record: inout ProviderRecord,
        entry: ImportEntry,
        conflict: (String) -> Void
    ) {
        guard !record.exchange.isEmpty else {
            record.exchange = entry.record.exchange
            return
        }
        for service in entry.record.exchange {
            if let index = record.exchange.firstIndex(where: {
                $0.kind == service.kind && $0.url.lowercased() == service.url.lowercased()
            }) {
                record.exchange[index].provenance = merged(record.exchange[index].provenance, service.provenance)
            } else {
                conflict("says \(service.kind.rawValue) \(service.url); kept the curated Exchange services")
            }
        }
    }

    private static func key(_ server: ServerSettings) -> String {
        "\(server.protocol.rawValue) \(server.host):\(server.port) \(server.security.rawValue)"
    }

    private static func sameEndpoints(_ a: OAuth2Settings, _ b: OAuth2Settings) -> Bool {
        a.issuer == b.issuer && a.scope == b.scope && a.authURL == b.authURL && a.tokenURL == b.tokenURL
    }

    static func merged(_ a: Provenance?, _ b: Provenance?) -> Provenance? {
        guard let a else { return b }
        guard let b else { return a }
        return a.merged(with: b)
    }

    /// The provider owning `suffix` or a whole-label parent of it (`emailsrvr.com` covers `mx1.emailsrvr.com`).
    private static func coveringOwner(of suffix: String, in owners: [String: Int]) -> Int? {
        MXSuffix.candidates(of: suffix).lazy.compactMap { owners[String($0)] }.first
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
