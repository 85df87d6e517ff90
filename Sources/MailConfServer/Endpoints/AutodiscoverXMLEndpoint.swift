import Foundation
import MailConfCore
import NIOCore
import NIOHTTP1

/// `POST /autodiscover/autodiscover.xml` (also GET with `?email=`): Outlook's POX Autodiscover, 2006a responses.
///
/// Errors are POX `<Error>` documents with the codes of [MS-OXDSCLI] §2.2.4.1.1.3.1: `500` the address cannot be
/// found; `501` the address is known but has no configuration to offer (a provider reachable only through its
/// bridge program, or without IMAP access); `600` an invalid request; `601` a response schema other than 2006a;
/// `603` an internal error, here the nearest fit for a rate limit (with HTTP `429` and `Retry-After`). `602`
/// (configuration errors) is never sent: nothing a request carries can be a configuration error of this service.
enum AutodiscoverXMLEndpoint {
    /// The POX error codes this endpoint sends.
    enum Code: Int {
        case unknownAddress = 500
        case noConfiguration = 501
        case invalidRequest = 600
        case schemaNotAvailable = 601
        case internalError = 603
    }

    static func respond(to request: ServiceRequest, service: MailConfService) async -> ServiceResponse {
        var emailText = request.addressParameter()
        if let body = request.body, body.readableBytes > 0 {
            do {
                let parsed = try AutodiscoverRequestParser().parse(Data(body.readableBytesView))
                guard parsed.acceptsOutlookResponse else {
                    return error(
                        .schemaNotAvailable,
                        "The requested schema version is not supported: only the Outlook 2006a schema is served"
                    )
                }
                emailText = parsed.emailAddress ?? emailText
            } catch let problem {
                return error(.invalidRequest, "Invalid Request: \(EchoedInput.cut("\(problem)"))")
            }
        }
        guard let emailText, !emailText.isEmpty else {
            // A GET without an address is not Outlook (Delta Chat asks this way, and reads any 200 as the answer):
            // a status other than 200 lets such a client go on to its next source.
            let status: HTTPResponseStatus = request.method == .POST ? .ok : .badRequest
            return error(.invalidRequest, "Invalid Request: no EMailAddress", status: status)
        }
        let address: EmailAddress
        do {
            address = try EmailAddress(parsing: emailText)
        } catch let problem {
            return error(
                .invalidRequest,
                "Invalid Request: '\(EchoedInput.cut(emailText))' is not an address: \(EchoedInput.cut("\(problem)"))"
            )
        }
        switch await service.resolver.resolve(
            domain: address.domain,
            client: request.client,
            ownDiscovery: request.fromDiscovery
        ) {
        case .rateLimited(let retryAfter):
            var response = error(
                .internalError,
                "Too many lookups of new domains; retry later",
                status: .tooManyRequests,
                domain: address.domain
            )
            response.headers.append(("Retry-After", String(retryAfter)))
            return response
        case .notFound(let answer) where answer.result.config.notes.contains(where: \.blocksDirectAccess),
            .found(let answer) where answer.result.config.notes.contains(where: \.blocksDirectAccess):
            return error(
                .noConfiguration,
                "The e-mail address was found, but its provider offers no IMAP, POP3 or SMTP settings: \(answer.result.hint)",
                domain: address.domain
            )
        case .notFound(let answer):
            return error(
                .unknownAddress,
                "The e-mail address cannot be found: \(answer.result.hint)",
                domain: address.domain
            )
        case .found(let answer):
            // No DisplayName: the service knows an address, not the name of the person who owns it.
            let xml = AutodiscoverResponse(account: answer.config(for: address).forClientDocuments, displayName: nil)
                .xml
            let document = RenderedDocument(
                body: ByteBuffer(string: xml),
                contentType: "application/xml; charset=utf-8",
                maxAge: service.maxAge(answer),
                expires: answer.expires
            )
            service.remember(document, endpoint: .autodiscoverXML, domain: address.domain, request: request)
            var response = document.response(for: request.headers)
            response.domain = address.domain
            return response
        }
    }

    static func error(
        _ code: Code,
        _ message: String,
        status: HTTPResponseStatus = .ok,
        domain: String? = nil
    ) -> ServiceResponse {
        var response = ServiceResponse(
            status: status,
            contentType: "application/xml; charset=utf-8",
            text: AutodiscoverError(code: code.rawValue, message: message, time: errorTime(), id: errorID(message)).xml
        )
        response.domain = domain
        return response
    }

    /// `HH:mm:ss.fffffff`, as Exchange writes the `Time` of an error.
    static func errorTime() -> String {
        let seconds = Date().timeIntervalSince1970
        let day = seconds.truncatingRemainder(dividingBy: 86400)
        let hours = Int(day / 3600)
        let minutes = Int(day.truncatingRemainder(dividingBy: 3600) / 60)
        let rest = day.truncatingRemainder(dividingBy: 60)
        let whole = Int(rest)
        let fraction = Int((rest - Double(whole)) * 10_000_000)
        return String(format: "%02d:%02d:%02d.%07d", hours, minutes, whole, fraction)
    }

    static func errorID(_ message: String) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in message.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }
}
