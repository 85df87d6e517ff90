/// Placeholders that provider data uses in user names and host names, resolved for one address.
///
/// The vocabulary is Thunderbird's: `%EMAILADDRESS%`, `%EMAILLOCALPART%` and `%EMAILDOMAIN%`. Anything else in a
/// template is literal text.
public enum Placeholder {
    /// The whole address, `alice@example.com`.
    public static let emailAddress = "%EMAILADDRESS%"
    /// The part before the `@`, `alice`.
    public static let emailLocalPart = "%EMAILLOCALPART%"
    /// The domain in A-label form, `example.com`.
    public static let emailDomain = "%EMAILDOMAIN%"
    /// All three, longest first.
    public static let all = [emailLocalPart, emailAddress, emailDomain]

    /// Replaces every placeholder in `template` with the corresponding part of `address`.
    public static func resolve(_ template: String, for address: EmailAddress) -> String {
        guard template.contains("%") else { return template }
        return
            template
            .replacing(emailAddress, with: address.address)
            .replacing(emailLocalPart, with: address.localPart)
            .replacing(emailDomain, with: address.domain)
    }

    /// Replaces `%EMAILDOMAIN%` only: enough for host names, which never hold a user's local part.
    public static func resolve(_ template: String, domain: String) -> String {
        guard template.contains("%") else { return template }
        return template.replacing(emailDomain, with: domain)
    }

    /// A host name in lower case, placeholders kept in upper case (`Mail.%EMAILDOMAIN%` → `mail.%EMAILDOMAIN%`).
    public static func lowercasedHost(_ host: String) -> String {
        var result = host.lowercased()
        guard result.contains("%") else { return result }
        for placeholder in all { result = result.replacing(placeholder.lowercased(), with: placeholder) }
        return result
    }

    /// Whether `text` still holds a `%`, i.e. a placeholder, known or not.
    public static func hasPlaceholder(_ text: String) -> Bool {
        text.contains("%")
    }
}
