/// Deadlines and limits for one probe. Every network step has a deadline; the defaults follow Postfix's spirit
/// (per-phase timeouts) scaled down for an interactive tool.
public struct ProbeOptions: Sendable {
    /// Time allowed for the TCP connection.
    public var connectTimeout: Duration = .seconds(5)
    /// Time allowed for the greeting and for each reply.
    public var readTimeout: Duration = .seconds(10)
    /// Time allowed for a TLS handshake.
    public var tlsTimeout: Duration = .seconds(10)
    /// Time allowed for the whole probe of one service.
    public var totalTimeout: Duration = .seconds(20)
    /// The name sent in EHLO/HELO; `nil` for the address literal of our end of the connection (`[192.0.2.1]`,
    /// RFC 5321 §4.1.4), which Postfix's `reject_unknown_helo_hostname` and `reject_non_fqdn_helo_hostname` accept
    /// where an invented name is refused.
    public var clientName: String?
    /// Whether to check which TLS versions (1.0 to 1.3) each TLS service accepts, one connection per version, in
    /// parallel with the probe and within its deadline (`mailconf probe` does; `auth` and verification do not).
    public var checkTLSVersions = false
    /// How long a STARTTLS or plaintext port may stay silent before a second connection checks whether it speaks
    /// TLS at once instead (an implicit-TLS port probed as STARTTLS never greets).
    public var implicitTLSCheckDelay: Duration = .seconds(1)
    /// Most lines in one reply (EHLO, CAPA, CAPABILITY); a 10 MB capability list ends here.
    public var maximumReplyLines = 256
    /// Largest IMAP literal read.
    public var maximumLiteralBytes = 64 * 1024
    /// Longest SMTP or POP3 line accepted (Postfix's `line_length_limit`; the RFCs say 512).
    public var maximumLineBytes = 2048
    /// Longest IMAP line accepted (swift-nio-imap's default).
    public var maximumIMAPLineBytes = 8192
    /// Most bytes accepted from the server in one session.
    public var maximumSessionBytes = 1 << 20

    /// The defaults.
    public init() {}

    /// Options whose every deadline is `seconds`, for `--timeout`: the whole probe gets twice that.
    public static func uniform(seconds: Double) -> ProbeOptions {
        var options = ProbeOptions()
        let step = Duration.milliseconds(Int64(seconds * 1000))
        options.connectTimeout = step
        options.readTimeout = step
        options.tlsTimeout = step
        options.totalTimeout = step * 2
        return options
    }
}
