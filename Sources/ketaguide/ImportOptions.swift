import ArgumentParser
import Foundation
import GuideEngine
import GuideImport

/// What every import command takes: the pairs, the folder to write, which
/// lines to take and whether to replace documents already there.
struct ImportOptions: ParsableArguments {
    @Argument(help: "The question-answer pairs, one JSON object per line (question and answer; id, collection, source, url, focus and qtype when known).")
    var jsonl: String

    @Argument(help: "The knowledge-base folder to write (created when missing).")
    var outputDirectory: String

    @Option(help: "Convert at most this many pairs.")
    var limit: Int?

    @Option(help: "Take only every N-th line (the first, then every N-th after it).")
    var every: Int = 1

    @Flag(help: "Replace the documents of an output folder that already has some.")
    var force = false

    @Flag(help: "Keep the answers only: headings are each pair's focus and kind of question, with no example question (to measure how well the guide understands the collection's questions).")
    var answersOnly = false

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be 1 or more") }
        if every < 1 { throw ValidationError("--every must be 1 or more") }
    }

    /// Converts the pairs as `collection`, reports what was written, and
    /// checks that the folder loads as a knowledge base.
    func run(collection: CollectionDescription) throws {
        let converter = QuestionAnswerConverter(
            collection: collection, every: every, limit: limit, templateDirectory: KnowledgeBaseLocator.locate(),
            overwrite: force, answersOnly: answersOnly)
        let summary: QuestionAnswerConverter.Summary
        do {
            summary = try converter.convert(jsonl: jsonl, to: outputDirectory)
        } catch let error as ImportError {
            printError("ketaguide: \(error)")
            switch error {
            case .cannotRead, .noSafetyTemplate: throw ExitCode(66)
            case .malformedLine, .noPairs: throw ExitCode(65)
            case .outputNotEmpty: throw ExitCode(73)
            }
        }
        for skipped in summary.skipped {
            printError("\(jsonl):\(skipped.line): warning: skipped: \(skipped.reason)")
        }
        print("Wrote \(summary.documentCount) documents with \(summary.pairs.count) sections to \(summary.directory)")
        // The folder must load as a knowledge base; say so now rather than at chat time.
        do {
            let knowledgeBase = try KnowledgeBaseLoader().load(directory: summary.directory)
            print("Loads: \(knowledgeBase.documents.count) documents. Try: ketaguide --kb \(summary.directory)")
        } catch {
            printError("ketaguide: the converted knowledge base does not load:\n\(error)")
            throw ExitCode(65)
        }
    }
}
