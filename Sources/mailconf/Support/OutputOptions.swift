import ArgumentParser

/// `--json`, shared by every command.
struct JSONOption: ParsableArguments {
    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false
}
