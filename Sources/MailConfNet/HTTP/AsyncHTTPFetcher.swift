import AsyncHTTPClient
import Foundation
public import MailConfCore
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL

/// Fetches autoconfig documents with AsyncHTTPClient: at most 5 redirects and no loops, a body cap applied while
/// streaming, a deadline per request, and TLS trusting the system roots plus any `--ca-file`.
///
/// Redirects are followed here, hop by hop, so that with a ``resolver`` every host name — redirect targets
/// included — is resolved through it, and the connection is pinned to the address resolved (AsyncHTTPClient's
/// `dnsOverride`, which keeps SNI and certificate checks on the name). An ``addressPolicy`` can refuse addresses
/// (the HTTP service refuses private ones) before any connection is made.
public final class AsyncHTTPFetcher: HTTPFetcher {
    let tls: TLSConfiguration
    let resolver: (any DNSResolver)?
    let addressPolicy: (@Sendable (String) -> Bool)?
    private let maximumRedirects: Int
    let extraHeaders: [(String, String)]
    let client: HTTPClient

    /// Creates a fetcher; call ``shutdown()`` when done.
    ///
    /// - Parameters:
    ///   - resolver: resolve host names through this resolver instead of the system's.
    ///   - addressPolicy: `false` refuses to connect to an address.
    ///   - headers: sent with every request (the service marks its own discovery's requests this way).
    public init(
        caFiles: [String] = [],
        resolver: (any DNSResolver)? = nil,
        addressPolicy: (@Sendable (String) -> Bool)? = nil,
        maximumRedirects: Int = 5,
        headers: [(String, String)] = []
    ) {
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.additionalTrustRoots = caFiles.map { .file($0) }
        self.tls = tls
        self.resolver = resolver
        self.addressPolicy = addressPolicy
        self.maximumRedirects = maximumRedirects
        self.extraHeaders = headers
        self.client = Self.makeClient(tls: tls, override: [:])
    }

    static func makeClient(tls: TLSConfiguration, override: [String: String]) -> HTTPClient {
        var configuration = HTTPClient.Configuration(
            tlsConfiguration: tls,
            redirectConfiguration: .disallow,
            timeout: .init(connect: .seconds(5), read: .seconds(5))
        )
        configuration.decompression = .disabled
        configuration.dnsOverride = override
        // One attempt per URL: by default a refused connection is retried until the connect timeout, which made
        // every autoconfig URL on a closed port cost 5 s and held the guesses back.
        configuration.connectionPool.retryConnectionEstablishment = false
        return HTTPClient(
            eventLoopGroupProvider: .shared(MultiThreadedEventLoopGroup.singleton),
            configuration: configuration
        )
    }

    /// Shuts the client down.
    public func shutdown() async {
        try? await client.shutdown()
    }

    public func get(_ url: String, timeout: Duration, maximumBytes: Int) async -> HTTPFetchResult {
        let clock = ContinuousClock()
        let end = clock.now.advanced(by: timeout)
        var current = url
        var visited: Set<String> = []
        for _ in 0...maximumRedirects {
            guard visited.insert(current).inserted else {
                return HTTPFetchResult(outcome: .tooManyRedirects, finalURL: current)
            }
            guard let parsed = URL(string: current), let scheme = parsed.scheme?.lowercased(),
                ["http", "https"].contains(scheme),
                let host = parsed.host, !host.isEmpty
            else { return HTTPFetchResult(outcome: .invalidURL, finalURL: current) }
            let remaining = clock.now.duration(to: end)
            guard remaining > .zero else { return HTTPFetchResult(outcome: .timeout, finalURL: current) }

            var override: [String: String] = [:]
            if resolver != nil || addressPolicy != nil {
                switch await pin(host) {
                case .success(let address): override[host] = address
                case .failure(let outcome): return HTTPFetchResult(outcome: outcome, finalURL: current)
                }
            }
            let hopClient = override.isEmpty ? client : Self.makeClient(tls: tls, override: override)
            let result = await fetchOnce(current, client: hopClient, timeout: remaining, maximumBytes: maximumBytes)
            if hopClient !== client { try? await hopClient.shutdown() }
            switch result {
            case .done(let fetched):
                return fetched
            case .redirect(let location):
                guard let next = URL(string: location, relativeTo: parsed)?.absoluteURL.absoluteString else {
                    return HTTPFetchResult(outcome: .invalidURL, finalURL: location)
                }
                current = next
            }
        }
        return HTTPFetchResult(outcome: .tooManyRedirects, finalURL: current)
    }

    private enum Hop {
        case done(HTTPFetchResult)
        case redirect(String)
    }

    /// Resolves `host` and picks the first address the policy allows.
    enum Pinned {
        case success(String)
        case failure(HTTPFetchResult.Outcome)
    }

