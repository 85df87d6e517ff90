import MailConfCore
import NIOHTTP1

/// The one error type at the service's edge: what was wrong with a request, or why it has no answer, as a code,
/// a message for people and an HTTP status. Endpoints return it; each renders it in its protocol's shape (JSON for
/// most, a POX `<Error>` for Autodiscover, a paragraph on the page), and never parses another's output back.
struct EndpointError: Error, Sendable {
    /// A machine-readable code (the JSON `error` field).
    struct Code: RawRepresentable, Hashable, Sendable {
        var rawValue: String
        static let missingAddress = Code(rawValue: "missing-address")
        static let invalidAddress = Code(rawValue: "invalid-address")
        static let invalidDomain = Code(rawValue: "invalid-domain")
        static let unknownDomain = Code(rawValue: "unknown-domain")
        static let rateLimited = Code(rawValue: "rate-limited")
        static let incomplete = Code(rawValue: "incomplete")
    }

    var code: Code
    /// For people; any client input in it is already cut (``EchoedInput``).
    var message: String
    var status: HTTPResponseStatus
    /// Seconds to wait, for `rate-limited`.
    var retryAfter: Int?
    /// The domain the request was about, when one was known, for the log.
    var domain: String?

    static func missingAddress(_ message: String) -> EndpointError {
        EndpointError(code: .missingAddress, message: message, status: .badRequest)
    }

    /// `text` is not an address: it is echoed, cut.
    static func invalidAddress(_ text: String, _ problem: any Error) -> EndpointError {
        EndpointError(
            code: .invalidAddress,
            message: "'\(EchoedInput.cut(text))' is not a usable address: \(EchoedInput.cut("\(problem)"))",
            status: .badRequest
        )
    }

    static func invalidDomain(_ text: String, _ problem: any Error) -> EndpointError {
        EndpointError(
            code: .invalidDomain,
            message: "'\(EchoedInput.cut(text))' is not a usable domain: \(EchoedInput.cut("\(problem)"))",
            status: .badRequest
        )
    }

    static func rateLimited(_ retryAfter: Int, domain: String) -> EndpointError {
        EndpointError(
            code: .rateLimited,
            message: "too many lookups of new domains; retry in \(retryAfter) s",
            status: .tooManyRequests,
            retryAfter: retryAfter,
            domain: domain
        )
    }

    static func unknownDomain(_ answer: DomainAnswer, domain: String) -> EndpointError {
        EndpointError(code: .unknownDomain, message: answer.result.hint, status: .notFound, domain: domain)
    }

    /// `{"error": CODE, "message": …}` with the status (and `Retry-After`).
    var json: ServiceResponse {
        let value: JSONValue = .object([("error", .string(code.rawValue)), ("message", .string(message))])
        var response = ServiceResponse.json(value.serialized(pretty: false) + "\n", status: status)
        if let retryAfter { response.headers.append(("Retry-After", String(retryAfter))) }
        response.domain = domain
        return response
    }
}

extension EmailAddress {
    /// The address in `text`, or the edge's error for it.
    static func parsing(request text: String?, missing: String) -> Result<EmailAddress, EndpointError> {
        guard let text, !text.isEmpty else { return .failure(.missingAddress(missing)) }
        do {
            return .success(try EmailAddress(parsing: text))
        } catch {
            return .failure(.invalidAddress(text, error))
        }
    }
}
