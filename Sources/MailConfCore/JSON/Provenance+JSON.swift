extension Provenance {
    /// `{"sources": [FactSource], "checked": [FactCheck]}`.
    public var json: JSONValue {
        .object([("sources", .array(sources.map(\.json))), ("checked", .array(checks.map(\.json)))])
    }
}

extension FactSource {
    /// `{"dataSet": …, "date": …|null, "reference": …|null}`; `dataSet` is `mailconf` for a curated citation, whose
    /// `reference` is the help page's URL.
    public var json: JSONValue {
        .object([
            ("dataSet", .string(dataSet)),
            ("date", .optional(date?.description)),
            ("reference", .optional(reference)),
        ])
    }
}

extension FactCheck {
    /// `{"date": …, "method": "source|help-page|live-probe", "outcome": "confirmed|drifted"|null, "note": …|null}`.
    public var json: JSONValue {
        .object([
            ("date", .string(date.description)),
            ("method", .string(method.rawValue)),
            ("outcome", .optional(outcome?.rawValue)),
            ("note", .optional(note)),
        ])
    }
}

extension ExchangeServer {
    /// The service in the stable `exchange[]` JSON shape of `lookup --json`.
    public var json: JSONValue {
        var verificationFields: [(String, JSONValue)] = [("status", .string(verification.status.rawValue))]
        if let detail = verification.detail { verificationFields.append(("detail", .string(detail))) }
        var fields: [(String, JSONValue)] = [
            ("kind", .string(kind.rawValue)),
            ("url", .string(url)),
            ("host", .optional(host)),
            ("auth", .array(auth.map { .string($0.rawValue) })),
            ("username", .string(username)),
            ("verification", .object(verificationFields)),
        ]
        if let provenance { fields.append(("provenance", provenance.json)) }
        return .object(fields)
    }
}
