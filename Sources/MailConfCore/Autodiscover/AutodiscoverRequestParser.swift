public import Foundation

/// Reads an Autodiscover POX request by local element names, whatever the namespace, refusing DTDs and entities
/// and anything larger than 64 KiB.
public struct AutodiscoverRequestParser: Sendable {
    /// The XML reader; its byte limit defaults to 64 KiB here.
    public var reader: XMLTreeReader

    /// Creates a parser.
    public init(reader: XMLTreeReader? = nil) {
        var limits = XMLTreeReader.Limits()
        limits.maximumBytes = 64 * 1024
        limits.maximumDepth = 16
        limits.maximumElements = 256
        self.reader = reader ?? XMLTreeReader(limits: limits)
    }

    /// Parses a request body.
    ///
    /// - Throws: ``XMLReadError`` for bodies that are not an `<Autodiscover><Request>` document.
    public func parse(_ data: Data) throws(XMLReadError) -> AutodiscoverRequest {
        let root = try reader.read(data)
        guard root.name.equalsIgnoringASCIICase("Autodiscover") else {
            throw .unexpectedRoot(expected: "Autodiscover", found: root.name)
        }
        guard let request = root.child("Request") else {
            throw .unexpectedRoot(expected: "Autodiscover><Request", found: root.children.first?.name ?? "nothing")
        }
        return AutodiscoverRequest(
            emailAddress: request.childText("EMailAddress"),
            legacyDN: request.childText("LegacyDN"),
            acceptableResponseSchema: request.childText("AcceptableResponseSchema")
        )
    }
}
