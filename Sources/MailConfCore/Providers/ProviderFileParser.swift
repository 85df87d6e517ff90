/// Reads the provider file format of `Providers/README.md` into a ``ProviderRecord``.
///
/// The format is line based: `key = value` lines, `#` comment lines, and `[imap]`, `[pop3]`, `[smtp]` and
/// `[oauth2]` section headers; a server section may appear more than once, most preferred first. Unknown keys and
/// sections are errors, so typos surface in `mailconf providers check`.
///
/// ### Example
/// ```
/// id = example.net
/// domain = example.net
/// [imap]
/// host = imap.example.net
/// port = 993
/// security = tls
/// ```
///
/// The reader is bounded: see ``Limits``.
public struct ProviderFileParser: Sendable {
    /// Caps that keep a hostile or broken file from costing unbounded time or memory.
    public struct Limits: Hashable, Sendable {
        /// Largest file accepted, in bytes.
        public var maximumFileBytes: Int = 1 << 20
        /// Longest line accepted, in bytes.
        public var maximumLineBytes: Int = 4096
        /// Most servers per file.
        public var maximumServers: Int = 64
        /// Most values of one repeatable key (domains, MX suffixes…).
        public var maximumValuesPerKey: Int = 10000

        /// The defaults.
        public init() {}
    }

    /// The limits in force.
    public var limits: Limits

