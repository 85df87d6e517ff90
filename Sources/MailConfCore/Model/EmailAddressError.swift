/// Why a string is not a usable email address. Each case names the problem precisely.
public enum EmailAddressError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Nothing but white space.
    case empty
    /// A control character (U+0000–U+001F, U+007F–U+009F) at the given character offset.
    case controlCharacter(offset: Int)
    /// No `@` separates local part and domain.
    case missingAt
    /// `Name <addr>` with unbalanced angle brackets.
    case unbalancedAngleBrackets
    /// Nothing before the `@`.
    case emptyLocalPart
    /// The local part is longer than 64 octets (RFC 5321 §4.5.3.1.1).
    case localPartTooLong(octets: Int)
    /// A character that an unquoted local part may not hold.
    case invalidLocalPartCharacter(Character)
    /// A quoted local part without its closing quote.
    case unterminatedQuotedLocalPart
    /// Nothing after the `@`.
    case emptyDomain
    /// `user@[192.0.2.1]`: an address literal names no domain to look settings up for.
    case addressLiteral
    /// The domain is longer than 253 octets in A-label form.
    case domainTooLong(octets: Int)
    /// A label (the part between dots) longer than 63 octets.
    case labelTooLong(label: String, octets: Int)
    /// Two dots in a row, or a leading dot.
    case emptyLabel
    /// A label with a character other than letters, digits and hyphens.
    case invalidLabelCharacter(label: String, character: Character)
    /// A label that starts or ends with a hyphen.
    case labelHyphen(label: String)
    /// A domain of one label (`localhost`, `com`), which has no mail settings of its own.
    case singleLabelDomain(String)
    /// libidn2 refused an internationalised domain.
    case invalidInternationalDomain(domain: String, reason: String)
    /// A host name given with a port (`mail.example.com:993`), where only the host belongs.
    case hostWithPort(host: String, port: String)
    /// An empty host name.
    case emptyHost

    public var description: String { localizedDescription(.en) }
}

extension EmailAddressError {
    /// The error for people in `language`, from the catalogue's `address.error.CASE` (``description`` is English).
    public func localizedDescription(_ language: Language) -> String {
        func t(_ key: String, _ arguments: [String: String] = [:]) -> String {
            localized("address.error." + key, language, arguments)
        }
        func quote(_ character: Character) -> String { character == " " ? t("space") : "'\(character)'" }
        switch self {
        case .empty: return t("empty")
        case .controlCharacter(let offset): return t("controlCharacter", ["position": String(offset + 1)])
        case .missingAt: return t("missingAt")
        case .unbalancedAngleBrackets: return t("unbalancedAngleBrackets")
        case .emptyLocalPart: return t("emptyLocalPart")
        case .localPartTooLong(let octets): return t("localPartTooLong", ["octets": String(octets)])
        case .invalidLocalPartCharacter(let character):
            return t("invalidLocalPartCharacter", ["character": quote(character)])
        case .unterminatedQuotedLocalPart: return t("unterminatedQuotedLocalPart")
        case .emptyDomain: return t("emptyDomain")
        case .addressLiteral: return t("addressLiteral")
        case .domainTooLong(let octets): return t("domainTooLong", ["octets": String(octets)])
        case .labelTooLong(let label, let octets):
            return t("labelTooLong", ["label": String(label.prefix(20)), "octets": String(octets)])
        case .emptyLabel: return t("emptyLabel")
        case .invalidLabelCharacter(let label, let character):
            return t("invalidLabelCharacter", ["label": label, "character": quote(character)])
        case .labelHyphen(let label): return t("labelHyphen", ["label": label])
        case .singleLabelDomain(let domain): return t("singleLabelDomain", ["domain": domain])
        case .invalidInternationalDomain(let domain, let reason):
            return t("invalidInternationalDomain", ["domain": domain, "reason": reason])
        case .hostWithPort(let host, let port): return t("hostWithPort", ["host": host, "port": port])
        case .emptyHost: return t("emptyHost")
        }
    }
}
