import ArgumentParser

extension MailConf {
    /// `mailconf providers …`: the provider database.
    struct Providers: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List, show, check, verify, import and compile the provider database.",
            subcommands: [List.self, Show.self, Check.self, Verify.self, Import.self, Compile.self]
        )
    }
}
