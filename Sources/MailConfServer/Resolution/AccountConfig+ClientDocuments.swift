import MailConfCore

extension AccountConfig {
    /// The servers a client is offered in a document it configures itself from (autoconfig, Autodiscover, the
    /// profile): in rank order, without `plain` servers in a direction that has a TLS or STARTTLS one. One rule for
    /// every document: Thunderbird for Android refuses a whole autoconfig file that names a plain server, and no
    /// client should be steered to cleartext when encryption exists. (`lookup` reports every server found, plain
    /// ones after the encrypted, since it is a diagnosis, not a configuration.)
    var forClientDocuments: AccountConfig {
        var copy = self
        func keep(_ servers: [ServerSettings]) -> [ServerSettings] {
            servers.contains { $0.security != .plain } ? servers.filter { $0.security != .plain } : servers
        }
        copy.incoming = keep(incoming)
        copy.outgoing = keep(outgoing)
        return copy
    }
}
