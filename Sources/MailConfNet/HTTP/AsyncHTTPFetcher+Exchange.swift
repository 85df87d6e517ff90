import AsyncHTTPClient
import Foundation
public import MailConfCore
import NIOCore
import NIOHTTP1

/// Single hops for simulating mail clients (`mailconf domain`): GET or POST, the redirect returned rather than
/// followed (each simulated client follows redirects by its own rules), over the same TLS roots, resolver and
/// address policy as the autoconfig fetches.
extension AsyncHTTPFetcher: HTTPExchanger {
    public func exchange(_ request: HTTPHopRequest, timeout: Duration, maximumBytes: Int) async -> HTTPHop {
        guard let parsed = URL(string: request.url), let scheme = parsed.scheme?.lowercased(),
            ["http", "https"].contains(scheme), let host = parsed.host, !host.isEmpty
        else { return HTTPHop(outcome: .invalidURL) }
        var override: [String: String] = [:]
        if resolver != nil || addressPolicy != nil {
            switch await pin(host) {
            case .success(let address): override[host] = address
            case .failure(let outcome): return HTTPHop(outcome: Self.hopOutcome(outcome))
            }
        }
        let hopClient = override.isEmpty ? client : Self.makeClient(tls: tls, override: override)
        let hop = await send(request, client: hopClient, timeout: timeout, maximumBytes: maximumBytes)
        if hopClient !== client { try? await hopClient.shutdown() }
        return hop
    }

    private func send(
        _ request: HTTPHopRequest,
        client: HTTPClient,
        timeout: Duration,
        maximumBytes: Int
    ) async
        -> HTTPHop
    {
        var outgoing = HTTPClientRequest(url: request.url)
        outgoing.method = request.method == "POST" ? .POST : .GET
        outgoing.headers.add(name: "User-Agent", value: "mailconf/\(MailConfVersion.string)")
        for (name, value) in extraHeaders { outgoing.headers.add(name: name, value: value) }
        if request.method == "POST" {
            outgoing.headers.add(name: "Content-Type", value: request.contentType ?? "text/xml; charset=utf-8")
            outgoing.body = .bytes(ByteBuffer(bytes: request.body))
        }
        do {
            let response = try await client.execute(outgoing, timeout: TimeAmount(timeout))
            let code = Int(response.status.code)
            let contentType = response.headers.first(name: "Content-Type")
            let location = response.headers.first(name: "Location")
            if let length = response.headers.first(name: "Content-Length").flatMap(Int.init), length > maximumBytes {
                return HTTPHop(outcome: .tooLarge, location: location, contentType: contentType)
            }
            let body = try await response.body.collect(upTo: maximumBytes)
            return HTTPHop(
                outcome: .status(code),
                location: location,
                contentType: contentType,
                body: Array(body.readableBytesView)
            )
        } catch {
            return HTTPHop(outcome: Self.hopOutcome(Self.outcome(error)))
        }
    }

    private static func hopOutcome(_ outcome: HTTPFetchResult.Outcome) -> HTTPHop.Outcome {
        switch outcome {
        case .ok: .status(200)
        case .status(let code): .status(code)
        case .tooLarge: .tooLarge
        case .tooManyRedirects, .invalidURL: .invalidURL
        case .timeout: .timeout
        case .tls(let reason): .tls(reason)
        case .connect(let reason): .connect(reason)
        }
    }
}
