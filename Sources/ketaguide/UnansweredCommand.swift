import ArgumentParser
import Foundation
import GuideEngine

/// `ketaguide unanswered FILE`: what readers asked that the knowledge base
/// could not answer, similar questions grouped, the most frequent first.
struct UnansweredCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unanswered",
        abstract: "Group the questions of an unanswered log (YYYY-MM-DD<TAB>question lines) by similarity and frequency."
    )

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    @Argument(help: ArgumentHelp("The unanswered log.", valueName: "file"))
    var file: String

    @Option(help: "Group wordings whose analysed words overlap at least this much (Jaccard, 0...1).")
    var similarity: Double = 0.5

    @Option(help: "Other wordings to show per group.")
    var wordings: Int = 3

    func validate() throws {
        guard (0...1).contains(similarity) else { throw ValidationError("--similarity must be between 0 and 1") }
        guard wordings >= 0 else { throw ValidationError("--wordings must not be negative") }
    }

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            printError("ketaguide: cannot read \(file)")
            throw ExitCode(66)
        }
        let knowledgeBase = try knowledgeBase.load()
        let (entries, problems) = UnansweredReport.parse(String(decoding: data, as: UTF8.self), path: file)
        for problem in problems {
            printError(problem.description)
        }
        let report = UnansweredReport(
            entries: entries, analyzer: knowledgeBase.analyzer,
            subjectWords: knowledgeBase.settings.subject, threshold: similarity)
        // The logged questions are strangers' words: shown like the chat shows input.
        printSanitized(report.rendered(maximumWordings: wordings))
    }
}
