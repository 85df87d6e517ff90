extension DomainReport {
    /// The report in the `mailconf domain --json` shape (docs/domain.md): machine values, with an English
    /// `message` beside each problem.
    public var json: JSONValue {
        .object([
            ("domain", .string(domain)),
            ("address", .string(address.address)),
            ("exitCode", .int(Int(exitCode))),
            ("deadlineReached", .bool(deadlineReached)),
            ("clients", .array(clients.map(\.json))),
            ("disagreements", .array(disagreements.map(\.json))),
            ("verified", .array(verified.map(\.json))),
            ("serveHost", .object([("name", .string(serveHost)), ("given", .bool(serveHostGiven))])),
            ("publish", .array(records.map(\.json))),
            ("zone", .string(zone)),
            ("serve", serve.map(\.json) ?? .null),
        ])
    }
}

extension ClientVerdict {
    /// One client's verdict.
    public var json: JSONValue {
        var source: [(String, JSONValue)] = []
        if let repo = client.source.repo { source.append(("repo", .string(repo))) }
        if let commit = client.source.commit { source.append(("commit", .string(commit))) }
        if let urls = client.source.urls { source.append(("urls", .array(urls.map(JSONValue.string)))) }
        source.append(("read", .string(client.source.read)))
        return .object([
            ("id", .string(client.id)),
            ("name", .string(client.name)),
            ("version", .string(client.version)),
            ("source", .object(source)),
            ("counted", .bool(client.counted)),
            ("outcome", .string(outcome.rawValue)),
            ("configuresAutomatically", .bool(isGood)),
            (
                "answeredBy",
                answer.map { .object([("step", .string($0.step)), ("source", .string($0.source))]) } ?? .null
            ),
            ("incoming", incoming?.json ?? .null),
            ("outgoing", outgoing?.json ?? .null),
            (
                "problems",
                .array(
                    problems.map {
                        .object([
                            ("code", .string($0.code)),
                            ("message", .string($0.message(client: client.name, language: .en))),
                        ])
                    }
                )
            ),
            (
                "steps",
                .array(
                    trace.map {
                        var fields: [(String, JSONValue)] = [
                            ("step", .string($0.step)), ("asked", .string($0.asked)),
                            ("result", .string($0.result.code)),
                        ]
                        if case .status(let code) = $0.result { fields.append(("status", .int(code))) }
                        fields.append(("cite", .string($0.cite)))
                        return .object(fields)
                    }
                )
            ),
            (
                "note",
                client.note.map {
                    .object([("text", .string(Catalogue.bundled.text($0.key, .en))), ("cite", .string($0.cite))])
                } ?? .null
            ),
        ])
    }
}

extension SourceDisagreement {
    /// `{"protocol", "first": claim, "second": claim, "message"}`.
    public var json: JSONValue {
        func claim(_ claim: Claim) -> JSONValue {
            .object([
                ("source", .string(claim.source.rawValue)),
                ("location", .string(claim.location)),
                ("host", .string(claim.server.host)),
                ("port", .int(claim.server.port)),
                ("security", .string(claim.server.security.rawValue)),
            ])
        }
        return .object([
            ("protocol", .string(`protocol`.rawValue)),
            ("first", claim(first)),
            ("second", claim(second)),
            ("message", .string(message(.en))),
        ])
    }
}

extension RecordAdvice {
    /// One record: name, type, status, what to publish and what is published.
    public var json: JSONValue {
        .object([
            ("name", .string(name)),
            ("type", .string(type)),
            ("status", .string(status.rawValue)),
            ("purpose", .string(purpose.rawValue)),
            ("recommended", .optional(recommended)),
            ("zoneLine", .optional(zoneLine)),
            ("published", .array(published.map(JSONValue.string))),
            ("readBy", .array(readBy.map(JSONValue.string))),
        ])
    }
}

extension ServeAdvice {
    /// How to serve the settings.
    public var json: JSONValue {
        .object([
            ("hostNames", .array(hostNames.map(JSONValue.string))),
            ("providerPath", .string(providerPath)),
            ("providerFile", .string(providerFile)),
            ("command", .string(command)),
            ("nginx", .string(nginx)),
        ])
    }
}
