public import Foundation

/// Reads clientConfig v1.1 XML (Thunderbird autoconfig) from untrusted sources into a ``ClientConfig``.
///
/// DTDs and entities are refused (see ``XMLTreeReader``). The reader tolerates what real documents, the ISPDB
/// included, get wrong: a missing closing `%` in placeholders (`%EMAILADDRESS`), `socketType` in the wrong case,
/// `displayNameShort` for `displayShortName`, white space around values, unknown elements.
public struct ClientConfigParser: Sendable {
    /// The XML reader and its limits.
    public var reader: XMLTreeReader

    /// Creates a parser.
    public init(reader: XMLTreeReader = XMLTreeReader()) {
        self.reader = reader
    }

    /// Parses a document.
    ///
    /// - Throws: ``XMLReadError`` when the bytes are not a clientConfig document.
    public func parse(_ data: Data) throws(XMLReadError) -> ClientConfig {
        let root = try reader.read(data)
        guard root.name == "clientConfig" else { throw .unexpectedRoot(expected: "clientConfig", found: root.name) }
        var config = ClientConfig(
            version: root.attributes["version"] ?? "1.1",
            providers: root.children(named: "emailProvider").map(Self.provider)
        )
        if let oauth = root.child("oAuth2"), let issuer = oauth.childText("issuer"),
            let scope = oauth.childText("scope"),
            let authURL = oauth.childText("authURL"), let tokenURL = oauth.childText("tokenURL")
        {
            config.oauth2 = OAuth2Settings(issuer: issuer, scope: scope, authURL: authURL, tokenURL: tokenURL)
        }
        config.enable = root.child("enable").flatMap(Self.enable)
        return config
    }

    /// Parses a document from text.
    public func parse(_ text: String) throws(XMLReadError) -> ClientConfig {
        try parse(Data(text.utf8))
    }

    private static func provider(_ node: XMLNode) -> ClientConfig.Provider {
        ClientConfig.Provider(
            id: node.attributes["id"] ?? "",
            domains: node.children(named: "domain").compactMap { $0.trimmedText.isEmpty ? nil : $0.trimmedText },
            displayName: node.childText("displayName"),
            displayShortName: node.childText("displayShortName") ?? node.childText("displayNameShort"),
            incomingServers: node.children(named: "incomingServer").map(server),
            outgoingServers: node.children(named: "outgoingServer").map(server),
            documentation: node.children(named: "documentation").compactMap { link in
                link.attributes["url"].map {
                    ClientConfig.Documentation(url: $0, descriptions: link.children(named: "descr").map(localized))
                }
            },
            enable: node.child("enable").flatMap(enable)
        )
    }

    private static func enable(_ node: XMLNode) -> ClientConfig.Enable? {
        node.attributes["visiturl"].map {
            ClientConfig.Enable(visitURL: $0, instructions: node.children(named: "instruction").map(localized))
        }
    }

    private static func server(_ node: XMLNode) -> ClientConfig.Server {
        let pop3 = node.child("pop3")
        return ClientConfig.Server(
            type: node.attributes["type"]?.lowercased() ?? "",
            hostname: node.childText("hostname"),
            port: node.childText("port").flatMap { DefaultPorts.parse($0) },
            socketType: node.childText("socketType").map(socketType),
            username: node.childText("username").map(repairPlaceholders),
            authentication: node.children(named: "authentication").compactMap {
                $0.trimmedText.isEmpty ? nil : $0.trimmedText
            },
            restrictions: node.children(named: "restriction").compactMap {
                $0.trimmedText.isEmpty ? nil : $0.trimmedText
            },
            url: node.childText("url"),
            owaURL: node.childText("owaURL"),
            ewsURL: node.childText("ewsURL"),
            useGlobalPreferredServer: node.childText("useGlobalPreferredServer").flatMap(bool),
            addThisServer: node.childText("addThisServer").flatMap(bool),
            leaveMessagesOnServer: pop3?.childText("leaveMessagesOnServer").flatMap(bool),
            downloadOnBiff: pop3?.childText("downloadOnBiff").flatMap(bool),
            daysToLeaveMessagesOnServer: pop3?.childText("daysToLeaveMessagesOnServer").flatMap { Int($0) },
            checkIntervalMinutes: pop3?.child("checkInterval")?.attributes["minutes"].flatMap { Int($0) }
        )
    }

    private static func localized(_ node: XMLNode) -> ClientConfig.LocalizedText {
        ClientConfig.LocalizedText(language: node.attributes["lang"], text: node.trimmedText)
    }

    private static func socketType(_ text: String) -> ClientConfig.SocketType {
        switch text.lowercased() {
        case "ssl", "tls": .ssl
        case "starttls": .starttls
        case "plain": .plain
        default: ClientConfig.SocketType(rawValue: text)
        }
    }

    private static func bool(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "1", "yes": true
        case "false", "0", "no": false
        default: nil
        }
    }

    /// `%EMAILADDRESS` → `%EMAILADDRESS%` (and likewise for the other placeholders).
    static func repairPlaceholders(_ text: String) -> String {
        guard text.contains("%") else { return text }
        var result = text
        for placeholder in Placeholder.all {
            let open = String(placeholder.dropLast())
            var searchStart = result.startIndex
            while let range = result.range(of: open, range: searchStart..<result.endIndex) {
                if range.upperBound == result.endIndex || result[range.upperBound] != "%" {
                    result.insert("%", at: range.upperBound)
                }
                searchStart = result.index(after: range.upperBound)
                if searchStart > result.endIndex { break }
            }
        }
        return result
    }
}
