public import Foundation

/// One mail client's manual-setup dialog as data (`clients/ID.json`): its sections and fields in the order the
/// dialog shows them, and in every language the labels and drop-down choices the client itself uses.
///
/// Text keys: `heading.H` for a section, `say.S` for an instruction, `label.L` for a field, `set.V` for a fixed
/// value, and `choice.KIND.VALUE` for what to pick (`KIND` is the step's value or its `choices` override;
/// `VALUE` a protocol, a security `tls`/`starttls`/`plain`, or an authentication method id).
public struct ClientProfile: Sendable, Decodable, Identifiable {
    /// The name `--client` takes, e.g. `thunderbird`.
    public var id: String
    /// Other names accepted for it.
    public var aliases: [String]
    /// The client's name.
    public var name: String
    /// Which version and documentation the labels come from.
    public var labelsFrom: LabelSource
    /// The incoming protocols the client supports (`imap`, `pop3`).
    public var protocols: [String]
    /// The dialog, section by section.
    public var sections: [Section]
    /// The texts, by language code.
    public var text: [String: [String: String]]
    /// Where each text the client shows comes from: its own catalogue (proven by the label test) or a help page,
    /// or that it is unverified.
    public var proof: Proof

    /// The origin of a guide's labels, key by key.
    public struct Proof: Sendable, Decodable {
        /// The program version the catalogue-backed labels were proven against, e.g. `Thunderbird 153.8.0esr`;
        /// `nil` when the client ships no catalogue to prove them with.
        public var program: String?
        /// The Debian packages whose catalogues hold the strings, with the version series the guide describes
        /// (`thunderbird`: `153`); a newer series fails the label test until the guide is checked again.
        public var packages: [String: String]?
        /// Text key → where its quoted program strings come from, in order.
        public var strings: [String: [StringSource]]
    }

    /// Where one quoted program string comes from.
    public struct StringSource: Sendable, Decodable, Hashable {
        /// A Fluent message or attribute id (`account-hub-email-label`, `appmenu-new-email-account.label`).
        public var ftl: String?
        /// A gettext domain (`evolution`); with ``msgid`` and, when the entry has one, ``ctxt``.
        public var mo: String?
        /// The gettext msgid, accelerator markers included, as in the catalogue.
        public var msgid: String?
        /// The gettext context.
        public var ctxt: String?
        /// The id of a Thunderbird markup element whose `label` attribute or text is not translated.
        public var markup: String?
        /// A `.desktop` file (`akonadi/agents/imapresource.desktop`) whose `Name` is the string.
        public var desktop: String?
        /// The vendor's help page that shows the label (clients without a catalogue).
        public var page: String?
        /// Why the label could not be checked (clients without a catalogue): it is marked in the output.
        public var unverified: String?
        /// A protocol or mechanism name (`STARTTLS`, `CRAM-MD5`) the program shows untranslated and so lists in
        /// no catalogue: why. The label test checks it is such a token and the same in every language.
        public var literal: String?
        /// The text is MailConf's own wording (a check box state, a note), not the program's.
        public var own: Bool?

        /// Whether the string is proven from a shipped catalogue.
        public var isCatalogue: Bool { ftl != nil || mo != nil || markup != nil || desktop != nil }
    }

    /// Where a client's labels were taken from.
    public struct LabelSource: Sendable, Codable, Hashable {
        /// The client version the labels are from.
        public var version: String
        /// The English labels' source.
        public var en: String
        /// The Turkish labels' source.
        public var tr: String
    }

    /// A part of the dialog: the account page, the incoming or the outgoing server, the last step.
    public struct Section: Sendable, Decodable {
        /// The heading's key (`heading.KEY`).
        public var heading: String
        /// `incoming` or `outgoing` when the section describes a server.
        public var server: ServerRole?
        /// The fields and instructions in order.
        public var steps: [Step]
    }

    /// Which of the account's servers a section is about.
    public enum ServerRole: String, Sendable, Decodable {
        case incoming
        case outgoing
    }

    /// One instruction or one field of the dialog.
    public struct Step: Sendable, Decodable {
        /// An instruction's key (`say.KEY`).
        public var say: String?
        /// A field label's key (`label.KEY`).
        public var label: String?
        /// What goes into the field: `name`, `email`, `password`, `description`, or for a server `protocol`,
        /// `host`, `port`, `security`, `auth`, `username`.
        public var value: String?
        /// A fixed value's key (`set.KEY`), e.g. a checkbox to tick.
        public var set: String?
        /// The choice table to use instead of the value's own (`choice.CHOICES.VALUE`).
        public var choices: String?
        /// Conditions on the section's server, all of which must hold: `imap`, `pop3`, `smtp`, `tls`,
        /// `starttls`, `plain`, `password`, `oauth2`, each negated by a leading `!`.
        public var when: [String]?
    }

    /// Whether a text key's label is marked unverified in the data.
    public func isUnverified(_ key: String) -> Bool {
        proof.strings[key]?.contains { $0.unverified != nil } ?? false
    }

    /// The text for a key in a language (English when the language lacks it).
    public func text(_ key: String, _ language: Language) -> String? {
        text[language.rawValue]?[key] ?? text[Language.en.rawValue]?[key]
    }

    /// Whether the client can read mail with a protocol (every client sends with SMTP).
    public func supports(_ mailProtocol: MailProtocol) -> Bool {
        mailProtocol == .smtp || protocols.contains(mailProtocol.rawValue)
    }

    /// Every text key the sections use, for completeness checks.
    public var usedKeys: Set<String> {
        var keys: Set<String> = []
        for section in sections {
            keys.insert("heading." + section.heading)
            for step in section.steps {
                if let say = step.say { keys.insert("say." + say) }
                if let label = step.label { keys.insert("label." + label) }
                if let set = step.set { keys.insert("set." + set) }
            }
        }
        return keys
    }
}

extension ClientProfile {
    /// Decodes client files (name → JSON text), sorted by id.
    public static func decode(files: [(name: String, text: String)]) throws -> [ClientProfile] {
        try files.map { file in
            do {
                return try JSONDecoder().decode(ClientProfile.self, from: Data(file.text.utf8))
            } catch {
                throw GuideDataError(file: file.name, reason: String(describing: error))
            }
        }
        .sorted { $0.id < $1.id }
    }

    /// The profiles compiled into MailConf (`Guides/clients`, embedded by `Scripts/embed-guides`).
    public static func bundled() throws -> [ClientProfile] {
        try bundledProfiles.get()
    }

    /// Decoded once per process.
    private static let bundledProfiles = Result { try decode(files: BundledGuideData.clients) }

    /// The profile `--client NAME` means: by id or alias, case-insensitively.
    public static func named(_ name: String, in profiles: [ClientProfile]) -> ClientProfile? {
        let wanted = name.lowercased()
        return profiles.first { $0.id == wanted || $0.aliases.contains(wanted) }
    }
}
