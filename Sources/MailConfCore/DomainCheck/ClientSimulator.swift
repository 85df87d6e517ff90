import Crypto
public import Foundation

/// Walks one client's documented lookup order (a ``ClientOrder``) through a domain's real publications, as read
/// by ``DomainObservations``: each step's request, the client's rules for statuses, content types, redirects and
/// certificates, its reader, and what an answer it refuses does to the rest. The verdict says what the user sees,
/// which step answered, the settings the client ends up with (probed live), and every problem on the way.
public struct ClientSimulator: Sendable {
    /// The client.
    public let order: ClientOrder
    /// The address the user types.
    public let address: EmailAddress
    /// The network, asked once for all clients.
    public let observations: DomainObservations

    /// Creates a simulator.
    public init(order: ClientOrder, address: EmailAddress, observations: DomainObservations) {
        self.order = order
        self.address = address
        self.observations = observations
    }

    /// What a step produced.
    private enum StepRun {
        case answer(ReadOutcome, source: String, secure: Bool)
        case failed(status: Int?)
        case notApplicable
    }

    /// The running state of one simulation.
    private struct State {
        var problems: [DomainProblem] = []
        var trace: [StepTrace] = []
        var askCredentials = false

        mutating func record(_ context: StepContext, _ asked: String, _ result: StepResult) {
            trace.append(StepTrace(step: context.id, asked: asked, result: result, cite: context.cite))
        }
    }

    /// The step whose trace lines are being written.
    private struct StepContext {
        var id: String
        var cite: String
    }

