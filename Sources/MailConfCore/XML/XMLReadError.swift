/// Why an XML document was refused.
public struct XMLReadError: Error, Hashable, Sendable, CustomStringConvertible {
    private enum Code: Hashable, Sendable {
        case tooLarge
        case doctype
        case tooDeep
        case tooManyElements
        case malformed
        case unexpectedRoot
    }

    private let code: Code
    /// Details for people.
    public let message: String

    private init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }

    /// The document exceeds the byte limit.
    public static func tooLarge(limit: Int) -> XMLReadError {
        XMLReadError(.tooLarge, "the XML document is larger than \(limit) bytes")
    }
    /// The document declares a DTD: refused, as DTDs enable external and expanding entities (XXE, billion laughs).
    public static let doctypeRefused = XMLReadError(
        .doctype,
        "the XML document declares a DTD or entities, which MailConf refuses (XXE and entity-expansion protection)"
    )
    /// Elements nest deeper than the limit.
    public static func tooDeep(limit: Int) -> XMLReadError {
        XMLReadError(.tooDeep, "the XML document nests elements deeper than \(limit) levels")
    }
    /// More elements than the limit.
    public static func tooManyElements(limit: Int) -> XMLReadError {
        XMLReadError(.tooManyElements, "the XML document has more than \(limit) elements")
    }
    /// Not well-formed XML.
    public static func malformed(_ detail: String) -> XMLReadError {
        XMLReadError(.malformed, "the XML document is not well-formed: \(detail)")
    }
    /// Well-formed, but not the expected document type.
    public static func unexpectedRoot(expected: String, found: String) -> XMLReadError {
        XMLReadError(.unexpectedRoot, "expected a <\(expected)> document, found <\(found)>")
    }

    /// Whether two errors are of the same kind, whatever their details.
    public func isSameKind(as other: XMLReadError) -> Bool { code == other.code }
}
