/// An email address as MailConf uses it: the local part kept as typed, the domain normalised to lower-case
/// A-labels.
///
/// Parsing accepts a bare addr-spec (`alice@example.com`), a name-addr (`Alice <alice@example.com>`) and
/// surrounding white space. Internationalised domains (`ayşe@örnek.com.tr`) are converted with UTS #46 processing
/// by libidn2; the local part may hold UTF-8 (RFC 6531).
public struct EmailAddress: Hashable, Sendable, CustomStringConvertible {
    /// The part before the `@`, exactly as given (quotes included, if any).
    public let localPart: String
    /// The domain: lower case, A-labels, no trailing dot.
    public let domain: String
    /// The domain with Unicode labels, for display; equal to ``domain`` for ASCII names.
    public let unicodeDomain: String

    /// `localPart@domain`, with the domain in A-label form.
    public var address: String { localPart + "@" + domain }

    /// `localPart@domain`, with the domain in Unicode, for people.
    public var unicodeAddress: String { localPart + "@" + unicodeDomain }

    public var description: String { address }

    /// Parses and normalises an address.
    ///
    /// - Throws: ``EmailAddressError`` naming the first problem found.
    public init(parsing input: String) throws(EmailAddressError) {
        let trimmed = input.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw .empty }
        if let offset = trimmed.unicodeScalars.firstIndex(where: \.isControl) {
            throw .controlCharacter(
                offset: trimmed.unicodeScalars.distance(from: trimmed.unicodeScalars.startIndex, to: offset)
            )
        }
        let spec = try Self.addrSpec(of: trimmed)
        let (local, rawDomain) = try Self.split(spec)
        try Self.validateLocalPart(local)
        let (domain, unicode) = try Self.normaliseDomain(rawDomain)
        self.localPart = String(local)
        self.domain = domain
        self.unicodeDomain = unicode
    }

    /// `postmaster@domain` for a domain that is already normalised (e.g. from ``normalise(domain:)``): a stand-in
    /// when settings are looked up for a domain rather than a person.
    public static func postmaster(of domain: String) -> EmailAddress {
        EmailAddress(
            localPart: "postmaster",
            domain: domain,
            unicodeDomain: (try? normaliseDomain(Substring(domain)))?.unicode ?? domain
        )
    }

    private init(localPart: String, domain: String, unicodeDomain: String) {
        self.localPart = localPart
        self.domain = domain
        self.unicodeDomain = unicodeDomain
    }

    /// Validates and normalises a bare domain name, as ``domain`` would hold it.
    ///
    /// - Throws: ``EmailAddressError`` naming the problem.
    public static func normalise(domain: String) throws(EmailAddressError) -> String {
        try normaliseDomain(domain.trimmingWhitespace()).ascii
    }

    // MARK: - Parsing steps

    /// Extracts the addr-spec from `Name <addr>`, or returns the input.
    private static func addrSpec(of text: Substring) throws(EmailAddressError) -> Substring {
        // Brackets inside quoted strings (`"a<b"@example.com`, `"Bob <x>" <bob@example.com>`) are text.
        let brackets = unquotedAngleBrackets(in: text)
        guard !brackets.isEmpty else { return text }
        guard let close = brackets.last, text[close] == ">", close == text.index(before: text.endIndex),
            let open = brackets.last(where: { text[$0] == "<" }),
            brackets.filter({ $0 > open }).count == 1
        else { throw .unbalancedAngleBrackets }
        return text[text.index(after: open)..<close].trimmingWhitespace()
    }

    /// The positions of `<` and `>` outside double-quoted strings (where `\` escapes the next character).
    private static func unquotedAngleBrackets(in text: Substring) -> [Substring.Index] {
        var positions: [Substring.Index] = []
        var quoted = false
        var escaped = false
        for index in text.indices {
            let character = text[index]
            if escaped {
                escaped = false
            } else if quoted && character == "\\" {
                escaped = true
            } else if character == "\"" {
                quoted.toggle()
            } else if !quoted && (character == "<" || character == ">") {
                positions.append(index)
            }
        }
        return positions
    }

    /// Splits at the `@` that ends the local part (a quoted local part may itself hold `@`).
    private static func split(_ spec: Substring) throws(EmailAddressError) -> (Substring, Substring) {
        guard spec.first == "\"" else {
            guard let at = spec.lastIndex(of: "@") else { throw .missingAt }
            return (spec[..<at], spec[spec.index(after: at)...])
        }
        var index = spec.index(after: spec.startIndex)
        while index < spec.endIndex {
            switch spec[index] {
            case "\\":
                index = spec.index(after: index)
                guard index < spec.endIndex else { throw .unterminatedQuotedLocalPart }
            case "\"":
                let afterQuote = spec.index(after: index)
                guard afterQuote < spec.endIndex, spec[afterQuote] == "@" else {
                    if afterQuote == spec.endIndex { throw .missingAt }
                    throw .invalidLocalPartCharacter("\"")
                }
                return (spec[..<afterQuote], spec[spec.index(after: afterQuote)...])
            default:
                break
            }
            index = spec.index(after: index)
        }
        throw .unterminatedQuotedLocalPart
    }

    private static func validateLocalPart(_ local: Substring) throws(EmailAddressError) {
        guard !local.isEmpty else { throw .emptyLocalPart }
        let octets = local.utf8.count
        guard octets <= 64 else { throw .localPartTooLong(octets: octets) }
        guard local.first != "\"" else { return }
        // Unquoted: RFC 5322 atext and dots, plus UTF-8 (RFC 6531). Dots are not policed: real addresses with
        // leading, trailing or doubled dots exist and still have settings.
        for character in local {
            guard character.isASCII else { continue }
            if character.isLetter || character.isNumber || Self.atextSpecials.contains(character) { continue }
            throw .invalidLocalPartCharacter(character)
        }
    }

    private static let atextSpecials: Set<Character> = [
        "!", "#", "$", "%", "&", "'", "*", "+", "-", "/", "=", "?", "^", "_", "`", "{", "|", "}", "~", ".",
    ]

    private static func normaliseDomain(_ raw: Substring) throws(EmailAddressError) -> (ascii: String, unicode: String)
    {
        guard !raw.isEmpty else { throw .emptyDomain }
        guard raw.first != "[" else { throw .addressLiteral }
        var name = String(raw)
        if name.hasSuffix(".") { name.removeLast() }
        guard !name.isEmpty else { throw .emptyDomain }
        let ascii: String
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            ascii = name.lowercased()
        } else {
            try precheckUnicodeLabels(name)
            switch IDNA.toASCII(name) {
            case .success(let converted):
                ascii = converted
            case .failure(let failure):
                throw .invalidInternationalDomain(domain: name, reason: failure.message)
            }
        }
        try validateASCIIDomain(ascii)
        guard ascii.contains("xn--") else { return (ascii, ascii) }
        switch IDNA.toUnicode(ascii) {
        case .success(let unicode):
            // An A-label is valid only if its U-label encodes back to it (RFC 5891 §5.4); libidn2's decoding
            // alone accepts Punycode of upper-case or otherwise unmappable text.
            guard case .success(ascii) = IDNA.toASCII(unicode) else {
                throw .invalidInternationalDomain(domain: ascii, reason: "an xn-- label is not a valid A-label")
            }
            return (ascii, unicode)
        case .failure(let failure):
            throw .invalidInternationalDomain(domain: ascii, reason: failure.message)
        }
    }

    /// Catches empty labels before libidn2, whose message for them is vague.
    private static func precheckUnicodeLabels(_ name: String) throws(EmailAddressError) {
        let dots: Set<Character> = [".", "\u{3002}", "\u{FF0E}", "\u{FF61}"]
        for label in name.split(omittingEmptySubsequences: false, whereSeparator: { dots.contains($0) })
        where label.isEmpty {
            throw .emptyLabel
        }
    }

    private static func validateASCIIDomain(_ domain: String) throws(EmailAddressError) {
        let octets = domain.utf8.count
        guard octets <= 253 else { throw .domainTooLong(octets: octets) }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        for label in labels {
            guard !label.isEmpty else { throw .emptyLabel }
            guard label.utf8.count <= 63 else { throw .labelTooLong(label: String(label), octets: label.utf8.count) }
            if let bad = label.first(where: { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-")) }) {
                throw .invalidLabelCharacter(label: String(label), character: bad)
            }
            guard label.first != "-", label.last != "-" else { throw .labelHyphen(label: String(label)) }
        }
        guard labels.count >= 2 else { throw .singleLabelDomain(domain) }
    }
}

extension Unicode.Scalar {
    /// C0 controls, DEL and C1 controls.
    fileprivate var isControl: Bool {
        value < 0x20 || (0x7F...0x9F).contains(value)
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks.
    func trimmingWhitespace() -> SubSequence {
        var start = startIndex
        var end = endIndex
        while start < end, self[start].isWhitespace { start = index(after: start) }
        while end > start, self[index(before: end)].isWhitespace { end = index(before: end) }
        return self[start..<end]
    }
}