    /// Runs the simulation.
    public func run() async -> ClientVerdict {
        var verdict = ClientVerdict(client: order, outcome: .manual, problems: [], trace: [])
        switch order.mode {
        case .profile:
            verdict.outcome = .profile
            return verdict
        case .undocumented:
            verdict.outcome = .undocumented
            return verdict
        case .lookup:
            break
        }
        var state = State()
        let base = order.http ?? ClientOrder.HTTPRules()
        var failedGroups: Set<String> = []
        var previousStatus: Int?
        var winner: (incoming: ServerSettings?, outgoing: ServerSettings?, source: String, step: String)?
        var automatic: Set<MailProtocol> = []
        var stopped: ClientOrder.Continuation?
        for step in order.steps {
            let asked = step.url.map { template($0, host: nil) } ?? step.kind.rawValue
            if winner != nil || stopped != nil {
                state.trace.append(StepTrace(step: step.id, asked: asked, result: .notReached, cite: step.cite))
                continue
            }
            if let group = step.group, failedGroups.contains(group) {
                state.trace.append(StepTrace(step: step.id, asked: asked, result: .skippedGroup, cite: step.cite))
                continue
            }
            if let required = step.onlyAfterStatus, previousStatus != required {
                state.trace.append(StepTrace(step: step.id, asked: asked, result: .notApplicable, cite: step.cite))
                continue
            }
            let rules = base.merged(with: step.http)
            switch await run(step, host: nil, rules: rules, state: &state) {
            case .notApplicable:
                previousStatus = nil
            case .failed(let status):
                previousStatus = status
            case .answer(let reading, let source, let secure):
                previousStatus = nil
                let continuation: ClientOrder.Continuation
                switch reading {
                case .settings(let incoming, let outgoing, let notes):
                    state.problems += notes.map { .documentMisread(url: source, $0) }
                    if !secure { state.problems.append(.plainHTTP(url: source)) }
                    if step.kind == .central { state.problems.append(.centralDatabase(url: source)) }
                    winner = (incoming, outgoing, source, step.id)
                    for note in notes {
                        if case .automaticSecurity(let proto, _) = note { automatic.insert(proto) }
                    }
                    continue
                case .empty(let notes):
                    state.problems += notes.map { .documentMisread(url: source, $0) }
                    continuation = rules.onEmpty ?? .next
                case .rejected(let rejection, let notes):
                    state.problems += notes.map { .documentMisread(url: source, $0) }
                    if case .contentType(let type) = rejection {
                        state.problems.append(.contentTypeRefused(url: source, contentType: type))
                    } else {
                        state.problems.append(.documentRejected(url: source, rejection))
                    }
                    continuation = rules.onRejected ?? .next
                case .malformed:
                    state.problems.append(.notXML(url: source))
                    continuation = rules.onMalformed ?? .next
                }
                switch continuation {
                case .next:
                    break
                case .failGroup:
                    if let group = step.group { failedGroups.insert(group) }
                case .stop, .stopSilently:
                    state.problems.append(.stoppedBy(url: source))
                    stopped = continuation
                }
            }
        }

        var incoming = winner?.incoming
        var outgoing = winner?.outgoing
        if let winner {
            verdict.answer = ClientVerdict.Answer(step: winner.step, source: winner.source)
            verdict.outcome = .automatic
            for rule in order.after ?? [] {
                switch rule.kind {
                case .oauth2ExactFilter:
                    for direction in [true, false] {
                        guard var server = direction ? incoming : outgoing, server.auth.contains(.oauth2),
                            let oauth = order.reader?.oauth2,
                            !ClientConfigReading.oauth2Knows(server.host, ClientOrder.exact(oauth))
                        else { continue }
                        server.auth.removeAll { $0 == .oauth2 }
                        if server.auth.isEmpty {
                            state.problems.append(.oauth2Unavailable(host: server.host))
                            verdict.outcome = .manual
                        }
                        if direction { incoming = server } else { outgoing = server }
                    }
                case .approveUntrusted:
                    if state.problems.contains(.plainHTTP(url: winner.source))
                        || winner.step.hasPrefix("mx")
                    {
                        state.problems.append(.approvalRequired(url: winner.source))
                    }
                case .guessMissing:
                    guard incoming == nil || outgoing == nil else { continue }
                    let guessed = await guess(incoming: incoming == nil, outgoing: outgoing == nil, state: &state)
                    if incoming == nil, let found = guessed.incoming {
                        incoming = found
                        verdict.outcome = .guessing
                    }
                    if outgoing == nil, let found = guessed.outgoing {
                        outgoing = found
                        verdict.outcome = .guessing
                    }
                }
            }
            if verdict.outcome == .automatic && (incoming == nil || outgoing == nil) { verdict.outcome = .manual }
        } else if state.askCredentials || stopped == .stopSilently || order.fallback.kind == .manual {
            verdict.outcome = .manual
        } else {
            let guessed = await guess(incoming: true, outgoing: true, state: &state)
            incoming = guessed.incoming
            outgoing = guessed.outgoing
            verdict.outcome = incoming != nil && outgoing != nil ? .guessing : .manual
        }

        // The servers the client ends up with, probed live.
        for direction in [true, false] {
            guard var server = direction ? incoming : outgoing else { continue }
            if server.verification == .unverified {
                // A client that does not know the security tries TLS, then STARTTLS, on the port.
                let tries =
                    automatic.contains(server.protocol) && server.security != .plain
                    ? [TransportSecurity.tls, .starttls] : [server.security]
                for security in tries {
                    var attempt = server
                    attempt.security = security
                    attempt.verification = await observations.verify(attempt)
                    if security == tries[0] || attempt.verification.status == .verified { server = attempt }
                    if attempt.verification.status == .verified { break }
                }
            }
            if server.verification.status == .failed {
                state.problems.append(
                    .probeFailed(
                        server: "\(server.host):\(server.port)",
                        detail: server.verification.detail ?? ""
                    )
                )
            }
            if direction { verdict.incoming = server } else { verdict.outgoing = server }
        }
        var seen: Set<DomainProblem> = []
        verdict.problems = state.problems.filter { seen.insert($0).inserted }
        verdict.trace = state.trace
        return verdict
    }

    // MARK: - Steps

