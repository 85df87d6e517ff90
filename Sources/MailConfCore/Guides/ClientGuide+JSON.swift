extension ClientGuide {
    /// The guide in the stable `guide` JSON shape (`docs/json.md`). Fields may be added, never
    /// renamed.
    public var json: JSONValue {
        .object([
            ("client", .string(client)),
            ("name", .string(clientName)),
            ("language", .string(language.rawValue)),
            (
                "labelsFrom",
                .object([
                    ("version", .string(labelsFrom.version)),
                    ("en", .string(labelsFrom.en)),
                    ("tr", .string(labelsFrom.tr)),
                    ("provenAgainst", .optional(provenAgainst)),
                ])
            ),
            ("warnings", .array(warnings.map { .string($0) })),
            (
                "sections",
                .array(
                    sections.map { section in
                        .object([
                            ("heading", .string(section.heading)),
                            ("server", .optional(section.server)),
                            ("steps", .array(section.steps.map(\.json))),
                        ])
                    }
                )
            ),
            (
                "explanations",
                .array(
                    explanations.map { explanation in
                        .object([
                            ("topic", .string(explanation.topic)),
                            ("title", .string(explanation.title)),
                            ("text", .string(explanation.text)),
                        ])
                    }
                )
            ),
        ])
    }
}

extension ClientGuide.Step {
    var json: JSONValue {
        var fields: [(String, JSONValue)] = []
        if let text { fields.append(("text", .string(text))) }
        if let label { fields.append(("label", .string(label))) }
        if let englishLabel { fields.append(("englishLabel", .string(englishLabel))) }
        if let value { fields.append(("value", .string(value))) }
        if unverified { fields.append(("unverified", .bool(true))) }
        return .object(fields)
    }
}
