import MailConfCore

/// What Thunderbird's autoconfig reader (`readFromXML.sys.mjs`, comm-central 2026) requires of a clientConfig
/// document, as an independent check for tests: server types it knows, a `username` on every server (a password
/// method needs one on outgoing servers too), host names, ports 1–65535, `socketType` `plain`/`SSL`/`STARTTLS`,
/// only upper-case placeholders, and `OAuth2` accepted only for hosts in its built-in OAuth table (suffix match),
/// so a server whose only method is OAuth2 on another host is refused. `ews`/`owa`/`graph` servers carry an
/// `https://` `<url>` instead of host, port and socket type.
public enum ThunderbirdReaderRules {
    /// Host-name suffixes of Thunderbird's built-in OAuth providers (`OAuth2Providers.sys.mjs`).
    public static let oauthHostSuffixes: Set<String> = [
        "googlemail.com", "gmail.com", "imap.mail.ru", "smtp.mail.ru", "imap.yandex.com", "smtp.yandex.com",
        "yahoo.com", "att.net", "aol.com", "office365.com", "graph.microsoft.com", "outlook.com", "hotmail.com",
        "imap.fastmail.com", "pop.fastmail.com", "smtp.fastmail.com", "imap.comcast.net", "pop.comcast.net",
        "smtp.comcast.net",
    ]

    /// Whether Thunderbird has OAuth details for `host` (the host or a parent of it is in its table).
    public static func knowsOAuth(for host: String) -> Bool {
        var name = Substring(host.lowercased())
        while name.contains(".") {
            if oauthHostSuffixes.contains(String(name)) { return true }
            guard let dot = name.firstIndex(of: ".") else { break }
            name = name[name.index(after: dot)...]
        }
        return false
    }

    /// Every rule the document breaks (empty when Thunderbird accepts every server in it).
    public static func violations(of xml: String) -> [String] {
        let root: XMLNode
        do {
            root = try XMLTreeReader().read(xml)
        } catch {
            return ["not XML: \(error)"]
        }
        guard root.name == "clientConfig", let provider = root.child("emailProvider") else {
            return ["no <clientConfig><emailProvider>"]
        }
        var problems: [String] = []
        if provider.children(named: "domain").isEmpty { problems.append("no <domain>") }
        let methods = [
            "password-cleartext", "password-encrypted", "GSSAPI", "NTLM", "OAuth2", "none",
            "client-IP-address", "smtp-after-pop", "TLS-client-cert",
        ]
        func check(_ server: XMLNode, incoming: Bool) {
            let type = server.attributes["type"] ?? ""
            let label = "\(incoming ? "incoming" : "outgoing") \(type)"
            let web = ["ews", "owa", "graph"].contains(type)
            let known = incoming ? ["imap", "pop3", "nntp", "exchange", "ews", "owa", "graph"] : ["smtp"]
            guard known.contains(type) else {
                problems.append("\(label): type Thunderbird does not know")
                return
            }
            var host = server.childText("hostname") ?? ""
            if web {
                guard let url = server.childText("url"), let parsed = ExchangeServer.httpsHost(of: url) else {
                    problems.append("\(label): needs an https:// <url>")
                    return
                }
                host = parsed.host
            } else {
                if host.isEmpty { problems.append("\(label): no <hostname>") }
                guard let port = server.childText("port").flatMap({ Int($0) }), (1...65535).contains(port) else {
                    problems.append("\(label): <port> missing or out of range")
                    return
                }
                guard let socket = server.childText("socketType"), ["plain", "SSL", "STARTTLS"].contains(socket)
                else {
                    problems.append("\(label): <socketType> must be plain, SSL or STARTTLS")
                    return
                }
            }
            let auth = server.children(named: "authentication").map(\.trimmedText)
            let usable = auth.filter { methods.contains($0) && ($0 != "OAuth2" || knowsOAuth(for: host)) }
            if usable.isEmpty { problems.append("\(label) \(host): no <authentication> Thunderbird accepts (\(auth))") }
            let needsUsername = incoming || usable.first.map { $0.hasPrefix("password-") } ?? false
            if needsUsername && server.child("username") == nil { problems.append("\(label) \(host): no <username>") }
            for text in [server.childText("username") ?? "", host] {
                var rest = text
                for placeholder in Placeholder.all { rest = rest.replacing(placeholder, with: "") }
                if rest.contains("%") {
                    problems.append("\(label): placeholder not in Thunderbird's form in '\(text)'")
                }
            }
        }
        let incoming = provider.children(named: "incomingServer")
        let outgoing = provider.children(named: "outgoingServer")
        for server in incoming { check(server, incoming: true) }
        for server in outgoing { check(server, incoming: false) }
        if let first = incoming.first, ["ews", "owa", "graph"].contains(first.attributes["type"] ?? "") {
            problems.append("the first incoming server is a url-only web service; older readers refuse it")
        }
        return problems
    }
}
