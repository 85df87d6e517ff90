import ArgumentParser

/// The exit codes `mailconf` documents in `docs/cli.md`.
enum ExitCodes {
    /// Problems found (e.g. `providers check` errors).
    static let problems = ExitCode(1)
    /// No settings found for the address.
    static let notFound = ExitCode(2)
    /// Bad input: an invalid address, an unreadable file (EX_USAGE).
    static let badInput = ExitCode(64)
}
