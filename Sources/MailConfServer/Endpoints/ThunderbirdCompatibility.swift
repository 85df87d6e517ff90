import MailConfCore

/// What Thunderbird's autoconfig reader needs beyond the format: it accepts OAuth2 only for the providers on its
/// built-in list, so every other server that offers OAuth2 must also offer a password method after it.
enum ThunderbirdCompatibility {
    /// Mail hosts of the OAuth2 providers built into Thunderbird.
    static let oauthHosts: Set<String> = [
        "imap.gmail.com", "pop.gmail.com", "smtp.gmail.com", "imap.googlemail.com", "pop.googlemail.com",
        "smtp.googlemail.com", "outlook.office365.com", "smtp.office365.com", "smtp-mail.outlook.com",
        "imap.mail.yahoo.com", "pop.mail.yahoo.com", "smtp.mail.yahoo.com", "imap.aol.com", "pop.aol.com",
        "smtp.aol.com", "imap.mail.ru", "pop.mail.ru", "smtp.mail.ru", "imap.yandex.com", "pop.yandex.com",
        "smtp.yandex.com", "imap.fastmail.com", "pop.fastmail.com", "smtp.fastmail.com", "imap.comcast.net",
        "smtp.comcast.net",
    ]

    /// `account` with a password method after OAuth2 where Thunderbird could not use OAuth2.
    static func prepared(_ account: AccountConfig) -> AccountConfig {
        var copy = account
        func fix(_ server: ServerSettings) -> ServerSettings {
            guard server.auth.contains(.oauth2), !server.auth.contains(where: \.usesPassword),
                !oauthHosts.contains(server.host)
            else { return server }
            var fixed = server
            fixed.auth.append(.passwordCleartext)
            return fixed
        }
        copy.incoming = account.incoming.map(fix)
        copy.outgoing = account.outgoing.map(fix)
        return copy
    }
}
