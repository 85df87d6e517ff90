import Logging
import NIOCore

/// What a connection asks of the service: a document rendered for exactly this request target (the hot path), an
/// answer that needs no resolution, or an answer later through a callback. ``MailConfService`` is the one in use;
/// tests give ``HTTPHandler`` their own to decide when an answer arrives.
protocol HTTPResponder: Sendable {
    var options: ServeOptions { get }
    var metrics: ServerMetrics { get }
    var logger: Logger { get }

    /// A cached document for exactly this request target and `Host`, if any.
    func preparedDocument(uri: String, host: String?) -> PreparedDocument?

    /// A response that needs no resolution, or `nil`.
    func immediateResponse(to request: ServiceRequest, endpoint: MailConfService.Endpoint) -> ServiceResponse?

    /// Makes the response and hands it to `completion`, on any thread.
    func respond(
        to request: ServiceRequest,
        endpoint: MailConfService.Endpoint,
        completion: @escaping @Sendable (ServiceResponse) -> Void
    )
}

extension MailConfService: HTTPResponder {
    func respond(
        to request: ServiceRequest,
        endpoint: Endpoint,
        completion: @escaping @Sendable (ServiceResponse) -> Void
    ) {
        Task { completion(await respond(to: request, endpoint: endpoint)) }
    }
}
