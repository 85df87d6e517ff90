import Foundation

extension LookupResult {
    /// The result in the stable `lookup` JSON shape (`docs/json.md`). Fields may be added, never renamed.
    public var json: JSONValue {
        .object([
            ("address", .string(address.address)),
            ("domain", .string(address.domain)),
            ("unicodeDomain", .string(address.unicodeDomain)),
            ("provider", providerJSON),
            ("incoming", .array(config.incoming.map(\.json))),
            ("outgoing", .array(config.outgoing.map(\.json))),
            ("exchange", .array(config.exchange.map(\.json))),
            ("sources", .array(sources.map(\.json))),
            ("resolvedAt", .string(resolvedAt.formatted(.iso8601))),
        ])
    }

    private var providerJSON: JSONValue {
        guard let id = config.providerID else { return .null }
        var fields: [(String, JSONValue)] = [
            ("id", .string(id)),
            ("name", .optional(config.displayName)),
            ("status", .string(config.status.rawValue)),
            ("notes", .array(config.notes.map { $0.json(provenance: config.noteProvenance[$0]) })),
        ]
        if let oauth2 = config.oauth2 {
            fields.append(
                (
                    "oauth2",
                    .object(
                        [
                            ("issuer", .string(oauth2.issuer)),
                            ("scope", .string(oauth2.scope)),
                            ("authURL", .string(oauth2.authURL)),
                            ("tokenURL", .string(oauth2.tokenURL)),
                        ] + (oauth2.provenance.map { [("provenance", $0.json)] } ?? [])
                    )
                )
            )
        }
        return .object(fields)
    }
}

extension ServerSettings {
    /// The server in the stable `Server` JSON shape.
    public var json: JSONValue {
        var verificationFields: [(String, JSONValue)] = [("status", .string(verification.status.rawValue))]
        if let detail = verification.detail { verificationFields.append(("detail", .string(detail))) }
        var fields: [(String, JSONValue)] = [
            ("protocol", .string(`protocol`.rawValue)),
            ("host", .string(host)),
            ("port", .int(port)),
            ("security", .string(security.rawValue)),
            ("auth", .array(auth.map { .string($0.rawValue) })),
            ("username", .string(username)),
            ("source", .string(source.rawValue)),
            ("verification", .object(verificationFields)),
            ("untrusted", .bool(untrusted)),
        ]
        if let note { fields.append(("note", .string(note))) }
        if let provenance { fields.append(("provenance", provenance.json)) }
        fields.append(("origin", origin.json))
        return .object(fields)
    }
}

extension ServerOrigin {
    /// `{"kind": …}` plus what the kind knows: the provider, the MX host, the URL and whether it was fetched
    /// securely, the SRV record.
    public var json: JSONValue {
        var fields: [(String, JSONValue)] = [("kind", .string(kind.rawValue))]
        switch self {
        case .database(let provider):
            if let provider { fields.append(("provider", .string(provider))) }
        case .mx(let provider, let host):
            fields += [("provider", .string(provider)), ("mxHost", .string(host))]
        case .autoconfig(let url, let trusted):
            fields += [("url", .string(url)), ("trusted", .bool(trusted))]
        case .srv(let record):
            fields += [
                ("record", .string(record.name)), ("target", .string(record.target)), ("port", .int(record.port)),
                ("priority", .int(record.priority)), ("weight", .int(record.weight)),
                ("insideDomain", .bool(record.insideDomain)),
            ]
        case .guess:
            break
        }
        return .object(fields)
    }
}

extension ProviderNote {
    /// `{"code": …, "message": …}`.
    public var json: JSONValue {
        .object([("code", .string(rawValue)), ("message", .string(message))])
    }

    /// `{"code": …, "message": …}` plus `provenance` when known.
    public func json(provenance: Provenance?) -> JSONValue {
        guard let provenance else { return json }
        return .object([("code", .string(rawValue)), ("message", .string(message)), ("provenance", provenance.json)])
    }
}

extension SourceAttempt {
    /// `{"kind": …, "query": …, "status": …, "ms": …}` plus `detail` when there is one.
    public var json: JSONValue {
        var fields: [(String, JSONValue)] = [
            ("kind", .string(kind.rawValue)),
            ("query", .string(query)),
            ("status", .string(status.rawValue)),
            ("ms", .double(milliseconds)),
        ]
        if let reason = outcome.reason { fields.append(("reason", .string(reason))) }
        if case .miss(.declaredUnavailable(let services)) = outcome {
            fields.append(("services", .array(services.map { .string($0) })))
        }
        if let detail { fields.append(("detail", .string(detail))) }
        return .object(fields)
    }
}