    /// Creates a parser.
    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// The lines of `text`, split on LF by bytes (grapheme-free, so fast).
    private static func lines(of text: String) -> [Substring] {
        var result: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        while let newline = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) {
            result.append(Substring(utf8[start..<newline]))
            start = utf8.index(after: newline)
        }
        result.append(Substring(utf8[start...]))
        return result
    }

    /// `text` without leading and trailing ASCII spaces, tabs and carriage returns.
    private static func trimmed(_ text: Substring) -> Substring {
        let utf8 = text.utf8
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
        guard let first = utf8.firstIndex(where: { !isSpace($0) }), let last = utf8.lastIndex(where: { !isSpace($0) })
        else { return text[text.endIndex...] }
        return Substring(utf8[first...last])
    }

    private enum Section {
        case header
        case server(Int)
        case oauth2
    }

    /// Parses one file.
    ///
    /// - Parameter fileName: used in error messages only.
    /// - Throws: ``ProviderFileError`` with the line at fault.
    public func parse(_ text: String, fileName: String? = nil) throws(ProviderFileError) -> ProviderRecord {
        func fail(_ line: Int, _ message: String) -> ProviderFileError {
            ProviderFileError(file: fileName, line: line, message: message)
        }
        guard text.utf8.count <= limits.maximumFileBytes else {
            throw fail(0, "file is larger than \(limits.maximumFileBytes) bytes")
        }
        var record = ProviderRecord(id: "")
        var sawID = false
        var sawStatus = false
        var section = Section.header
        var oauth = (issuer: String?.none, scope: String?.none, authURL: String?.none, tokenURL: String?.none)
        var oauthLine = 0
        var seenInSection: Set<String> = []
        var serverKeys: [Set<String>] = []

        var lineNumber = 0
        for rawLine in Self.lines(of: text) {
            lineNumber += 1
            guard rawLine.utf8.count <= limits.maximumLineBytes else {
                throw fail(lineNumber, "line is longer than \(limits.maximumLineBytes) bytes")
            }
            let line = Self.trimmed(rawLine)
            guard let firstByte = line.utf8.first, firstByte != UInt8(ascii: "#") else { continue }

            if firstByte == UInt8(ascii: "[") {
                guard line.utf8.last == UInt8(ascii: "]") else {
                    throw fail(lineNumber, "section header '\(line)' lacks its closing ']'")
                }
                let name = Self.trimmed(line.dropFirst().dropLast()).lowercased()
                seenInSection = []
                if name == "oauth2" {
                    guard oauthLine == 0 else { throw fail(lineNumber, "only one [oauth2] section is allowed") }
                    oauthLine = lineNumber
                    section = .oauth2
                } else if let proto = MailProtocol(rawValue: name) {
                    guard record.servers.count < limits.maximumServers else {
                        throw fail(lineNumber, "more than \(limits.maximumServers) servers")
                    }
                    record.servers.append(
                        ServerSettings(protocol: proto, host: "", port: 0, security: .plain, auth: [], username: "")
                    )
                    serverKeys.append([])
                    section = .server(record.servers.count - 1)
                } else {
                    throw fail(lineNumber, "unknown section [\(name)]; expected [imap], [pop3], [smtp] or [oauth2]")
                }
                continue
            }

            guard let equals = line.utf8.firstIndex(of: UInt8(ascii: "=")) else {
                throw fail(lineNumber, "expected 'key = value', found '\(line.prefix(60))'")
            }
            let key = Self.trimmed(line[..<equals]).lowercased()
            let value = String(Self.trimmed(line[line.utf8.index(after: equals)...]))
            guard !value.isEmpty else { throw fail(lineNumber, "'\(key)' has no value") }

            switch section {
            case .header:
                func append(_ list: inout [String], _ item: String) throws(ProviderFileError) {
                    guard list.count < limits.maximumValuesPerKey else {
                        throw fail(lineNumber, "more than \(limits.maximumValuesPerKey) '\(key)' values")
                    }
                    list.append(item)
                }
                switch key {
                case "id":
                    guard !sawID else { throw fail(lineNumber, "'id' is given twice") }
                    sawID = true
                    record.id = value
                case "name":
                    guard record.name == nil else { throw fail(lineNumber, "'name' is given twice") }
                    record.name = value
                case "status":
                    guard !sawStatus else { throw fail(lineNumber, "'status' is given twice") }
                    guard let status = ProviderStatus(rawValue: value.lowercased()) else {
                        throw fail(lineNumber, "unknown status '\(value)'; expected ok, preparation or broken")
                    }
                    sawStatus = true
                    record.status = status
                case "source":
                    try append(&record.sources, value)
                case "domain":
                    try append(&record.domains, value.lowercased())
                case "mx":
                    try append(&record.mxSuffixes, value.lowercased())
                case "mx-username":
                    guard record.mxUsername == nil else { throw fail(lineNumber, "'mx-username' is given twice") }
                    record.mxUsername = value
                case "note":
                    guard record.notes.count < limits.maximumValuesPerKey else {
                        throw fail(lineNumber, "too many notes")
                    }
                    record.notes.append(ProviderNote(rawValue: value.lowercased()))
                default:
                    throw fail(
                        lineNumber,
                        "unknown key '\(key)'; expected id, name, status, source, domain, mx, mx-username or note"
                    )
                }
            case .server(let index):
                guard serverKeys[index].insert(key).inserted else {
                    throw fail(lineNumber, "'\(key)' is given twice in this server section")
                }
                switch key {
                case "host":
                    record.servers[index].host = Placeholder.lowercasedHost(value)
                case "port":
                    guard let port = DefaultPorts.parse(value) else {
                        throw fail(lineNumber, "port '\(value)' is not a number from 1 to 65535")
                    }
                    record.servers[index].port = port
                case "security":
                    guard let security = TransportSecurity(rawValue: value.lowercased()) else {
                        throw fail(lineNumber, "unknown security '\(value)'; expected tls, starttls or plain")
                    }
                    record.servers[index].security = security
                case "auth":
                    record.servers[index].auth = value.split(whereSeparator: \.isWhitespace).map {
                        AuthMethod(rawValue: $0.lowercased())
                    }
                case "username":
                    record.servers[index].username = value
                default:
                    throw fail(
                        lineNumber,
                        "unknown server key '\(key)'; expected host, port, security, auth or username"
                    )
                }
            case .oauth2:
                guard seenInSection.insert(key).inserted else {
                    throw fail(lineNumber, "'\(key)' is given twice in [oauth2]")
                }
                switch key {
                case "issuer": oauth.issuer = value
                case "scope": oauth.scope = value
                case "auth-url": oauth.authURL = value
                case "token-url": oauth.tokenURL = value
                default:
                    throw fail(
                        lineNumber,
                        "unknown [oauth2] key '\(key)'; expected issuer, scope, auth-url or token-url"
                    )
                }
            }
        }

        guard sawID else { throw fail(0, "the file has no 'id'") }
        for (offset, server) in record.servers.enumerated() {
            let missing = ["host", "port", "security", "username"].filter { !serverKeys[offset].contains($0) }
            guard missing.isEmpty else {
                throw fail(
                    0,
                    "server \(offset + 1) ([\(server.protocol.rawValue)]) lacks \(missing.joined(separator: ", "))"
                )
            }
        }
        if oauthLine > 0 {
            guard let issuer = oauth.issuer, let scope = oauth.scope, let authURL = oauth.authURL,
                let tokenURL = oauth.tokenURL
            else {
                throw fail(oauthLine, "[oauth2] needs issuer, scope, auth-url and token-url")
            }
            record.oauth2 = OAuth2Settings(issuer: issuer, scope: scope, authURL: authURL, tokenURL: tokenURL)
        }
        for index in record.servers.indices where !serverKeys[index].contains("auth") {
            record.servers[index].auth = [.passwordCleartext]
        }
        return record
    }
}
