import ArgumentParser
import Foundation
import GuideEngine

/// `ketaguide import-medquad JSONL OUTPUT_DIR`: converts the MedQuAD collection
/// into a knowledge-base folder, for benchmarks on a large knowledge base.
struct ImportMedQuADCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-medquad",
        abstract: "Convert MedQuAD question-answer pairs (JSON Lines) into a knowledge-base folder, for benchmarks.",
        discussion: """
            One document per topic of each MedQuAD document, one section per question; stop words \
            and safety rules are copied from the bundled knowledge base. MedQuAD (Ben Abacha and \
            Demner-Fushman, 2019) is CC BY 4.0: data for benchmarks, not content to ship.
            """
    )

    @Argument(help: "The MedQuAD pairs, one JSON object per line (id, collection, source, url, focus, qtype, question, answer).")
    var jsonl: String

    @Argument(help: "The knowledge-base folder to write (created when missing).")
    var outputDirectory: String

    @Option(help: "Convert at most this many pairs.")
    var limit: Int?

    @Option(help: "Take only every N-th line (the first, then every N-th after it).")
    var every: Int = 1

    @Flag(help: "Replace the documents of an output folder that already has some.")
    var force = false

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be 1 or more") }
        if every < 1 { throw ValidationError("--every must be 1 or more") }
    }

    func run() throws {
        let converter = MedQuADConverter(
            every: every, limit: limit, templateDirectory: KnowledgeBaseLocator.locate(), overwrite: force)
        let summary: MedQuADConverter.Summary
        do {
            summary = try converter.convert(jsonl: jsonl, to: outputDirectory)
        } catch let error as MedQuADConverter.ConversionError {
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
