import MailConfCore

extension LookupResult {
    /// The result with every local path (a build directory in a TLS library's error, a CA file's location) cut to
    /// its last component in every detail a client can read: the service's answers never tell how its host is laid
    /// out.
    func withoutLocalPaths() -> LookupResult {
        var copy = self
        for index in copy.sources.indices {
            copy.sources[index].detail = copy.sources[index].detail.map(Self.withoutLocalPaths)
        }
        func clean(_ server: ServerSettings) -> ServerSettings {
            var server = server
            server.verification.detail = server.verification.detail.map(Self.withoutLocalPaths)
            return server
        }
        copy.config.incoming = copy.config.incoming.map(clean)
        copy.config.outgoing = copy.config.outgoing.map(clean)
        return copy
    }

    /// `text` with each absolute path (`/a/b/file.cc`, starting a word) replaced by its last component
    /// (`file.cc`); URLs (`https://host/path`) are left alone.
    static func withoutLocalPaths(_ text: String) -> String {
        text.replacing(#/(^|[\s'"(<=])(?:/[^\s/:'"()<>]+)+/([^\s/:'"()<>]+)/#) { match in
            match.output.1 + match.output.2
        }
    }
}
