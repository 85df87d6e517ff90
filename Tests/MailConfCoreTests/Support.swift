import MailConfCore

/// A configuration with every kind of server the writers must handle.
let sampleAccount = AccountConfig(
    providerID: "example.com",
    displayName: "Example & Co <Mail>",
    domains: ["example.com"],
    incoming: [
        ServerSettings(protocol: .imap, host: "imap.example.com", port: 993, security: .tls, auth: [.oauth2]),
        ServerSettings(protocol: .pop3, host: "pop.example.com", port: 110, security: .starttls),
        ServerSettings(protocol: .imap, host: "plain.example.com", port: 143, security: .plain),
    ],
    outgoing: [
        ServerSettings(protocol: .smtp, host: "smtp.example.com", port: 465, security: .tls),
        ServerSettings(
            protocol: .smtp,
            host: "smtp.example.com",
            port: 587,
            security: .starttls,
            auth: [.passwordEncrypted],
            username: "%EMAILLOCALPART%"
        ),
    ],
    oauth2: OAuth2Settings(
        issuer: "login.example.com",
        scope: "mail offline",
        authURL: "https://login.example.com/a?x=1&y=2",
        tokenURL: "https://login.example.com/t"
    )
)
