extension ProbeResult {
    /// Passes every text the server could have shaped through `redactor`: the last guard before the result is
    /// printed or logged (lines are already redacted as they are read).
    mutating func redact(with redactor: SecretRedactor) {
        greeting = greeting.map(redactor.redact)
        capabilitiesBeforeTLS = capabilitiesBeforeTLS.map(redactor.redact)
        capabilitiesAfterTLS = capabilitiesAfterTLS.map(redactor.redact)
        authBeforeTLS = authBeforeTLS.map(redactor.redact)
        authAfterTLS = authAfterTLS.map(redactor.redact)
        for index in findings.indices { findings[index].message = redactor.redact(findings[index].message) }
        if var attempt = authentication {
            attempt.serverText = attempt.serverText.map(redactor.redact)
            attempt.message = redactor.redact(attempt.message)
            authentication = attempt
        }
    }
}
