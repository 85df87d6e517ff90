import ArgumentParser
import Foundation
import MailConfCore

/// `--json`, shared by every command.
struct JSONOption: ParsableArguments {
    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false
}

/// `--lang`, for commands that print text for people.
struct LanguageOption: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Language of the text output: en or tr (default: from LC_ALL, LC_MESSAGES or LANG).",
            valueName: "lang"
        )
    )
    var lang: String?

    func validate() throws {
        if let lang, Language(rawValue: lang.lowercased()) == nil {
            throw ValidationError("--lang takes en or tr, not '\(lang)'")
        }
    }

    /// The language chosen by `--lang`, else by the environment.
    var language: Language {
        lang.flatMap { Language(rawValue: $0.lowercased()) }
            ?? Language.from(environment: ProcessInfo.processInfo.environment)
    }
}
