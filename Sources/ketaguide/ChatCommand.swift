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

    func run() throws {
        let engine = ChatEngine(knowledgeBase: try knowledgeBase.load())
        var runner = BatchRunner(session: engine.makeSession(), format: format)
        runner.run(input: PlainLineReader(), output: OutputWriter())
    }
}

extension BatchRunner.Format: ExpressibleByArgument {}
