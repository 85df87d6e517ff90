import MailConfCore
import NIOHTTP1

/// `GET /v1/lookup?email=…`: exactly the `mailconf lookup --json` contract.
enum LookupEndpoint {
    static func respond(to request: ServiceRequest, service: MailConfService) async -> ServiceResponse {
        let address: EmailAddress
        switch EmailAddress.parsing(
            request: request.addressParameter(),
            missing: "give ?email=user@example.com"
        ) {
        case .failure(let error): return error.json
        case .success(let value): address = value
        }
        switch await service.lookupResult(address, client: request.client) {
        case .failure(let error):
            return error.json
        case .success(let result):
            var response = ServiceResponse.json(result.json.serialized() + "\n", status: result.found ? .ok : .notFound)
            response.domain = address.domain
            return response
        }
    }
}
