/// How one mail client reads a clientConfig (autoconfig) document: which elements it needs, which values it
/// knows, what a missing or unknown value does, and which server it takes. Data from the client's own reader
/// (cited in its `Guides/lookup` file), applied by ``ClientConfigReading``.
public struct ReaderRules: Decodable, Hashable, Sendable {
    /// How element and attribute names, and value vocabularies, are matched.
    public enum Names: String, Decodable, Hashable, Sendable {
        /// Exactly, case-sensitively.
        case exact
        /// Without regard to ASCII case.
        case anyCase = "any-case"
    }

    /// What a server that breaks a rule does.
    public enum Failure: String, Decodable, Hashable, Sendable {
        /// The server is skipped (the reason is kept, as Thunderbird reports the last one).
        case rejectServer = "reject-server"
        /// The whole document is refused.
        case rejectDocument = "reject-document"
        /// The server is dropped silently.
        case dropServer = "drop-server"
        /// The rule is not checked: the value is left unset.
        case ignore
        /// An unknown `socketType` makes the client try TLS, then STARTTLS, on the port (Delta Chat).
        case automatic
    }

    /// Which server of a type the client takes.
    public enum Choice: String, Decodable, Hashable, Sendable {
        /// The first valid server in document order, whatever its type.
        case firstValid = "first-valid"
        /// The first valid server of the first type the client prefers.
        case firstOfType = "first-of-type"
        /// The last valid server of the first type the client prefers (each one overwrites the last).
        case lastOfType = "last-of-type"
    }

    /// What a missing `<username>` becomes.
    public enum MissingUsername: String, Decodable, Hashable, Sendable {
        /// The literal text `undefined` (Thunderbird's `String(undefined)`), and `true` for an empty element.
        case literalUndefined = "literal-undefined"
        /// Listed in ``ReaderRules/required``: the rule there applies.
        case required
        /// Nothing: the client leaves the field empty for the user.
        case optional
    }

    /// How placeholders in host names are checked.
    public enum HostPlaceholders: String, Decodable, Hashable, Sendable {
        /// Only upper-case names are allowed (Thunderbird's hostname pattern); anything else rejects the server.
        case upperCase = "upper-case"
        /// Not checked: an unknown placeholder stays in the host name.
        case any
    }

    /// When OAuth2 counts.
    public struct OAuth2: Decodable, Hashable, Sendable {
        /// The hosts the client can do OAuth2 with (from its source, dated there).
        public var hosts: [String]
        /// How a host is looked up in the list.
        public var match: OAuth2Match
    }

    /// How a host is looked up in the OAuth2 list.
    public enum OAuth2Match: String, Decodable, Hashable, Sendable {
        /// The host, then the host without its first label, and so on (Thunderbird desktop).
        case suffix
        /// Exactly the host, lower case (Thunderbird for Android).
        case exact
    }

    /// Name matching.
    public var names: Names
    /// Whether `clientConfig` and `emailProvider` are required (otherwise a document without them has no server).
    public var requireProvider: Bool
    /// Whether `emailProvider/@id` must be a valid host name.
    public var requireProviderID: Bool
    /// Whether at least one valid `<domain>` is required.
    public var requireDomain: Bool
    /// The incoming server types used, preferred first.
    public var incoming: [String]
    /// The outgoing server types used.
    public var outgoing: [String]
    /// Which server is taken.
    public var choice: Choice
    /// Elements a used server must have: `hostname`, `port`, `username`, `socketType`, `authentication`.
    public var required: [String]
    /// What a missing required element does.
    public var onMissing: Failure
    /// The `socketType` values known.
    public var socketTypes: [String]
    /// How `socketType` values are matched.
    public var socketTypeNames: Names
    /// What an unknown `socketType` does.
    public var onUnknownSocketType: Failure
    /// The `authentication` values known (aliases included); `nil`: the element is ignored.
    public var authentication: [String]?
    /// Values known for outgoing servers only.
    public var outgoingAuthentication: [String]?
    /// What a server without a known `authentication` does.
    public var onNoAuthentication: Failure
    /// When OAuth2 counts; `nil`: OAuth2 counts like any known value.
    public var oauth2: OAuth2?
    /// What a missing `<username>` becomes.
    public var username: MissingUsername
    /// How placeholders in host names are checked.
    public var hostnamePlaceholders: HostPlaceholders
    /// How placeholder names are matched in user and host names.
    public var placeholders: Names
}

/// How one mail client reads an Autodiscover POX answer.
public enum AutodiscoverRules: String, Decodable, Hashable, Sendable {
    /// `Response/Account/Protocol` required (an `Error` document fails); `SSL` off or `Encryption` None means
    /// plain; otherwise ports 143, 110, 25 and 587 mean STARTTLS and others TLS; `LoginName` is the user name.
    case thunderbird
    /// Any well-formed XML is an answer, even with no `Protocol` (the lookup then stops); `SSL` off means plain,
    /// anything else lets the client try TLS then STARTTLS; the user name is the address.
    case deltaChat = "delta-chat"
    /// [MS-OXDSCLI]: `Encryption`, else `SSL`, decides; `LoginName` is the user name; an `Error` is no answer.
    case outlook
}
