import ArgumentParser
import MailConfCore

/// The `mailconf` command: it only lists the subcommands.
@main
struct MailConf: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mailconf",
        abstract: "Find, verify and serve mail settings (IMAP, POP3, SMTP) for any email address.",
        discussion: """
            Exit codes: 0 success; 1 problems found (check); 2 no settings found; 64 bad input or usage.
            Set NO_COLOR to turn colours off.
            """,
        version: MailConfVersion.string,
        subcommands: [Lookup.self, Domain.self, Probe.self, Auth.self, Serve.self, Providers.self]
    )
}
