/// An Outlook Autodiscover POX request (`requestschema/2006`).
///
/// The reader is ``AutodiscoverRequestParser``.
public struct AutodiscoverRequest: Hashable, Sendable {
    /// The request-schema namespace Outlook sends.
    public static let namespace = "http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006"

    /// `<EMailAddress>`, as sent.
    public var emailAddress: String?
    /// `<LegacyDN>`, as sent.
    public var legacyDN: String?
    /// `<AcceptableResponseSchema>`.
    public var acceptableResponseSchema: String?

    /// Creates a request.
    public init(emailAddress: String? = nil, legacyDN: String? = nil, acceptableResponseSchema: String? = nil) {
        self.emailAddress = emailAddress
        self.legacyDN = legacyDN
        self.acceptableResponseSchema = acceptableResponseSchema
    }

    /// Whether the client accepts the Outlook `2006a` response (or did not say).
    public var acceptsOutlookResponse: Bool {
        acceptableResponseSchema.map { $0.trimmingWhitespace().hasSuffix("/responseschema/2006a") } ?? true
    }

    /// The request as XML, as Outlook sends it.
    public var xml: String {
        var writer = XMLWriter(declaration: #"<?xml version="1.0" encoding="utf-8"?>"#)
        writer.open("Autodiscover", ["xmlns": Self.namespace])
        writer.open("Request")
        if let emailAddress { writer.element("EMailAddress", emailAddress) }
        if let legacyDN { writer.element("LegacyDN", legacyDN) }
        if let acceptableResponseSchema { writer.element("AcceptableResponseSchema", acceptableResponseSchema) }
        writer.close("Request")
        writer.close("Autodiscover")
        return writer.output
    }
}
