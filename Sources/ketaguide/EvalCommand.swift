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

    @Option(help: ArgumentHelp("Confidence below which a question gets no_match (for tuning).", visibility: .hidden))
    var threshold: Double?

    @Option(help: ArgumentHelp("Weight of unknown words in the confidence (for tuning).", visibility: .hidden))
    var unknownWeight: Double?

    @Flag(help: "Measure a plain BM25 over passages instead (no typos, synonyms, example questions, keywords or context).")
    var plainBM25 = false

    func run() throws {
        var configuration = plainBM25 ? MatcherConfiguration.plainBM25 : MatcherConfiguration()
        if let threshold { configuration.threshold = threshold }
        if let unknownWeight { configuration.unknownWordWeight = unknownWeight }
        let engine = try knowledgeBase.engine(configuration: configuration)
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
            printSanitized(report.summary(name: file + (plainBM25 ? " (plain BM25)" : "")))
            print("")
            if report.accuracy < minAccuracy { belowMinimum = true }
        }
        if belowMinimum {
            printError("ketaguide: accuracy below --min-accuracy \(minAccuracy)")
            throw ExitCode(1)
        }
    }
}
