/// The POX `<Error>` document an Autodiscover endpoint returns for a request it cannot answer.
///
/// Codes follow Exchange: `500` for an unknown user or domain, `600` for an invalid request, `603` for a
/// server error.
public struct AutodiscoverError: Hashable, Sendable {
    /// `<ErrorCode>`.
    public var code: Int
    /// `<Message>`.
    public var message: String
    /// The `Time` attribute, `HH:mm:ss.fffffff`.
    public var time: String
    /// The `Id` attribute, a number identifying the failure.
    public var id: UInt32

    /// Creates an error document.
    public init(code: Int, message: String, time: String = "00:00:00.0000000", id: UInt32 = 0) {
        self.code = code
        self.message = message
        self.time = time
        self.id = id
    }

    /// `600 Invalid Request`.
    public static func invalidRequest(_ message: String = "Invalid Request") -> AutodiscoverError {
        AutodiscoverError(code: 600, message: message)
    }

    /// `500`: no settings for this address.
    public static func unknownAddress(_ message: String = "The e-mail address cannot be found.") -> AutodiscoverError {
        AutodiscoverError(code: 500, message: message)
    }

    /// The document as XML.
    public var xml: String {
        var writer = XMLWriter(declaration: #"<?xml version="1.0" encoding="utf-8"?>"#)
        writer.open("Autodiscover", ["xmlns": AutodiscoverResponse.outerNamespace])
        writer.open("Response")
        writer.open("Error", ["Time": time, "Id": String(id)])
        writer.element("ErrorCode", String(code))
        writer.element("Message", message)
        writer.empty("DebugData")
        writer.close("Error")
        writer.close("Response")
        writer.close("Autodiscover")
        return writer.output
    }
}
