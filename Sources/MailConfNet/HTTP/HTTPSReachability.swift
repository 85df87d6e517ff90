public import MailConfCore

/// The HTTPS reachability and certificate check for Exchange web services (EWS, OWA, Graph), over the same
/// connector as the mail probes: its trust roots, DNS server and address policy apply. The check itself is
/// MailConfCore's ``HTTPSProbe`` (pure over the ``MailConnector`` seam, so discovery can use it too); this is the
/// one call the network side needs.
public enum HTTPSReachability {
    /// Connects to `service`'s URL (to `address` instead of resolving its host, when given), checks the
    /// certificate for the host, sends one `HEAD` without credentials and reads the status line; each step within
    /// `timeout`. The verdict against the claim is ``ClaimJudge/judge(_:result:)-(ExchangeServer,_)``.
    public static func check(
        _ service: ExchangeServer,
        connector: NIOMailConnector,
        timeout: Duration = .seconds(10),
        address: String? = nil
    ) async -> HTTPSProbe.Result {
        await HTTPSProbe(connector: connector, connectTimeout: timeout, tlsTimeout: timeout, readTimeout: timeout)
            .check(url: service.url, address: address)
    }
}
