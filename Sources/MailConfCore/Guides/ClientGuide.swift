/// A client's manual-setup steps filled in with an account's settings, in one language: what `lookup --client`
/// prints and the `serve` page shows.
public struct ClientGuide: Sendable, Hashable {
    /// The client's id, e.g. `thunderbird`.
    public var client: String
    /// The client's name.
    public var clientName: String
    /// The language of the texts.
    public var language: Language
    /// Which version and documentation the labels come from.
    public var labelsFrom: ClientProfile.LabelSource
    /// The program version whose own strings the labels were proven against (`nil`: the client ships no
    /// catalogue; its labels cite help pages or are marked unverified).
    public var provenAgainst: String?
    /// The dialog, section by section.
    public var sections: [Section]
    /// Plain-language reasons for the choices people get wrong.
    public var explanations: [Explanation]
    /// What the user must know before the steps work (the client lacks a choice, the provider needs an app
    /// password, …).
    public var warnings: [String]

    /// A part of the dialog.
    public struct Section: Sendable, Hashable {
        /// The heading, in the guide's language.
        public var heading: String
        /// `incoming` or `outgoing` for a server's section.
        public var server: String?
        /// The steps in order.
        public var steps: [Step]
    }

    /// An instruction (``text``) or a field (``label`` and ``value``).
    public struct Step: Sendable, Hashable {
        /// The field's label as the client shows it in the guide's language.
        public var label: String?
        /// The client's English label, when the guide is in another language and it differs.
        public var englishLabel: String?
        /// What to type or pick.
        public var value: String?
        /// The label could not be checked against the program's strings or a help page.
        public var unverified = false
        /// An instruction.
        public var text: String?
    }

    /// The line under the title that says where the labels come from and which version they were proven against.
    public var provenance: String {
        let source = language == .tr ? labelsFrom.tr : labelsFrom.en
        if let provenAgainst {
            return localized("guide.provenAgainst", language, ["program": provenAgainst, "source": source])
        }
        var line = localized("guide.labelsFrom", language, ["version": labelsFrom.version, "source": source])
        if sections.contains(where: { $0.steps.contains(where: \.unverified) }) {
            line += " " + localized("guide.unverifiedLabels", language, ["client": clientName])
        }
        return line
    }

    /// One reason, e.g. why STARTTLS on 587.
    public struct Explanation: Sendable, Hashable {
        /// A stable topic id: `security`, `ports`, `imap-pop3`, `username`, `app-password`, `oauth2`.
        public var topic: String
        /// A short title.
        public var title: String
        /// The explanation.
        public var text: String
    }
}