    private func run(
        _ step: ClientOrder.Step,
        host: String?,
        rules: ClientOrder.HTTPRules,
        state: inout State
    ) async
        -> StepRun
    {
        let context = StepContext(id: host.map { "mx/\(step.id)@\($0)" } ?? step.id, cite: step.cite)
        switch step.kind {
        case .notSimulated:
            state.record(context, step.why ?? "", .notSimulated)
            return .notApplicable
        case .builtin:
            guard (step.domains ?? []).contains(address.domain), let servers = step.servers else {
                state.record(context, address.domain, .notApplicable)
                return .notApplicable
            }
            let settings = servers.compactMap { $0.settings(domain: address.domain, username: address.address) }
            state.record(context, address.domain, .answered)
            return .answer(
                .settings(
                    incoming: settings.first { $0.protocol.isIncoming },
                    outgoing: settings.first { $0.protocol == .smtp },
                    notes: []
                ),
                source: "built-in",
                secure: true
            )
        case .autoconfig, .central:
            let url = template(step.url ?? "", host: host) + query(step.query ?? .none)
            return await fetchAndRead(
                HTTPHopRequest(url: url),
                rules: rules,
                reader: .clientConfig,
                context: context,
                state: &state
            )
        case .autodiscoverGet:
            let url = template(step.url ?? "", host: host)
            return await fetchAndRead(
                HTTPHopRequest(url: url),
                rules: rules,
                reader: .autodiscover,
                context: context,
                state: &state
            )
        case .autodiscoverPost:
            let url = template(step.url ?? "", host: host)
            return await fetchAndRead(
                autodiscoverPost(url),
                rules: rules,
                reader: .autodiscover,
                repostToHTTPS: step.redirectToHTTPS == .repost,
                context: context,
                state: &state
            )
        case .autodiscoverRedirect:
            let url = template(step.url ?? "", host: host)
            let hop = await observations.hop(HTTPHopRequest(url: url))
            guard hop.status == 302, let location = hop.location, let target = absolute(location, from: url),
                target.lowercased().hasPrefix("https://")
            else {
                state.record(context, url, hop.status.map { .status($0) } ?? .failed(hop.outcome))
                return .failed(status: hop.status)
            }
            state.problems.append(.redirectNeedsApproval(from: url, to: target))
            return await fetchAndRead(
                autodiscoverPost(target),
                rules: rules,
                reader: .autodiscover,
                context: context,
                state: &state
            )
        case .autodiscoverSRV:
            let name = "_autodiscover._tcp.\(address.domain)"
            let answer = await observations.dns(name, .srv)
            let records = Self.srvRecords(answer)
            let chosen: (priority: Int, weight: Int, port: Int, target: String)?
            switch step.select ?? .priority {
            case .lowestWeight: chosen = records.min { $0.weight < $1.weight }
            case .priority: chosen = SRVOrdering.order(records, random: { _ in 0 }).first
            }
            guard let chosen else {
                state.record(context, name, .noRecord)
                return .failed(status: nil)
            }
            let url = "https://\(chosen.target)/autodiscover/autodiscover.xml"
            return await fetchAndRead(
                autodiscoverPost(url),
                rules: rules,
                reader: .autodiscover,
                context: context,
                state: &state
            )
        case .srv:
            return await readSRV(context: context, state: &state)
        case .mx:
            return await readMX(step, rules: rules, state: &state, context: context)
        }
    }

    private enum Reader {
        case clientConfig, autodiscover
    }

