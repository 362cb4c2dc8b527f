import ArgumentParser
import GuideEngine
import GuideImport

/// `ketaguide import JSONL OUTPUT_DIR --collection-name … --licence …
/// --reviewed …`: converts any question-answer collection in JSON Lines into
/// a knowledge-base folder, citing the collection as its options describe it.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Convert a question-answer collection (JSON Lines) into a knowledge-base folder.",
        discussion: """
            One document per topic (a pair's focus), one section per question; every document cites the \
            collection by its name and licence. Stop words and safety rules are copied from the bundled \
            knowledge base. The answers are the collection's own: review them before anyone relies on them.
            """
    )

    @OptionGroup var options: ImportOptions

    @Option(help: "The collection's name, cited in every document.")
    var collectionName: String

    @Option(help: "The collection's licence (for example \"CC BY 4.0\"), cited in every document.")
    var licence: String

    @Option(help: "Where the collection is published; cited by pairs without a url of their own.")
    var sourceURL: String = ""

    @Option(help: "How to cite the collection (authors, publication, year), for the guide's settings.")
    var citation: String = ""

    @Option(help: "The day the collection's answers were last reviewed (YYYY-MM-DD).")
    var reviewed: String

    @Option(help: "The day they must be reviewed again (YYYY-MM-DD).")
    var reviewDue: String?

    func validate() throws {
        if !CalendarDay.isValid(reviewed) { throw ValidationError("--reviewed must be a day in the form YYYY-MM-DD") }
        if let reviewDue, !CalendarDay.isValid(reviewDue) {
            throw ValidationError("--review-due must be a day in the form YYYY-MM-DD")
        }
        if collectionName.trimmingWhitespace().isEmpty { throw ValidationError("--collection-name must not be empty") }
    }

    func run() throws {
        try options.run(
            collection: CollectionDescription(
                name: collectionName.trimmingWhitespace(), licence: licence.trimmingWhitespace(), sourceURL: sourceURL,
                citation: citation, reviewed: reviewed, reviewDue: reviewDue))
    }
}
