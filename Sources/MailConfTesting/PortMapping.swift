import Foundation
public import MailConfCore

/// Sends connections for standard ports (993, 465, 443…) to the ports a test's servers got from the system, so
/// that a test of code that only ever connects to standard ports needs neither root nor a fixed port another test
/// run may hold. Host names, addresses, SNI and certificate checks are untouched: only the port changes.
public struct PortMappingConnector: MailConnector {
    /// The connector that makes the connections.
    public let base: any MailConnector
    /// Standard port → the port to connect to instead.
    public let ports: [Int: Int]

    /// Creates a connector sending `ports`' keys to their values through `base`.
    public init(_ base: any MailConnector, ports: [Int: Int]) {
        self.base = base
        self.ports = ports
    }

    public func connect(_ request: ConnectRequest) async throws -> Connection {
        var request = request
        if let port = ports[request.port] { request.port = port }
        return try await base.connect(request)
    }
}

/// The same for HTTP: a URL without a port, or with a mapped one, is fetched on the mapped port (443 for `https`,
/// 80 for `http` when none is given). Redirects relative to it stay on that port.
public struct PortMappingFetcher: HTTPFetcher {
    /// The fetcher that fetches.
    public let base: any HTTPFetcher
    /// Standard port → the port to fetch from instead.
    public let ports: [Int: Int]

    /// Creates a fetcher sending `ports`' keys to their values through `base`.
    public init(_ base: any HTTPFetcher, ports: [Int: Int]) {
        self.base = base
        self.ports = ports
    }

    public func get(_ url: String, timeout: Duration, maximumBytes: Int) async -> HTTPFetchResult {
        guard var components = URLComponents(string: url) else {
            return await base.get(url, timeout: timeout, maximumBytes: maximumBytes)
        }
        let standard = components.port ?? (components.scheme?.lowercased() == "https" ? 443 : 80)
        if let port = ports[standard] { components.port = port }
        return await base.get(components.string ?? url, timeout: timeout, maximumBytes: maximumBytes)
    }
}
