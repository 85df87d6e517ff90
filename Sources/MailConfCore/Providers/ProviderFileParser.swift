/// Reads the provider file format of `Providers/README.md` into a ``ProviderRecord``.
///
/// The format is line based: `key = value` lines, `#` comment lines, and section headers: `[imap]`, `[pop3]`,
/// `[smtp]` (mail servers), `[ews]`, `[owa]`, `[graph]` (Exchange web services), `[note]` and `[oauth2]`. Server and
/// note sections may repeat, most preferred first. Every section, and the header, may carry `source` and `checked`
/// lines: the fact's ``Provenance``. Unknown keys and sections are errors, so typos surface in
/// `mailconf providers check`.
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

    /// `text` without leading and trailing whitespace: every scalar with Unicode's White_Space property, which is
    /// what the values' own readers split words on (a value of form feeds alone is no value). By scalar, not by
    /// character, so that a combining mark after the `= ` is not taken for part of the space.
    private static func trimmed(_ text: Substring) -> Substring {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return text[text.endIndex...] }
        return Substring(scalars[first...last])
    }

    private enum Section {
        case header
        case server(Int)
        case exchange(Int)
        case note(Int)
        case oauth2
    }

    /// What a file says beyond its record: directives that matter when it is merged as a curated overlay.
    public struct ParsedFile: Hashable, Sendable {
        /// The provider.
        public var record: ProviderRecord
        /// Whether the file has a `status` line (a curated overlay without one leaves the status alone).
        public var statesStatus: Bool
        /// Whether the file says `notes = exact`: its notes are the provider's whole note list.
        public var notesAreExact: Bool

        /// Creates a parsed file.
        public init(record: ProviderRecord, statesStatus: Bool, notesAreExact: Bool) {
            self.record = record
            self.statesStatus = statesStatus
            self.notesAreExact = notesAreExact
        }
    }

    /// Parses one file.
    ///
    /// - Parameter fileName: used in error messages only.
    /// - Throws: ``ProviderFileError`` with the line at fault.
    public func parse(_ text: String, fileName: String? = nil) throws(ProviderFileError) -> ProviderRecord {
        try parseFile(text, fileName: fileName).record
    }

    /// Parses one file, with its directives.
    ///
    /// - Parameter fileName: used in error messages only.
    /// - Throws: ``ProviderFileError`` with the line at fault.
    public func parseFile(_ text: String, fileName: String? = nil) throws(ProviderFileError) -> ParsedFile {
        func fail(_ line: Int, _ message: String) -> ProviderFileError {
            ProviderFileError(file: fileName, line: line, message: message)
        }
        guard text.utf8.count <= limits.maximumFileBytes else {
            throw fail(0, "file is larger than \(limits.maximumFileBytes) bytes")
        }
        var record = ProviderRecord(id: "")
        var sawID = false
        var sawStatus = false
        var notesAreExact = false
        var sawNotesDirective = false
        var section = Section.header
        var oauth = (issuer: String?.none, scope: String?.none, authURL: String?.none, tokenURL: String?.none)
        var oauthProvenance = Provenance()
        var oauthLine = 0
        var seenInSection: Set<String> = []
        var serverKeys: [Set<String>] = []
        var serverProvenance: [Provenance] = []
        var exchangeKeys: [Set<String>] = []
        var exchangeProvenance: [Provenance] = []
        var exchangeLines: [Int] = []
        var noteSections: [(code: String?, provenance: Provenance, line: Int)] = []
        var headerNotes: [ProviderNote] = []

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
                } else if name == "note" {
                    guard noteSections.count < limits.maximumValuesPerKey else {
                        throw fail(lineNumber, "too many notes")
                    }
                    noteSections.append((nil, Provenance(), lineNumber))
                    section = .note(noteSections.count - 1)
                } else if let proto = MailProtocol(rawValue: name) {
                    guard record.servers.count < limits.maximumServers else {
                        throw fail(lineNumber, "more than \(limits.maximumServers) servers")
                    }
                    record.servers.append(
                        ServerSettings(protocol: proto, host: "", port: 0, security: .plain, auth: [], username: "")
                    )
                    serverKeys.append([])
                    serverProvenance.append(Provenance())
                    section = .server(record.servers.count - 1)
                } else if let kind = ExchangeServer.Kind(rawValue: name) {
                    guard record.exchange.count < limits.maximumServers else {
                        throw fail(lineNumber, "more than \(limits.maximumServers) Exchange services")
                    }
                    record.exchange.append(ExchangeServer(kind: kind, url: "", auth: [], username: ""))
                    exchangeKeys.append([])
                    exchangeProvenance.append(Provenance())
                    exchangeLines.append(lineNumber)
                    section = .exchange(record.exchange.count - 1)
                } else {
                    throw fail(
                        lineNumber,
                        "unknown section [\(name)]; expected [imap], [pop3], [smtp], [ews], [owa], [graph], [note] or [oauth2]"
                    )
                }
                continue
            }

            guard let equals = line.utf8.firstIndex(of: UInt8(ascii: "=")) else {
                throw fail(lineNumber, "expected 'key = value', found '\(line.prefix(60))'")
            }
            let key = Self.trimmed(line[..<equals]).lowercased()
            let value = String(Self.trimmed(line[line.utf8.index(after: equals)...]))
            guard !value.isEmpty else { throw fail(lineNumber, "'\(key)' has no value") }

            /// Reads a `source` or `checked` line into `provenance`; `false` for other keys.
            func provenanceLine(_ provenance: inout Provenance) throws(ProviderFileError) -> Bool {
                switch key {
                case "source":
                    guard provenance.sources.count < limits.maximumValuesPerKey else {
                        throw fail(lineNumber, "more than \(limits.maximumValuesPerKey) 'source' values")
                    }
                    provenance.sources.append(FactSource(parsing: value))
                    return true
                case "checked":
                    guard provenance.checks.count < limits.maximumValuesPerKey else {
                        throw fail(lineNumber, "more than \(limits.maximumValuesPerKey) 'checked' values")
                    }
                    do {
                        provenance.checks.append(try FactCheck(parsing: value))
                    } catch {
                        throw fail(lineNumber, error.message)
                    }
                    return true
                default:
                    return false
                }
            }

            switch section {
            case .header:
                func append(_ list: inout [String], _ item: String) throws(ProviderFileError) {
                    guard list.count < limits.maximumValuesPerKey else {
                        throw fail(lineNumber, "more than \(limits.maximumValuesPerKey) '\(key)' values")
                    }
                    list.append(item)
                }
                var header = Provenance(sources: record.sources, checks: record.checks)
                if try provenanceLine(&header) {
                    record.sources = header.sources
                    record.checks = header.checks
                    continue
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
                case "domain":
                    try append(&record.domains, value.lowercased())
                case "domain-label":
                    try append(&record.domainLabels, value.lowercased())
                case "mx":
                    try append(&record.mxSuffixes, value.lowercased())
                case "mx-username":
                    guard record.mxUsername == nil else { throw fail(lineNumber, "'mx-username' is given twice") }
                    record.mxUsername = value
                case "note":
                    guard headerNotes.count < limits.maximumValuesPerKey else {
                        throw fail(lineNumber, "too many notes")
                    }
                    headerNotes.append(ProviderNote(rawValue: value.lowercased()))
                case "notes":
                    guard !sawNotesDirective else { throw fail(lineNumber, "'notes' is given twice") }
                    switch value.lowercased() {
                    case "exact": notesAreExact = true
                    case "merge": notesAreExact = false
                    default: throw fail(lineNumber, "'notes' takes exact or merge, not '\(value)'")
                    }
                    sawNotesDirective = true
                default:
                    throw fail(
                        lineNumber,
                        "unknown key '\(key)'; expected id, name, status, source, checked, domain, domain-label, "
                            + "mx, mx-username, note or notes"
                    )
                }
            case .server(let index):
                if try provenanceLine(&serverProvenance[index]) { continue }
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
                    record.servers[index].auth = Self.authMethods(value)
                case "username":
                    record.servers[index].username = value
                default:
                    throw fail(
                        lineNumber,
                        "unknown server key '\(key)'; expected host, port, security, auth, username, source or checked"
                    )
                }
            case .exchange(let index):
                if try provenanceLine(&exchangeProvenance[index]) { continue }
                guard exchangeKeys[index].insert(key).inserted else {
                    throw fail(lineNumber, "'\(key)' is given twice in this section")
                }
                switch key {
                case "url":
                    guard ExchangeServer.httpsHost(of: value) != nil else {
                        throw fail(lineNumber, "url '\(value)' is not an https:// URL with a host name")
                    }
                    record.exchange[index].url = value
                case "auth":
                    record.exchange[index].auth = Self.authMethods(value)
                case "username":
                    record.exchange[index].username = value
                default:
                    throw fail(
                        lineNumber,
                        "unknown key '\(key)' in [\(record.exchange[index].kind.rawValue)]; expected url, auth, "
                            + "username, source or checked"
                    )
                }
            case .note(let index):
                if try provenanceLine(&noteSections[index].provenance) { continue }
                guard key == "code" else {
                    throw fail(lineNumber, "unknown [note] key '\(key)'; expected code, source or checked")
                }
                guard noteSections[index].code == nil else { throw fail(lineNumber, "'code' is given twice") }
                noteSections[index].code = value.lowercased()
            case .oauth2:
                if try provenanceLine(&oauthProvenance) { continue }
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
                        "unknown [oauth2] key '\(key)'; expected issuer, scope, auth-url, token-url, source or checked"
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
            if !serverKeys[offset].contains("auth") { record.servers[offset].auth = [.passwordCleartext] }
            record.servers[offset].provenance = serverProvenance[offset].isEmpty ? nil : serverProvenance[offset]
        }
        for (offset, service) in record.exchange.enumerated() {
            let missing = ["url", "username"].filter { !exchangeKeys[offset].contains($0) }
            guard missing.isEmpty else {
                throw fail(
                    exchangeLines[offset],
                    "[\(service.kind.rawValue)] lacks \(missing.joined(separator: ", "))"
                )
            }
            if !exchangeKeys[offset].contains("auth") { record.exchange[offset].auth = [.passwordCleartext] }
            record.exchange[offset].provenance =
                exchangeProvenance[offset].isEmpty ? nil : exchangeProvenance[offset]
        }
        if oauthLine > 0 {
            guard let issuer = oauth.issuer, let scope = oauth.scope, let authURL = oauth.authURL,
                let tokenURL = oauth.tokenURL
            else {
                throw fail(oauthLine, "[oauth2] needs issuer, scope, auth-url and token-url")
            }
            record.oauth2 = OAuth2Settings(
                issuer: issuer,
                scope: scope,
                authURL: authURL,
                tokenURL: tokenURL,
                provenance: oauthProvenance.isEmpty ? nil : oauthProvenance
            )
        }
        var notes: [ProviderNote] = []
        for note in headerNotes where !notes.contains(note) { notes.append(note) }
        for section in noteSections {
            guard let code = section.code else { throw fail(section.line, "[note] lacks 'code'") }
            let note = ProviderNote(rawValue: code)
            if !notes.contains(note) { notes.append(note) }
            if !section.provenance.isEmpty {
                record.noteProvenance[note] =
                    record.noteProvenance[note].map { $0.merged(with: section.provenance) } ?? section.provenance
            }
        }
        record.notes = notes
        return ParsedFile(record: record, statesStatus: sawStatus, notesAreExact: notesAreExact)
    }

    private static func authMethods(_ value: String) -> [AuthMethod] {
        value.split(whereSeparator: \.isWhitespace).map { AuthMethod(rawValue: $0.lowercased()) }
    }
}
