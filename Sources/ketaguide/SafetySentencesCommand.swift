import ArgumentParser
import Foundation
import GuideEngine

/// `ketaguide safety-sentences`: for each message on standard input, the
/// statements the safety model would judge, as a JSON array a line. For
/// tools/safety-model/train.py, so the model is fitted on the sentences the
/// guide gives it (its sentence breaks, questions, person words, denials),
/// not on an imitation of them; hidden from `--help`.
struct SafetySentencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "safety-sentences",
        abstract: "Print, for each message read, the statements the safety model judges (JSON, one array a line).",
        shouldDisplay: false
    )

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    func run() throws {
        let engine = try knowledgeBase.engine()
        let encoder = JSONEncoder()
        while let line = readLine() {
            let data = try encoder.encode(engine.safety.sentencesForTheModel(line))
            print(String(decoding: data, as: UTF8.self))
        }
    }
}
