/// A fact about a provider that a user must know before the settings work, as a stable code.
///
/// An open vocabulary: codes MailConf does not know are kept and shown as is.
public struct ProviderNote: OpenVocabulary {
    /// The note's code, e.g. `app-password`.
    public var rawValue: String

    /// Creates a note from its code.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The account password is refused; the user must create an app password.
    public static let appPassword: ProviderNote = "app-password"
    /// IMAP/POP3 access is off until the user enables it in the provider's web settings.
    public static let enableIMAP: ProviderNote = "enable-imap"
    /// No direct IMAP/SMTP access: only through the vendor's bridge program.
    public static let bridgeOnly: ProviderNote = "bridge-only"
    /// No IMAP/SMTP access at all, only the vendor's own apps.
    public static let noIMAPAccess: ProviderNote = "no-imap-access"
    /// Password log-in is refused; a client must use OAuth 2.0.
    public static let oauth2Only: ProviderNote = "oauth2-only"
    /// An administrator of the user's organisation must allow the protocol first (e.g. SMTP AUTH in Microsoft 365
    /// tenants with security defaults).
    public static let adminMustEnable: ProviderNote = "admin-must-enable"

    /// Every code MailConf knows.
    public static let known: [ProviderNote] = [
        .appPassword, .enableIMAP, .bridgeOnly, .noIMAPAccess, .oauth2Only, .adminMustEnable,
    ]

    /// Notes that mean the user (or an administrator) must act before the settings work: a provider with one of
    /// them has the status ``ProviderStatus/preparation`` at least (`providers check` enforces it).
    public static let requiringPreparation: [ProviderNote] = [.appPassword, .enableIMAP, .adminMustEnable]

    /// Whether this note means someone must act before the settings work.
    public var requiresPreparation: Bool { Self.requiringPreparation.contains(self) }

    /// Whether MailConf knows this code.
    public var isKnown: Bool { Self.known.contains(self) }

    /// A short explanation for people, in English.
    public var message: String { localizedMessage(.en) }

    /// The note for people in `language`, from the catalogue's `note.CODE`; the code itself for unknown notes.
    public func localizedMessage(_ language: Language) -> String {
        isKnown ? localized("note." + rawValue, language) : rawValue
    }

    /// Whether the note means that no IMAP/SMTP settings can work directly.
    public var blocksDirectAccess: Bool { self == .bridgeOnly || self == .noIMAPAccess }
}
