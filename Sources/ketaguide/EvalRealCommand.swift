import ArgumentParser
import Foundation
import GuideEngine

/// `ketaguide eval-real FILE.tsv`: helpful and honest on real questions.
struct EvalRealCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-real",
        abstract: "Measure real questions (id, conv, question, statuses, must, must_not, class columns): helpful and honest."
    )

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    @Argument(help: "Sets in the real-question format (../shared/eval/README.md).")
    var files: [String]

    @Flag(name: .shortAndLong, help: "List every failing row and why.")
    var verbose = false

    func run() throws {
        let evaluator = Evaluator(engine: try knowledgeBase.engine())
        for file in files {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                printError("ketaguide: cannot read \(file)")
                throw ExitCode(ExitStatus.knowledgeBaseNotFound)
            }
            let set: RealQuestionSet
            do {
                set = try RealQuestionSet.parse(text, path: file)
            } catch {
                printError("ketaguide: \(error)")
                throw ExitCode(ExitStatus.malformedKnowledgeBase)
            }
            printSanitized(evaluator.evaluate(set).summary(name: file, verbose: verbose))
        }
    }
}
