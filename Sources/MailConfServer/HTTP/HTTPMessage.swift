import Foundation
import MailConfCore
import NIOCore
import NIOHTTP1

/// A request as the endpoints see it: path in lower case, query parameters by lower-case name.
struct ServiceRequest: Sendable {
    /// The head as received.
    var head: HTTPRequestHead
    var method: HTTPMethod
    /// The path, lower case, without the query.
    var path: String
    /// Query parameters by lower-case name; the first value wins.
    var query: [String: String]
    var headers: HTTPHeaders
    var body: ByteBuffer?
    /// The client's IP address.
    var client: String
    /// The request target as sent, when it may key the exact-request cache.
    var uri: String?

    /// Marks the requests of a discovery (this service's own autoconfig fetches): a request carrying it is answered
    /// from what is known now and never waits for a discovery — which could be the very one that asks.
    static let discoveryHeader = "MailConf-Discovery"

    /// Whether a MailConf discovery sent this request.
    var fromDiscovery: Bool { headers.contains(name: Self.discoveryHeader) }

    /// The address a client asked about: `?email=` or Thunderbird's `?emailaddress=`, the endpoint's own name first
    /// when both are given.
    func addressParameter(preferring name: String = "email") -> String? {
        query[name] ?? query[name == "email" ? "emailaddress" : "email"]
    }

    init(head: HTTPRequestHead, body: ByteBuffer?, client: String) {
        self.head = head
        method = head.method
        headers = head.headers
        self.body = body
        self.client = client
        let uri = head.uri
        self.uri = uri
        let split = Self.originForm(uri).split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        path = String(split.first ?? "/").lowercased()
        var query: [String: String] = [:]
        if split.count == 2 {
            for pair in split[1].split(separator: "&") {
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let key = Self.decode(parts[0]).lowercased()
                let value = parts.count == 2 ? Self.decode(parts[1]) : ""
                if query[key] == nil { query[key] = value }
            }
        }
        self.query = query
    }

    /// The path of a request target, lower case, without the query.
    static func path(of uri: String) -> String {
        String(originForm(uri).prefix { $0 != "?" }).lowercased()
    }

    /// The path and query of a target in absolute form (`http://host/path?query`, which RFC 9112 §3.2.2 says a
    /// server must accept), or the target as it is.
    private static func originForm(_ uri: String) -> Substring {
        let lowered = uri.prefix(8).lowercased()
        guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://") else { return Substring(uri) }
        let afterScheme = uri[uri.index(uri.firstIndex(of: ":") ?? uri.startIndex, offsetBy: 3)...]
        guard let slash = afterScheme.firstIndex(where: { $0 == "/" || $0 == "?" }) else { return "/" }
        return afterScheme[slash] == "?" ? Substring("/" + afterScheme[slash...]) : afterScheme[slash...]
    }

    /// Form decoding, as browsers encode the page's form: `+` is a space (so a plus sign in an address must come
    /// as `%2B`, as clients send it).
    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    /// The `Host` header's host, lower case and without the port, as it may stand in a URL (`[v6]` in brackets);
    /// `nil` when missing or not a host name or address, so that nothing else is ever reflected into a link.
    var urlHost: String? {
        guard let host, host.allSatisfy(\.isASCII), let name = try? HostName(parsing: host) else { return nil }
        return name.isIPAddress && name.value.contains(":") ? "[\(name.value)]" : name.value
    }

    /// The `Host` header without a port, lower case.
    var host: String? {
        guard var value = headers.first(name: "Host")?.lowercased() else { return nil }
        if value.hasPrefix("[") {
            return value.split(separator: "]").first.map { String($0.dropFirst()) }
        }
        if let colon = value.lastIndex(of: ":") { value = String(value[..<colon]) }
        return value
    }
}

/// A response: status, headers and a body (shared, immutable bytes).
struct ServiceResponse: Sendable {
    var status: HTTPResponseStatus
    var headers: [(String, String)]
    var body: ByteBuffer
    /// The domain the answer is for, whatever carried it (address, `Host`, `?domain=`, POX body), for the log.
    var domain: String?

    init(status: HTTPResponseStatus = .ok, headers: [(String, String)] = [], body: ByteBuffer = ByteBuffer()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    init(status: HTTPResponseStatus = .ok, contentType: String, text: String, headers: [(String, String)] = []) {
        self.status = status
        self.headers = [("Content-Type", contentType)] + headers
        self.body = ByteBuffer(string: text)
    }

    static func json(_ text: String, status: HTTPResponseStatus = .ok) -> ServiceResponse {
        ServiceResponse(status: status, contentType: "application/json; charset=utf-8", text: text)
    }
}
