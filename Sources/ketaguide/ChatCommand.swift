import ArgumentParser
import GuideEngine
import GuideTerminal

#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Chat: interactive on a terminal, one reply per line on a pipe.
struct ChatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat",
        abstract: "Answer questions: interactively on a terminal, or one per line from standard input."
    )

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    @Option(help: "Batch output format: text or json (JSON Lines).")
    var format: BatchRunner.Format = .text

    @Flag(help: "Never use colour (also when NO_COLOR is set).")
    var noColor = false

    @Option(help: "Append each question the guide could not answer to FILE (the day and the question only; never crisis, emergency or referral messages).")
    var logUnanswered: String?

    func run() throws {
        let engine = ChatEngine(knowledgeBase: try knowledgeBase.load())
        var runner = BatchRunner(session: makeSession(engine), format: format)
        runner.run(input: PlainLineReader(), output: OutputWriter())
    }
}

extension ChatCommand {
    /// A new conversation, logging unanswered questions when asked to.
    func makeSession(_ engine: ChatEngine, options: ChatSession.Options = ChatSession.Options()) -> ChatSession {
        var session = engine.makeSession(options: options)
        session.unansweredLog = logUnanswered.map { UnansweredLog(path: $0, settings: engine.settings) }
        return session
    }
}

extension BatchRunner.Format: ExpressibleByArgument {}
