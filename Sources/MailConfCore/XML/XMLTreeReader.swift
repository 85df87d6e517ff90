public import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses untrusted XML into an ``XMLNode`` tree with Foundation's SAX `XMLParser`, bounded in size, depth and
/// element count, and refusing any DTD so that no entity — external or expanding — is ever processed.
public struct XMLTreeReader: Sendable {
    /// Caps applied while reading.
    public struct Limits: Hashable, Sendable {
        /// Largest document, in bytes.
        public var maximumBytes: Int = 1 << 20
        /// Deepest element nesting.
        public var maximumDepth: Int = 32
        /// Most elements in the document.
        public var maximumElements: Int = 20000

        /// The defaults.
        public init() {}
    }

    /// The limits in force.
    public var limits: Limits

    /// Creates a reader.
    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Parses `data` and returns its root element.
    ///
    /// - Throws: ``XMLReadError``.
    public func read(_ data: Data) throws(XMLReadError) -> XMLNode {
        guard data.count <= limits.maximumBytes else { throw .tooLarge(limit: limits.maximumBytes) }
        guard !Self.declaresDTD(data) else { throw .doctypeRefused }
        let parser = XMLParser(data: data)
        let builder = TreeBuilder(limits: limits)
        parser.delegate = builder
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        let ok = parser.parse()
        if let failure = builder.failure { throw failure }
        guard ok, let root = builder.root else {
            let detail = parser.parserError.map { "\($0.localizedDescription) at line \(parser.lineNumber)" }
            throw .malformed(detail ?? "no root element")
        }
        return root
    }

    /// Parses a string; see ``read(_:)-(Data)``.
    public func read(_ text: String) throws(XMLReadError) -> XMLNode {
        try read(Data(text.utf8))
    }

    /// Whether `<!DOCTYPE` or `<!ENTITY` occurs anywhere (ASCII case-insensitive). Refusing on a byte match is
    /// stricter than needed, never looser.
    static func declaresDTD(_ data: Data) -> Bool {
        let patterns: [[UInt8]] = [Array("<!doctype".utf8), Array("<!entity".utf8)]
        return data.withUnsafeBytes { raw -> Bool in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard bytes.count >= 8 else { return false }
            var index = 0
            while index < bytes.count - 1 {
                if bytes[index] == UInt8(ascii: "<") && bytes[index + 1] == UInt8(ascii: "!") {
                    for pattern in patterns where index + pattern.count <= bytes.count {
                        var match = true
                        for offset in 2..<pattern.count where bytes[index + offset] | 0x20 != pattern[offset] {
                            match = false
                            break
                        }
                        if match { return true }
                    }
                }
                index += 1
            }
            return false
        }
    }
}

/// Builds the tree from SAX events; records the first limit exceeded and aborts.
private final class TreeBuilder: NSObject, XMLParserDelegate {
    let limits: XMLTreeReader.Limits
    var stack: [XMLNode] = []
    var root: XMLNode?
    var elementCount = 0
    var failure: XMLReadError?

    init(limits: XMLTreeReader.Limits) {
        self.limits = limits
    }

    func parser(
        _ parser: XMLParser,
        didStartElement elementName: String,
        namespaceURI: String?,
        qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        elementCount += 1
        if elementCount > limits.maximumElements {
            abort(parser, .tooManyElements(limit: limits.maximumElements))
            return
        }
        if stack.count >= limits.maximumDepth {
            abort(parser, .tooDeep(limit: limits.maximumDepth))
            return
        }
        var attributes: [String: String] = [:]
        for (key, value) in attributeDict {
            attributes[key.split(separator: ":").last.map(String.init) ?? key] = value
        }
        let localName = elementName.split(separator: ":").last.map(String.init) ?? elementName
        let namespace = (namespaceURI?.isEmpty ?? true) ? nil : namespaceURI
        stack.append(XMLNode(name: localName, namespace: namespace, attributes: attributes))
    }

    func parser(
        _ parser: XMLParser,
        didEndElement elementName: String,
        namespaceURI: String?,
        qualifiedName qName: String?
    ) {
        guard let node = stack.popLast() else { return }
        if stack.isEmpty {
            root = node
        } else {
            stack[stack.count - 1].children.append(node)
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard !stack.isEmpty, let text = String(data: CDATABlock, encoding: .utf8) else { return }
        stack[stack.count - 1].text += text
    }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        abort(parser, .doctypeRefused)
    }

    func parser(
        _ parser: XMLParser,
        foundExternalEntityDeclarationWithName name: String,
        publicID: String?,
        systemID: String?
    ) {
        abort(parser, .doctypeRefused)
    }

    private func abort(_ parser: XMLParser, _ error: XMLReadError) {
        if failure == nil { failure = error }
        parser.abortParsing()
    }
}
