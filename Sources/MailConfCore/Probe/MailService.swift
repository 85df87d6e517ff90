/// A mail service as users name it: protocol, standard port and whether TLS starts at connect.
public struct MailService: Hashable, Sendable, CustomStringConvertible {
    /// The service's name: `smtp`, `submission`, `submissions`, `imap`, `imaps`, `pop3`, `pop3s`.
    public var name: String
    /// The protocol spoken.
    public var `protocol`: MailProtocol
    /// The port to connect to.
    public var port: Int
    /// Whether TLS starts at connect (ports 465, 993, 995) rather than through STARTTLS.
    public var implicitTLS: Bool

    /// Creates a service.
    public init(name: String, protocol: MailProtocol, port: Int, implicitTLS: Bool) {
        self.name = name
        self.protocol = `protocol`
        self.port = port
        self.implicitTLS = implicitTLS
    }

    public var description: String { "\(name):\(port)" }

    /// SMTP relay, port 25.
    public static let smtp = MailService(name: "smtp", protocol: .smtp, port: 25, implicitTLS: false)
    /// SMTP submission with STARTTLS, port 587 (RFC 6409).
    public static let submission = MailService(name: "submission", protocol: .smtp, port: 587, implicitTLS: false)
    /// SMTP submission over implicit TLS, port 465 (RFC 8314).
    public static let submissions = MailService(name: "submissions", protocol: .smtp, port: 465, implicitTLS: true)
    /// IMAP, port 143.
    public static let imap = MailService(name: "imap", protocol: .imap, port: 143, implicitTLS: false)
    /// IMAP over implicit TLS, port 993.
    public static let imaps = MailService(name: "imaps", protocol: .imap, port: 993, implicitTLS: true)
    /// POP3, port 110.
    public static let pop3 = MailService(name: "pop3", protocol: .pop3, port: 110, implicitTLS: false)
    /// POP3 over implicit TLS, port 995.
    public static let pop3s = MailService(name: "pop3s", protocol: .pop3, port: 995, implicitTLS: true)

    /// The seven standard services, in the order `mailconf probe` reports them.
    public static let standard: [MailService] = [.smtp, .submission, .submissions, .imap, .imaps, .pop3, .pop3s]

    /// Why a service specification could not be read.
    public struct ParseError: Error, Hashable, Sendable, CustomStringConvertible {
        /// What is wrong.
        public var message: String
        public var description: String { message }
    }

    /// Parses `NAME` or `NAME:PORT`, e.g. `submission:10587`. Names are case-insensitive; `smtps` is accepted for
    /// `submissions`.
    public init(parsing text: String) throws(ParseError) {
        let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        let name = parts[0].lowercased()
        let aliases = ["smtps": "submissions", "pop": "pop3", "pops": "pop3s"]
        guard let base = Self.standard.first(where: { $0.name == (aliases[name] ?? name) }) else {
            let known = Self.standard.map(\.name).joined(separator: ", ")
            throw ParseError(message: "unknown service '\(parts[0])'; use one of \(known), optionally with :PORT")
        }
        self = base
        if parts.count == 2 {
            guard let port = Int(parts[1]), (1...65535).contains(port) else {
                throw ParseError(message: "'\(parts[1])' is not a port number (1–65535)")
            }
            self.port = port
        }
    }

    /// The standard service of the same protocol with the other kind of TLS start (`submission` for
    /// `submissions`, `imaps` for `imap`…), keeping this port: what to probe when a port turns out to speak the
    /// other way.
    public var otherTLSStart: MailService {
        let name: String
        switch (self.protocol, implicitTLS) {
        case (.smtp, true): name = MailService.submission.name
        case (.smtp, false): name = MailService.submissions.name
        case (.imap, true): name = MailService.imap.name
        case (.imap, false): name = MailService.imaps.name
        case (.pop3, true): name = MailService.pop3.name
        case (.pop3, false): name = MailService.pop3s.name
        }
        var other = Self.standard.first { $0.name == name } ?? self
        other.port = port
        return other
    }

    /// The transport security this service uses when everything works.
    public var expectedSecurity: TransportSecurity { implicitTLS ? .tls : .starttls }
}
