/// What `mailconf domain` found for a mail domain: how each client fares, where the domain's own publications
/// disagree, the settings that were verified live, the DNS records to publish and how to serve the settings.
public struct DomainReport: Hashable, Sendable {
    /// The domain (A-labels).
    public var domain: String
    /// The address the simulated clients were given.
    public var address: EmailAddress
    /// One verdict per simulated client, in the order asked.
    public var clients: [ClientVerdict]
    /// Where the domain's publications disagree.
    public var disagreements: [SourceDisagreement]
    /// The servers that passed their live probe, best first (user names as templates).
    public var verified: [ServerSettings]
    /// The DNS records to publish.
    public var records: [RecordAdvice]
    /// How to serve the settings, when any were verified.
    public var serve: ServeAdvice?
    /// The host that runs (or will run) `mailconf serve`.
    public var serveHost: String
    /// Whether `serveHost` was chosen by the owner (otherwise it is a suggestion).
    public var serveHostGiven: Bool
    /// Whether the deadline came before everything was asked.
    public var deadlineReached: Bool

    /// The clients whose outcome the exit code counts.
    public var counted: [ClientVerdict] { clients.filter(\.client.counted) }

    /// Whether nothing at all was found: no verified server and no client with settings.
    public var nothingFound: Bool {
        verified.isEmpty && clients.allSatisfy { $0.incoming == nil && $0.outgoing == nil }
    }

    /// The documented exit code: 0 every counted client configures automatically with servers that pass their
    /// probe and the publications agree; 1 otherwise; 2 nothing found.
    public var exitCode: Int32 {
        if nothingFound { return 2 }
        return counted.allSatisfy(\.isGood) && disagreements.isEmpty ? 0 : 1
    }
}
