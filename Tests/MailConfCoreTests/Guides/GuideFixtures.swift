import MailConfCore

/// Representative verified configurations the golden guides are made from.
enum GuideFixtures {
    static let verified = Verification(status: .verified)

    /// IMAP and submission both on implicit TLS (993, 465), the full address as user name.
    static let implicitTLS = (
        address: try? EmailAddress(parsing: "ayse@örnek.com.tr"),
        config: AccountConfig(
            displayName: "Örnek Posta",
            incoming: [
                ServerSettings(
                    protocol: .imap,
                    host: "imap.xn--rnek-4qa.com.tr",
                    port: 993,
                    security: .tls,
                    username: "ayse@xn--rnek-4qa.com.tr",
                    verification: verified
                )
            ],
            outgoing: [
                ServerSettings(
                    protocol: .smtp,
                    host: "smtp.xn--rnek-4qa.com.tr",
                    port: 465,
                    security: .tls,
                    username: "ayse@xn--rnek-4qa.com.tr",
                    verification: verified
                )
            ]
        )
    )

    /// IMAP 143 and submission 587, both STARTTLS.
    static let starttls = (
        address: try? EmailAddress(parsing: "bob@example.org"),
        config: AccountConfig(
            incoming: [
                ServerSettings(
                    protocol: .imap,
                    host: "mail.example.org",
                    port: 143,
                    security: .starttls,
                    username: "bob@example.org",
                    verification: verified
                )
            ],
            outgoing: [
                ServerSettings(
                    protocol: .smtp,
                    host: "mail.example.org",
                    port: 587,
                    security: .starttls,
                    username: "bob@example.org",
                    verification: verified
                )
            ]
        )
    )

    /// A provider offering only POP3 (995) for reading.
    static let pop3Only = (
        address: try? EmailAddress(parsing: "carla@pop.example.net"),
        config: AccountConfig(
            incoming: [
                ServerSettings(
                    protocol: .pop3,
                    host: "pop.example.net",
                    port: 995,
                    security: .tls,
                    username: "carla@pop.example.net",
                    verification: verified
                )
            ],
            outgoing: [
                ServerSettings(
                    protocol: .smtp,
                    host: "smtp.example.net",
                    port: 587,
                    security: .starttls,
                    username: "carla@pop.example.net",
                    verification: verified
                )
            ]
        )
    )

    /// The local part alone as user name, with a password proven by challenge (CRAM-MD5 style).
    static let localPart = (
        address: try? EmailAddress(parsing: "dilek@kurum.edu.tr"),
        config: AccountConfig(
            incoming: [
                ServerSettings(
                    protocol: .imap,
                    host: "posta.kurum.edu.tr",
                    port: 993,
                    security: .tls,
                    auth: [.passwordEncrypted, .passwordCleartext],
                    username: "dilek",
                    verification: verified
                )
            ],
            outgoing: [
                ServerSettings(
                    protocol: .smtp,
                    host: "posta.kurum.edu.tr",
                    port: 587,
                    security: .starttls,
                    auth: [.passwordEncrypted, .passwordCleartext],
                    username: "dilek",
                    verification: verified
                )
            ]
        )
    )

    static let all = [
        ("implicit-tls", implicitTLS), ("starttls", starttls), ("pop3-only", pop3Only), ("local-part", localPart),
    ]
}
