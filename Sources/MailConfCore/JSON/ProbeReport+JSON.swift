import Foundation

extension ProbeReport {
    /// The stable `probe` JSON shape (`docs/json.md`). Fields may be added, never renamed.
    public var json: JSONValue {
        json(language: .en)
    }

    /// The `probe` JSON shape with the plain-words answers in `language`.
    public func json(language: Language) -> JSONValue {
        .object([
            ("host", .string(host)),
            ("services", .array(services.map(\.json))),
            (
                "answers",
                .array(
                    plainAnswers.map { answer in
                        .object([
                            ("question", .string(answer.question)),
                            ("verdict", .string(answer.verdict.rawValue)),
                            ("text", .string(answer.text(language))),
                        ])
                    }
                )
            ),
        ])
    }
}

extension ProbeResult {
    /// One service in the `probe` JSON shape.
    public var json: JSONValue {
        .object([
            ("service", .string(service.name)),
            ("port", .int(service.port)),
            ("protocol", .string(service.protocol.rawValue)),
            ("address", .optional(address)),
            ("reachable", .bool(reachable)),
            ("healthy", .bool(isHealthy)),
            ("security", .string(security?.rawValue ?? "none")),
            ("greeting", .optional(greeting)),
            (
                "capabilities",
                .object([
                    ("beforeTLS", .array(capabilitiesBeforeTLS.map { .string($0) })),
                    ("afterTLS", .array(capabilitiesAfterTLS.map { .string($0) })),
                ])
            ),
            (
                "auth",
                .object([
                    ("beforeTLS", .array(authBeforeTLS.map { .string($0) })),
                    ("afterTLS", .array(authAfterTLS.map { .string($0) })),
                ])
            ),
            ("tls", tls?.json ?? .null),
            ("accepted-versions", acceptedVersions.map { .array($0.map { .string($0.rawValue) }) } ?? .null),
            (
                "version-checks",
                .array(
                    versionChecks.map { check in
                        .object([
                            ("version", .string(check.version.rawValue)),
                            ("outcome", .string(check.outcome.rawValue)),
                            ("detail", .string(check.detail)),
                        ])
                    }
                )
            ),
            ("findings", .array(findings.map(\.json))),
            (
                "timings",
                .object([
                    ("connectMs", timings.connectMs.map(JSONValue.double) ?? .null),
                    ("greetingMs", timings.greetingMs.map(JSONValue.double) ?? .null),
                    ("tlsMs", timings.tlsMs.map(JSONValue.double) ?? .null),
                    ("totalMs", .double(timings.totalMs)),
                ])
            ),
        ])
    }
}

extension TLSReport {
    /// `{"version", "cipher", "certificate", "chain"}`.
    public var json: JSONValue {
        .object([
            ("version", .optional(version)),
            ("cipher", .optional(cipher)),
            ("certificate", certificate?.json ?? .null),
            ("chain", .array(chain.map(\.json))),
        ])
    }
}

extension CertificateSummary {
    /// `{"subject", "issuer", "sans", "notBefore", "notAfter"}`; dates in ISO 8601 UTC.
    public var json: JSONValue {
        .object([
            ("subject", .string(subject)),
            ("issuer", .string(issuer)),
            ("sans", .array(sans.map { .string($0) })),
            ("notBefore", .string(Self.iso(notBefore))),
            ("notAfter", .string(Self.iso(notAfter))),
        ])
    }

    static func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}

extension CertificateReport {
    /// The leaf's fields plus `verdict`, `problems`, `checkedName` and `details`.
    public var json: JSONValue {
        guard case .object(var fields) = leaf.json else { return .null }
        fields += [
            ("checkedName", .string(checkedName)),
            ("verdict", .string(verdict)),
            ("problems", .array(problems.map { .string($0.rawValue) })),
            ("details", .array(details.map { .string($0) })),
        ]
        return .object(fields)
    }
}

extension ProbeFinding {
    /// `{"severity", "code", "message"}`.
    public var json: JSONValue {
        .object([("severity", .string(severity.rawValue)), ("code", .string(code)), ("message", .string(message))])
    }
}
