public import MailConfCore

/// `mailconf domain` over the real seams: the ones ``LiveDiscovery`` builds (DNS server, trust roots, timeout
/// policy), with one probe per endpoint shared by MailConf's own discovery and every simulated client.
public enum LiveDomainCheck {
    /// Builds the check and the live discovery it runs on; call ``LiveDiscovery/shutdown()`` when done.
    ///
    /// - Parameters:
    ///   - options: the network options; its discovery deadline is set from `deadline`.
    ///   - deadline: the time allowed for the whole check.
    /// - Throws: what ``LiveDiscovery/init(database:options:)`` throws.
    public static func make(
        database: any ProviderDatabase,
        orders: [ClientOrder],
        options: LiveDiscovery.Options,
        deadline: Duration,
        serveHost: String?
    ) throws -> (check: DomainCheck, live: LiveDiscovery) {
        var options = options
        // Discovery runs beside the simulations; what it finds is verified again afterwards, so it must end first.
        options.discovery.deadline = deadline * 0.7
        options.discovery.resolveUsernames = false
        options.wrapProber = { SharedProbes($0, ttl: .seconds(3600)) }
        let live = try LiveDiscovery(database: database, options: options)
        let seams = DomainObservations.Seams(
            http: live.exchanger,
            dns: live.resolver,
            prober: live.prober,
            connector: live.connector,
            registrableDomain: { PublicSuffix.registrableDomain($0) },
            fetchTimeout: live.timeouts.fetch
        )
        let check = DomainCheck(
            orders: orders,
            seams: seams,
            discovery: live.discovery,
            deadline: deadline,
            serveHost: serveHost
        )
        return (check, live)
    }
}