    func pin(_ host: String) async -> Pinned {
        var addresses: [String] = []
        if IPAddressText.bytes(host) != nil {
            addresses = [host]
        } else if let resolver {
            async let v4 = resolver.query(host, type: .a)
            async let v6 = resolver.query(host, type: .aaaa)
            let (answer4, answer6) = await (v4, v6)
            addresses = answer4.addresses + answer6.addresses
            if addresses.isEmpty { return .failure(.connect("\(host) does not resolve (\(answer4.status.rawValue))")) }
        } else {
            addresses = (try? await BlockingPool.shared.runIfActive { SystemAddressLookup.addresses(of: host) }) ?? []
            if addresses.isEmpty { return .failure(.connect("\(host) does not resolve")) }
        }
        if let addressPolicy {
            guard let allowed = addresses.first(where: addressPolicy) else {
                return .failure(
                    .connect("\(host) resolves only to refused addresses (\(addresses.joined(separator: ", ")))")
                )
            }
            return .success(allowed)
        }
        return .success(addresses[0])
    }

    private func fetchOnce(_ url: String, client: HTTPClient, timeout: Duration, maximumBytes: Int) async -> Hop {
        var request = HTTPClientRequest(url: url)
        request.headers.add(name: "User-Agent", value: "mailconf/\(MailConfVersion.string)")
        request.headers.add(name: "Accept", value: "text/xml, application/xml")
        for (name, value) in extraHeaders { request.headers.add(name: name, value: value) }
        do {
            let response = try await client.execute(request, timeout: TimeAmount(timeout))
            let code = Int(response.status.code)
            if (300..<400).contains(code), let location = response.headers.first(name: "Location") {
                return .redirect(location)
            }
            guard (200..<300).contains(code) else {
                return .done(HTTPFetchResult(outcome: .status(code), finalURL: url))
            }
            if let length = response.headers.first(name: "Content-Length").flatMap(Int.init), length > maximumBytes {
                return .done(HTTPFetchResult(outcome: .tooLarge, finalURL: url))
            }
            let body = try await response.body.collect(upTo: maximumBytes)
            return .done(
                HTTPFetchResult(
                    outcome: .ok,
                    body: Array(body.readableBytesView),
                    finalURL: url,
                    contentType: response.headers.first(name: "Content-Type")
                )
            )
        } catch {
            return .done(HTTPFetchResult(outcome: Self.outcome(error), finalURL: url))
        }
    }

    static func outcome(_ error: any Error) -> HTTPFetchResult.Outcome {
        if error is NIOTooManyBytesError { return .tooLarge }
        if let error = error as? HTTPClientError {
            if error == .redirectLimitReached || error == .redirectCycleDetected { return .tooManyRedirects }
            if [.deadlineExceeded, .readTimeout, .connectTimeout, .writeTimeout].contains(error) { return .timeout }
            if error == .invalidURL || error == .emptyHost || error == .emptyScheme { return .invalidURL }
            return .connect(String(describing: error))
        }
        let text = String(String(describing: error).prefix(200))
        if error is NIOSSLError || error is BoringSSLError { return .tls(text) }
        if let error = error as? NIOConnectionError {
            guard let first = error.connectionErrors.first?.error else { return .connect("the name does not resolve") }
            return outcome(first)
        }
        if let error = error as? IOError {
            switch error.errnoCode {
            case ECONNREFUSED: return .connect("connection refused: nothing listens on that port")
            case ETIMEDOUT: return .timeout
            case ENETUNREACH, EHOSTUNREACH: return .connect("no route to the host")
            default: return .connect("connection failed: \(String(cString: strerror(error.errnoCode)))")
            }
        }
        if let error = error as? ChannelError, case .connectTimeout = error { return .timeout }
        return .connect(text)
    }
}

/// The system resolver (getaddrinfo), for address policies without a custom DNS server. Blocking: it runs on
/// ``BlockingPool``.
enum SystemAddressLookup {
    static func addresses(of host: String) -> [String] {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var result: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, nil, &hints, &result) == 0, let first = result else { return [] }
        defer { freeaddrinfo(first) }
        var addresses: [String] = []
        var cursor: UnsafeMutablePointer<addrinfo>? = first
        while let entry = cursor {
            var buffer = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            if getnameinfo(
                entry.pointee.ai_addr,
                entry.pointee.ai_addrlen,
                &buffer,
                socklen_t(buffer.count),
                nil,
                0,
                NI_NUMERICHOST
            ) == 0 {
                let text = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                if !addresses.contains(text) { addresses.append(text) }
            }
            cursor = entry.pointee.ai_next
        }
        return addresses
    }
}
