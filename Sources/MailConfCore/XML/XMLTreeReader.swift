import CLibXML2
public import Foundation

/// Parses untrusted XML into an ``XMLNode`` tree with libxml2's streaming reader, bounded in size, depth and
/// element count, and refusing any DTD so that no entity — external or expanding — is ever processed.
///
/// Not Foundation's `XMLParser`: on Linux it traps on invalid UTF-8 in names and on data-less processing
/// instructions, and leaks a string for every malformed document — a slow memory leak any HTTP client could
/// drive in `serve` (all found by `Scripts/fuzz`).
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
        return try Self.parse(data, limits: limits)
    }

    /// Parses a string; see ``read(_:)-(Data)``.
    public func read(_ text: String) throws(XMLReadError) -> XMLNode {
        try read(Data(text.utf8))
    }

    /// The document as valid UTF-8 without NUL, whatever it came in: the tree holds Swift strings, and the DTD
    /// check below must see the bytes the parser will (invalid UTF-8 in names once trapped the earlier
    /// Foundation-based reader: `Scripts/fuzz clientconfig`). UTF-16 (by BOM or by its `<?` pattern) and
    /// documents declaring ISO-8859-1, Windows-1252 or US-ASCII are converted and lose their declaration; other
    /// encodings are refused.
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
    /// uses one, so refusing them is cheaper than reasoning about each (one without data, `<?pi?>`, crashed the
    /// earlier Foundation-based reader: `Scripts/fuzz autodiscover`). Like the DTD check, a byte match: stricter
    /// than needed, never looser.
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

extension XMLTreeReader {
    /// libxml2 must be initialised once before threads use it.
    private static let libxml2Ready: Void = xmlInitParser()

    /// libxml2's node types, as `xmlTextReaderNodeType` reports them.
    private enum NodeType: Int32 {
        case element = 1
        case text = 3
        case cdata = 4
        case entityReference = 5
        case entity = 6
        case documentType = 10
        case whitespace = 13
        case significantWhitespace = 14
        case endElement = 15
    }

    /// The first error libxml2 reported, filled in by its error callback.
    private final class ErrorBox {
        var message: String?
    }

    /// Streams `data` (UTF-8, already free of DTDs) into a tree, enforcing the limits as elements open.
    static func parse(_ data: Data, limits: Limits) throws(XMLReadError) -> XMLNode {
        _ = libxml2Ready
        let options =
            Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_NOERROR.rawValue)
            | Int32(XML_PARSE_NOWARNING.rawValue)
        let errors = ErrorBox()
        guard !data.isEmpty else { throw .malformed("the document is empty") }
        guard let length = Int32(exactly: data.count) else { throw .malformed("the document is too large") }
        let result: Result<XMLNode, XMLReadError> = data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self),
                let reader = xmlReaderForMemory(base, length, nil, "UTF-8", options)
            else {
                return .failure(.malformed("the XML reader could not start"))
            }
            defer { xmlFreeTextReader(reader) }
            let context = Unmanaged.passUnretained(errors).toOpaque()
            xmlTextReaderSetStructuredErrorHandler(
                reader,
                { context, error in
                    guard let context, let error else { return }
                    let box = Unmanaged<ErrorBox>.fromOpaque(context).takeUnretainedValue()
                    guard box.message == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
                    let text = error.pointee.message.map { String(cString: $0) } ?? "malformed"
                    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
                    box.message = "\(trimmed) at line \(error.pointee.line)"
                },
                context
            )
            return build(reader, limits: limits, errors: errors)
        }
        return try result.get()
    }

    private static func build(
        _ reader: xmlTextReaderPtr,
        limits: Limits,
        errors: ErrorBox
    ) -> Result<XMLNode, XMLReadError> {
        var stack: [XMLNode] = []
        var root: XMLNode?
        var elementCount = 0
        func close() {
            guard let node = stack.popLast() else { return }
            if stack.isEmpty { root = node } else { stack[stack.count - 1].children.append(node) }
        }
        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 { break }
            guard status == 1 else { return .failure(.malformed(errors.message ?? "malformed XML")) }
            switch NodeType(rawValue: xmlTextReaderNodeType(reader)) {
            case .element?:
                elementCount += 1
                if elementCount > limits.maximumElements {
                    return .failure(.tooManyElements(limit: limits.maximumElements))
                }
                if stack.count >= limits.maximumDepth { return .failure(.tooDeep(limit: limits.maximumDepth)) }
                let name = text(xmlTextReaderConstLocalName(reader)) ?? ""
                let namespace = text(xmlTextReaderConstNamespaceUri(reader)).flatMap { $0.isEmpty ? nil : $0 }
                let empty = xmlTextReaderIsEmptyElement(reader) == 1
                var attributes: [String: String] = [:]
                while xmlTextReaderMoveToNextAttribute(reader) == 1 {
                    guard xmlTextReaderIsNamespaceDecl(reader) != 1 else { continue }
                    if let key = text(xmlTextReaderConstLocalName(reader)) {
                        attributes[key] = text(xmlTextReaderConstValue(reader)) ?? ""
                    }
                }
                stack.append(XMLNode(name: name, namespace: namespace, attributes: attributes))
                if empty { close() }
            case .endElement?:
                close()
            case .text?, .cdata?, .whitespace?, .significantWhitespace?:
                if !stack.isEmpty, let value = text(xmlTextReaderConstValue(reader)) {
                    stack[stack.count - 1].text += value
                }
            case .documentType?, .entity?, .entityReference?:
                return .failure(.doctypeRefused)
            default:
                continue  // comments, processing instructions, the XML declaration
            }
        }
        guard let root, stack.isEmpty else { return .failure(.malformed(errors.message ?? "no root element")) }
        return .success(root)
    }

    private static func text(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
