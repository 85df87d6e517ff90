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
        let data = try Self.utf8Document(data)
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

    /// The document as valid UTF-8 without NUL, whatever it came in: libxml2 hands invalid UTF-8 in names on to
    /// Foundation's XMLParser, which traps on it (found by `Scripts/fuzz clientconfig`), and the DTD check below
    /// must see the bytes the parser will. UTF-16 (by BOM or by its `<?` pattern) and documents declaring
    /// ISO-8859-1, Windows-1252 or US-ASCII are converted and lose their declaration; other encodings are refused.
    static func utf8Document(_ data: Data) throws(XMLReadError) -> Data {
        let bytes = [UInt8](data)
        var text: String?
        var converted = true
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0x00, 0x3C, 0x00, 0x3F]) {
            text = String(data: data, encoding: .utf16BigEndian)
        } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0x3C, 0x00, 0x3F, 0x00]) {
            text = String(data: data, encoding: .utf16LittleEndian)
        } else {
            let declared = declaredEncoding(bytes)
            switch declared {
            case nil, "utf-8", "utf8":
                text = String(validating: bytes, as: UTF8.self)
                converted = false
            case "iso-8859-1", "latin1", "iso_8859-1", "us-ascii", "ascii":
                text = String(data: data, encoding: .isoLatin1)
            case "windows-1252", "cp1252":
                text = String(data: data, encoding: .windowsCP1252)
            case let other?:
                throw .malformed("the XML document is in \(other), which MailConf does not read (use UTF-8)")
            }
        }
        guard var text else { throw .malformed("the XML document's bytes are not valid in its encoding") }
        guard !text.unicodeScalars.contains("\u{0}") else { throw .malformed("the XML document contains NUL") }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if converted, text.hasPrefix("<?xml"), let end = text.range(of: "?>") {
            text.removeSubrange(text.startIndex..<end.upperBound)
        }
        try refuseProcessingInstructions(text)
        return converted ? Data(text.utf8) : data
    }

    /// Refuses processing instructions other than a leading XML declaration: none of the documents read here
    /// uses one, and Foundation's XMLParser crashes on one without data (`<?pi?>`, found by
    /// `Scripts/fuzz autodiscover`). Like the DTD check, a byte match: stricter than needed, never looser.
    static func refuseProcessingInstructions(_ text: String) throws(XMLReadError) {
        var utf8 = Substring(text).utf8[...]
        if utf8.starts(with: "\u{FEFF}".utf8) { utf8 = utf8.dropFirst(3) }
        if utf8.starts(with: "<?xml".utf8), let next = utf8.dropFirst(5).first, [0x20, 0x09, 0x0D, 0x0A].contains(next)
        {
            utf8 = utf8.dropFirst(5)
            // A declaration never holds `<`: `<?xml quest><?x?>` is a broken declaration followed by a PI that
            // libxml2 recovers and hands on (found by `Scripts/fuzz autodiscover`), not one declaration.
            guard let close = utf8.firstRange(of: "?>".utf8), !utf8[..<close.lowerBound].contains(UInt8(ascii: "<"))
            else {
                throw .malformed("the XML declaration is not closed by ?>")
            }
            utf8 = utf8[close.upperBound...]
        }
        if utf8.firstRange(of: "<?".utf8) != nil {
            throw .malformed("the XML document holds a processing instruction, which MailConf does not accept")
        }
    }

    /// The lower-cased `encoding` of a leading `<?xml …?>` declaration, if any.
    static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        let head = bytes[start..<min(bytes.count, start + 256)]
        guard head.starts(with: Array("<?xml".utf8)), let close = head.firstIndex(of: UInt8(ascii: ">")) else {
            return nil
        }
        let declaration = String(decoding: head[head.startIndex..<close], as: UTF8.self)
        guard let key = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote }).lowercased()
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
