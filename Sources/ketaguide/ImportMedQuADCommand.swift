import ArgumentParser
import GuideImport

/// `ketaguide import-medquad JSONL OUTPUT_DIR`: `ketaguide import` with
/// MedQuAD's name, licence, citation and date, for benchmarks on a large
/// knowledge base.
struct ImportMedQuADCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-medquad",
        abstract: "Convert MedQuAD question-answer pairs (JSON Lines) into a knowledge-base folder, for benchmarks.",
        discussion: """
            The same as 'ketaguide import' with MedQuAD's name, licence, address, citation and date. \
            MedQuAD (Ben Abacha and Demner-Fushman, 2019) is CC BY 4.0: data for benchmarks, not content to ship.
            """
    )

    @OptionGroup var options: ImportOptions

    func run() throws {
        try options.run(collection: .medQuAD)
    }
}
