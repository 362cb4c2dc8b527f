import ArgumentParser

/// `ketaguide chat`: the same as `ketaguide` alone, for scripts that name it.
struct ChatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat",
        abstract: "Answer questions: interactively on a terminal, one per line from standard input, or as a kiosk."
    )

    @OptionGroup var options: ChatOptions

    func run() throws {
        try options.run()
    }
}
