import ArgumentParser

/// The `ketaguide` command: chat by default, plus tools for authors.
struct KetaguideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ketaguide",
        abstract: "Answers patients' questions from a cited patient-information knowledge base.",
        subcommands: [
            ChatCommand.self, EvalCommand.self, ValidateCommand.self, IngestCommand.self, UnansweredCommand.self,
            ImportMedQuADCommand.self,
        ],
        defaultSubcommand: ChatCommand.self
    )
}