    /// Fetches `request` with the client's redirect rules and reads the answer with its reader.
    private func fetchAndRead(
        _ request: HTTPHopRequest,
        rules: ClientOrder.HTTPRules,
        reader: Reader,
        repostToHTTPS: Bool = false,
        context: StepContext,
        state: inout State
    ) async -> StepRun {
        let first = await follow(request, rules: rules)
        if let refusal = first.refusal { state.problems.append(refusal) }
        // Thunderbird's plain Autodiscover POST: a failed exchange that ended on an https URL is POSTed again there.
        let chain: Chain
        if repostToHTTPS, first.hop.status.map({ !Self.success($0, rules) }) ?? true,
            first.url.lowercased().hasPrefix("https://"), first.url != request.url
        {
            chain = await follow(autodiscoverPost(first.url), rules: rules)
            if let refusal = chain.refusal { state.problems.append(refusal) }
        } else {
            chain = first
        }
        let url = chain.url
        if chain.refusal != nil {
            state.record(context, request.url, .redirectRefused)
            return .failed(status: nil)
        }
        guard let status = chain.hop.status else {
            switch chain.hop.outcome {
            case .tls:
                if let check = await observations.certificate(url), !check.certificateProblems.isEmpty,
                    let host = ExchangeServer.httpsHost(of: url)?.host
                {
                    state.problems.append(
                        .invalidCertificate(url: url, host: host, problems: check.certificateProblems)
                    )
                } else {
                    state.problems.append(.tlsFailed(url: url))
                }
            case .timeout:
                state.problems.append(.timeout(url: url))
            default:
                break
            }
            state.record(context, request.url, .failed(chain.hop.outcome))
            return .failed(status: nil)
        }
        guard Self.success(status, rules) else {
            if status == 401 && reader == .autodiscover && rules.on401 == .askCredentials {
                state.askCredentials = true
                state.problems.append(.credentialsRequested(url: url))
            } else if status != 404 && status != 410 {
                state.problems.append(.httpStatus(url: url, status: status))
            }
            state.record(context, request.url, .status(status))
            return .failed(status: status)
        }
        let reading: ReadOutcome
        if let types = rules.contentTypes, !Self.contentType(chain.hop.contentType, matches: types, rules) {
            reading = .rejected(.contentType(chain.hop.contentType), notes: [])
        } else {
            let origin = ServerOrigin.autoconfig(url: url, trusted: chain.secure)
            switch reader {
            case .clientConfig:
                guard let rules = order.reader else { return .notApplicable }
                reading = ClientConfigReading(rules: rules, address: address).read(chain.hop.body, origin: origin)
            case .autodiscover:
                guard let rules = order.autodiscover else { return .notApplicable }
                reading = AutodiscoverReading(rules: rules, address: address).read(chain.hop.body, origin: origin)
            }
        }
        switch reading {
        case .settings: state.record(context, request.url, .answered)
        case .empty: state.record(context, request.url, .empty)
        case .rejected: state.record(context, request.url, .rejected)
        case .malformed: state.record(context, request.url, .malformed)
        }
        return .answer(reading, source: url, secure: chain.secure)
    }

    /// Where a chain of redirects ended.
    private struct Chain {
        var hop: HTTPHop
        var url: String
        var secure: Bool
        var refusal: DomainProblem?
    }

    /// Follows redirects as the client does.
    private func follow(_ first: HTTPHopRequest, rules: ClientOrder.HTTPRules) async -> Chain {
        let policy = rules.redirects ?? ClientOrder.Redirects(max: 0, downgrade: false, relative: false, post: .get)
        var request = first
        var secure = first.url.lowercased().hasPrefix("https://")
        var count = 0
        while true {
            let hop = await observations.hop(request)
            guard let status = hop.status, [301, 302, 303, 307, 308].contains(status), let location = hop.location
            else {
                return Chain(hop: hop, url: request.url, secure: secure, refusal: nil)
            }
            func refuse(_ reason: RedirectRefusal, _ target: String) -> Chain {
                Chain(
                    hop: hop,
                    url: request.url,
                    secure: secure,
                    refusal: .redirectRefused(from: request.url, to: target, reason: reason)
                )
            }
            guard count < policy.max else { return refuse(.tooMany, location) }
            let isAbsolute = location.lowercased().hasPrefix("http://") || location.lowercased().hasPrefix("https://")
            guard isAbsolute || policy.relative else { return refuse(.relative, location) }
            guard let target = absolute(location, from: request.url) else { return refuse(.invalid, location) }
            let downgrade = request.url.lowercased().hasPrefix("https://") && target.lowercased().hasPrefix("http://")
            guard !downgrade || policy.downgrade else { return refuse(.downgrade, target) }
            if !target.lowercased().hasPrefix("https://") { secure = false }
            count += 1
            if request.method == "POST" && [301, 302, 303].contains(status) && policy.post == .get {
                request = HTTPHopRequest(url: target)
            } else {
                request.url = target
            }
        }
    }

    // MARK: - DNS steps

