import ArgumentParser
import Foundation
import GuideEngine

/// `ketaguide eval QUESTIONS.tsv`: measures the guide on a labelled set.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Run labelled question sets and report accuracy, precision, recall and the failing rows."
    )

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    @Argument(help: "Labelled sets: question<TAB>expected intent or status<TAB>optional conversation label.")
    var files: [String]

    @Option(help: "Exit with status 1 when any set's accuracy is below this (0...1).")
    var minAccuracy: Double = 0

    @Flag(help: "Measure a plain BM25 over passages instead (no typos, synonyms, example questions, keywords or context).")
    var plainBM25 = false

    func run() throws {
        let engine = ChatEngine(
            knowledgeBase: try knowledgeBase.load(), configuration: plainBM25 ? .plainBM25 : MatcherConfiguration())
        let evaluator = Evaluator(engine: engine)
        var belowMinimum = false
        for file in files {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                printError("ketaguide: cannot read \(file)")
                throw ExitCode(66)
            }
            let set: LabelledSet
            do {
                set = try LabelledSet.parse(text, path: file)
            } catch {
                printError("ketaguide: \(error)")
                throw ExitCode(65)
            }
            let report = evaluator.evaluate(set)
            print(report.summary(name: file + (plainBM25 ? " (plain BM25)" : "")))
            print("")
            if report.accuracy < minAccuracy { belowMinimum = true }
        }
        if belowMinimum {
            printError("ketaguide: accuracy below --min-accuracy \(minAccuracy)")
            throw ExitCode(1)
        }
    }
}
