/// Protocol-level reads over a ``MailTransport``: SMTP replies, IMAP responses up to a tagged completion, POP3
/// status lines and multi-line responses, each bounded by the probe's options.
///
/// Every line passes through the session's ``SecretRedactor`` (when a login is planned) before anything else sees
/// it, so no echo of a secret reaches a result, a message or a log.
struct LineSession: Sendable {
    let transport: any MailTransport
    let options: ProbeOptions
    var redactor: SecretRedactor?
    /// Told of every line read, so that the probe knows the server has spoken.
    var heard: (@Sendable () -> Void)?

    func send(_ line: String) async throws {
        try await transport.send(line + "\r\n")
    }

    func readLine() async throws -> String {
        let line = try await transport.readLine(timeout: options.readTimeout)
        heard?()
        return redactor?.redact(line) ?? line
    }

    func readSMTPReply() async throws -> SMTPReply {
        var parser = SMTPReplyParser(maximumLines: options.maximumReplyLines)
        while true {
            let line = try await readLine()
            do {
                if let reply = try parser.feed(line) { return reply }
            } catch {
                let kind: TransportError.Kind = error.tooManyLines ? .sessionTooLarge : .protocolViolation
                throw TransportError(kind, error.description, serverText: Printable.excerpt(line, limit: 200))
            }
        }
    }

    /// Reads one IMAP response, joining literals (`{n}`) into the line.
    func readIMAPResponse() async throws -> IMAPResponse {
        var line = try await readLine()
        var joined = 0
        while let length = IMAPResponse.literalLength(at: line) {
            guard length <= options.maximumLiteralBytes else {
                throw TransportError(
                    .sessionTooLarge,
                    "IMAP literal of \(length) bytes exceeds \(options.maximumLiteralBytes)"
                )
            }
            joined += 1
            guard joined <= 16 else {
                throw TransportError(.protocolViolation, "more than 16 literals in one response")
            }
            let bytes = try await transport.readBytes(length, timeout: options.readTimeout)
            // The literal stands where its {n} marker was.
            if let open = line.lastIndex(of: "{") { line = String(line[..<open]) }
            let literal = String(decoding: bytes, as: UTF8.self)
            line += (redactor?.redact(literal) ?? literal) + (try await readLine())
        }
        do {
            return try IMAPResponse(parsing: line)
        } catch {
            throw TransportError(
                .protocolViolation,
                error.description,
                serverText: Printable.excerpt(line, limit: 200)
            )
        }
    }

    /// Reads responses until the tagged completion of `tag`.
    func readIMAPCompletion(tag: String) async throws -> (untagged: [IMAPResponse], completion: IMAPResponse) {
        var untagged: [IMAPResponse] = []
        while true {
            let response = try await readIMAPResponse()
            switch response {
            case .tagged(let got, _, _, _) where got == tag:
                return (untagged, response)
            case .untagged(let keyword, _, let text) where keyword == "BYE":
                throw TransportError(.closed, "the server said BYE: \(Printable.excerpt(text, limit: 200))")
            default:
                untagged.append(response)
                guard untagged.count <= options.maximumReplyLines else {
                    throw TransportError(.sessionTooLarge, "more than \(options.maximumReplyLines) untagged responses")
                }
            }
        }
    }

    func readPOP3Reply() async throws -> POP3Reply {
        let line = try await readLine()
        do {
            return try POP3Reply(parsing: line)
        } catch {
            throw TransportError(
                .protocolViolation,
                error.description,
                serverText: Printable.excerpt(line, limit: 200)
            )
        }
    }

    func readPOP3Multiline() async throws -> [String] {
        var reader = POP3MultilineReader(maximumLines: options.maximumReplyLines)
        while true {
            let line = try await readLine()
            do {
                if try reader.feed(line) { return reader.lines }
            } catch {
                throw TransportError(
                    .sessionTooLarge,
                    "more than \(options.maximumReplyLines) lines in one POP3 response"
                )
            }
        }
    }
}
