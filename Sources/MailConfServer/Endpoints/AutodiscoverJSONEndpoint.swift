import Foundation
import MailConfCore
import NIOHTTP1

/// `GET /autodiscover/autodiscover.json?Email=…&Protocol=AutodiscoverV1` (and `…/v1.0/EMAIL`): new Outlook's first
/// step, answered with where the POX endpoint is.
enum AutodiscoverJSONEndpoint {
    static func respond(to request: ServiceRequest, service: MailConfService) -> ServiceResponse {
        func failure(_ code: String, _ message: String) -> ServiceResponse {
            let value: JSONValue = .object([("ErrorCode", .string(code)), ("ErrorMessage", .string(message))])
            return .json(value.serialized(pretty: false), status: .badRequest)
        }
        let protocolName = request.query["protocol"] ?? ""
        guard protocolName.lowercased() == "autodiscoverv1" else {
            return failure(
                "InvalidProtocol",
                "The given protocol value '\(EchoedInput.cut(protocolName))' is invalid. Supported values are 'AutodiscoverV1'."
            )
        }
        var email = request.query["email"]
        if email == nil, let range = request.path.range(of: "/v1.0/") {
            email = String(request.path[range.upperBound...]).removingPercentEncoding
        }
        guard let email, let address = try? EmailAddress(parsing: email) else {
            return failure("InvalidUser", "The given email address is not valid: '\(EchoedInput.cut(email ?? ""))'.")
        }
        let value: JSONValue = .object([
            ("Protocol", .string("AutodiscoverV1")),
            ("Url", .string(service.publicBase(request) + "/Autodiscover/Autodiscover.xml")),
        ])
        var response = ServiceResponse.json(value.serialized(pretty: false))
        response.domain = address.domain
        return response
    }
}
