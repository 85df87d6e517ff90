/// A mail protocol MailConf configures: two for reading mail, one for sending it.
public enum MailProtocol: String, Hashable, Sendable, CaseIterable {
    /// IMAP4rev1/IMAP4rev2 (RFC 3501, RFC 9051).
    case imap
    /// POP3 (RFC 1939).
    case pop3
    /// SMTP submission (RFC 6409) or relay (RFC 5321).
    case smtp

    /// Whether the protocol reads mail (IMAP, POP3) rather than sends it (SMTP).
    public var isIncoming: Bool { self != .smtp }

    /// The name users know, upper case: `IMAP`, `POP3`, `SMTP`.
    public var displayName: String { rawValue.uppercased() }
}
