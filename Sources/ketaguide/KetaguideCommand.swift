import ArgumentParser

/// The `ketaguide` command: chat (its options are the root's own, so
/// `ketaguide --help` shows them), plus tools for authors.
struct KetaguideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ketaguide",
        abstract: "Answers patients' questions from a cited patient-information knowledge base.",
        usage: """
            ketaguide [--kb <dir>] [--format text|json] [--no-color] [--no-history] [--log-unanswered <file>]
            ketaguide --kiosk [--idle-timeout <seconds>] [--operator-passphrase-file <file>] [--alert-command <command>] [--kiosk-id <id>]
            ketaguide <subcommand> [<options>]
            """,
        discussion: """
            Without a subcommand it chats: interactively on a terminal, one reply per line when standard input \
            is a pipe, or as a waiting-room kiosk with --kiosk. Exit statuses: 0 ok; \
            \(ExitStatus.operatorExit) the kiosk was left with /operator; 64 bad usage; 65 malformed knowledge \
            base; 66 knowledge base not found; 73 cannot write the output; 77 the operator passphrase file is \
            readable by group or others; 78 the operator passphrase file is missing, unreadable or empty.
            """,
        version: Version.current,
        subcommands: [
            ChatCommand.self, EvalCommand.self, EvalRealCommand.self, ValidateCommand.self, IngestCommand.self,
            UnansweredCommand.self,
            ImportCommand.self, ImportMedQuADCommand.self, SafetySentencesCommand.self,
        ]
    )

    @OptionGroup var chat: ChatOptions

    func run() throws {
        try chat.run()
    }
}