    private func readSRV(context: StepContext, state: inout State) async -> StepRun {
        let services: [(label: String, proto: MailProtocol, security: TransportSecurity)] = [
            ("_imaps._tcp", .imap, .tls), ("_imap._tcp", .imap, .starttls), ("_pop3s._tcp", .pop3, .tls),
            ("_pop3._tcp", .pop3, .starttls), ("_submissions._tcp", .smtp, .tls),
            ("_submission._tcp", .smtp, .starttls),
        ]
        var found: [ServerSettings] = []
        var names: [String] = []
        for service in services {
            let name = "\(service.label).\(address.domain)"
            names.append(name)
            let records = Self.srvRecords(await observations.dns(name, .srv))
            for record in SRVOrdering.order(records, random: { _ in 0 }) {
                found.append(
                    ServerSettings(
                        protocol: service.proto,
                        host: Self.stripDot(record.target),
                        port: record.port,
                        security: service.security,
                        auth: [.passwordCleartext],
                        username: address.address,
                        origin: .srv(
                            SRVOrigin(
                                name: name,
                                target: Self.stripDot(record.target),
                                port: record.port,
                                priority: record.priority,
                                weight: record.weight,
                                insideDomain: true
                            )
                        )
                    )
                )
            }
        }
        let incoming = found.first { $0.protocol.isIncoming }
        let outgoing = found.first { $0.protocol == .smtp }
        guard incoming != nil || outgoing != nil else {
            state.record(context, names.joined(separator: " "), .noRecord)
            return .failed(status: nil)
        }
        state.record(context, names.joined(separator: " "), .answered)
        let source = [incoming, outgoing].compactMap { server -> String? in
            guard case .srv(let origin) = server?.origin else { return nil }
            return "\(origin.name) SRV \(origin.priority) \(origin.weight) \(origin.port) \(origin.target)"
        }.joined(separator: "; ")
        return .answer(.settings(incoming: incoming, outgoing: outgoing, notes: []), source: source, secure: true)
    }

    private func readMX(
        _ step: ClientOrder.Step,
        rules: ClientOrder.HTTPRules,
        state: inout State,
        context: StepContext
    ) async -> StepRun {
        let answer = await observations.dns(address.domain, .mx)
        guard let mx = answer.mxHosts.first.map(Self.stripDot)?.lowercased(), let plan = step.mx else {
            state.record(context, "MX \(address.domain)", .noRecord)
            return .failed(status: nil)
        }
        var candidates: [String] = []
        switch plan.candidates {
        case .thunderbird:
            guard let base = observations.seams.registrableDomain(mx), base != address.domain else {
                state.record(context, "MX \(address.domain) → \(mx)", .notApplicable)
                return .notApplicable
            }
            if let dot = mx.firstIndex(of: ".") {
                let sub = String(mx[mx.index(after: dot)...])
                if sub != base && sub.hasSuffix("." + base) { candidates.append(sub) }
            }
            candidates.append(base)
        case .evolution:
            var name = Substring(mx)
            while name.contains(".") {
                candidates.append(String(name))
                guard let dot = name.firstIndex(of: ".") else { break }
                name = name[name.index(after: dot)...]
            }
        }
        state.record(context, "MX \(address.domain) → \(mx)", .notApplicable)
        for candidate in candidates {
            for sub in plan.steps {
                if case .answer(let reading, let source, let secure) = await run(
                    sub,
                    host: candidate,
                    rules: rules.merged(with: sub.http),
                    state: &state
                ), case .settings = reading {
                    return .answer(reading, source: source, secure: secure)
                }
            }
        }
        return .failed(status: nil)
    }

    // MARK: - Guessing

