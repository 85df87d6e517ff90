/// An element of a parsed XML document, reduced to what MailConf's formats need: local names (namespace
/// prefixes stripped), attributes, child elements and text.
public struct XMLNode: Hashable, Sendable {
    /// The element's local name, without any namespace prefix.
    public var name: String
    /// The namespace URI, if the element has one.
    public var namespace: String?
    /// Attributes by local name.
    public var attributes: [String: String]
    /// Child elements in document order.
    public var children: [XMLNode]
    /// The concatenated character data directly inside the element, untrimmed.
    public var text: String

    /// Creates a node.
    public init(
        name: String,
        namespace: String? = nil,
        attributes: [String: String] = [:],
        children: [XMLNode] = [],
        text: String = ""
    ) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.children = children
        self.text = text
    }

    /// Child elements whose local name equals `name`, compared without regard to case.
    public func children(named name: String) -> [XMLNode] {
        children.filter { $0.name.equalsIgnoringASCIICase(name) }
    }

    /// The first child element named `name` (any case).
    public func child(_ name: String) -> XMLNode? {
        children.first { $0.name.equalsIgnoringASCIICase(name) }
    }

    /// The trimmed text of the first child named `name`, or `nil` when absent or empty.
    public func childText(_ name: String) -> String? {
        guard let text = child(name)?.text.trimmingWhitespace(), !text.isEmpty else { return nil }
        return String(text)
    }

    /// The trimmed text of this element.
    public var trimmedText: String { String(text.trimmingWhitespace()) }
}

extension String {
    /// ASCII case-insensitive equality, enough for XML element names.
    func equalsIgnoringASCIICase(_ other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        return zip(utf8, other.utf8).allSatisfy { a, b in
            a == b || (a | 0x20 == b | 0x20 && (a | 0x20) >= 0x61 && (a | 0x20) <= 0x7A)
        }
    }
}
