import ArgumentParser

/// The `ketaguide` command: chat by default, plus tools for authors.
struct KetaguideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ketaguide",
        abstract: "Answers questions about ketamine therapy from a cited knowledge base.",
        subcommands: [
            ChatCommand.self, EvalCommand.self, ValidateCommand.self, IngestCommand.self, UnansweredCommand.self,
        ],
        defaultSubcommand: ChatCommand.self
    )
}