    private func guess(
        incoming: Bool,
        outgoing: Bool,
        state: inout State
    ) async -> (
        incoming: ServerSettings?, outgoing: ServerSettings?
    ) {
        let domain = address.domain
        var lists: [(Bool, [ServerSettings])] = []
        if incoming {
            lists.append(
                (
                    true,
                    (order.fallback.incoming ?? []).compactMap {
                        $0.settings(domain: domain, username: address.address)
                    }
                )
            )
        }
        if outgoing {
            lists.append(
                (
                    false,
                    (order.fallback.outgoing ?? []).compactMap {
                        $0.settings(domain: domain, username: address.address)
                    }
                )
            )
        }
        var result: (incoming: ServerSettings?, outgoing: ServerSettings?) = (nil, nil)
        for (isIncoming, candidates) in lists {
            let hosts = Array(Set(candidates.map(\.host)))
            let observations = self.observations
            let resolving = await hosts.concurrentMap(limit: 8) { host in
                (host, await !observations.addresses(host).isEmpty)
            }
            let resolvable = Set(resolving.filter(\.1).map(\.0))
            let tried = candidates.filter { resolvable.contains($0.host) }
            let verdicts = await tried.concurrentMap(limit: 8) { server in await observations.verify(server) }
            let winner = zip(tried, verdicts).first { $0.1.status == .verified }.map { pair -> ServerSettings in
                var server = pair.0
                server.verification = pair.1
                return server
            }
            state.trace.append(
                StepTrace(
                    step: isIncoming ? "guess-incoming" : "guess-outgoing",
                    asked: tried.isEmpty
                        ? "\(candidates.count) candidates, no host name resolves"
                        : tried.map { "\($0.host):\($0.port)" }.joined(separator: " "),
                    result: winner == nil ? (tried.isEmpty ? .notApplicable : .rejected) : .answered,
                    cite: order.fallback.cite
                )
            )
            if isIncoming { result.incoming = winner } else { result.outgoing = winner }
        }
        return result
    }

    // MARK: - Helpers

    private func template(_ text: String, host: String?) -> String {
        var result = text.replacingOccurrences(of: "{domain}", with: address.domain)
        if let host { result = result.replacingOccurrences(of: "{host}", with: host) }
        return result
    }

    private func query(_ query: ClientOrder.Query) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let encoded = address.address.addingPercentEncoding(withAllowedCharacters: allowed) ?? address.address
        switch query {
        case .none:
            return ""
        case .emailaddress:
            return "?emailaddress=\(encoded)"
        case .emailaddressMD5:
            let digest = Insecure.MD5.hash(data: Data(address.address.lowercased().utf8))
            let hex = digest.map { String(format: "%02x", $0) }.joined()
            return "?emailaddress=\(encoded)&emailmd5=\(hex)"
        }
    }

    private func autodiscoverPost(_ url: String) -> HTTPHopRequest {
        let body = AutodiscoverRequest(
            emailAddress: address.address,
            acceptableResponseSchema: "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a"
        ).xml
        return HTTPHopRequest(
            method: "POST",
            url: url,
            body: Array(body.utf8),
            contentType: "text/xml; charset=utf-8"
        )
    }

    private func absolute(_ location: String, from url: String) -> String? {
        guard let base = URL(string: url), let target = URL(string: location, relativeTo: base)?.absoluteURL,
            let scheme = target.scheme?.lowercased(), ["http", "https"].contains(scheme)
        else { return nil }
        return target.absoluteString
    }

    static func success(_ status: Int, _ rules: ClientOrder.HTTPRules) -> Bool {
        switch rules.success ?? .any2xx {
        case .any2xx: (200..<300).contains(status)
        case .only200: status == 200
        }
    }

    static func contentType(_ header: String?, matches types: [String], _ rules: ClientOrder.HTTPRules) -> Bool {
        guard let header else { return false }
        switch rules.contentTypeMatch ?? .prefix {
        case .prefix:
            return types.contains { header.hasPrefix($0) }
        case .exact:
            let bare = header.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            return types.contains(bare)
        }
    }

    static func srvRecords(_ answer: DNSAnswer) -> [(priority: Int, weight: Int, port: Int, target: String)] {
        guard answer.status == .ok else { return [] }
        return answer.records.compactMap { record in
            if case .srv(let priority, let weight, let port, let target) = record, target != ".", !target.isEmpty {
                return (priority, weight, port, target)
            }
            return nil
        }
    }

    static func stripDot(_ name: String) -> String {
        name.hasSuffix(".") ? String(name.dropLast()) : name
    }
}

extension ClientOrder {
    /// An OAuth2 list looked up exactly (the rule applied after the answer).
    static func exact(_ oauth: ReaderRules.OAuth2) -> ReaderRules.OAuth2 {
        ReaderRules.OAuth2(hosts: oauth.hosts, match: .exact)
    }
}
