import ArgumentParser
import Foundation
import GuideEngine

/// `ketaguide ingest DOC.txt --id ID --title TITLE`: a knowledge-base
/// document skeleton from a plain-text or Markdown document.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Turn a plain-text or Markdown document into a knowledge-base document skeleton.",
        discussion: """
            Headings become sections, lists become passages with ids, paragraphs are kept, and each \
            passage carries a comment with its source line. Keywords are chosen per section. The lines \
            it was unsure about are printed to standard error as FILE:LINE: warning: message.
            """
    )

    @Argument(help: ArgumentHelp("The document to ingest (.txt or .md).", valueName: "document"))
    var input: String

    @Option(help: "The document id: lowercase letters, digits, '-' and '.'.")
    var id: String

    @Option(help: "The document's title.")
    var title: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the document to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(name: .long, help: "The knowledge base whose stop words and subject keywords leave out (default: the bundled one).")
    var kb: String?

    func validate() throws {
        guard DocumentIngester.isValidID(id) else {
            throw ValidationError("--id '\(id)' may use only lowercase letters, digits, '-' and '.'")
        }
        guard !title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ValidationError("--title must not be empty")
        }
    }

    func run() throws {
        guard let data = FileManager.default.contents(atPath: input) else {
            printError("ketaguide: cannot read \(input)")
            throw ExitCode(66)
        }
        let fileName = URL(fileURLWithPath: input).lastPathComponent
        let text = String(decoding: data, as: UTF8.self)
        if String(data: data, encoding: .utf8) == nil {
            printError("\(fileName): warning: the file is not valid UTF-8; unreadable bytes became U+FFFD")
        }
        let knowledgeBase = kb ?? KnowledgeBaseLocator.locate()
        let ignoredWords = knowledgeBase.map(DocumentIngester.ignoredWords(inKnowledgeBase:)) ?? []
        if ignoredWords.isEmpty {
            printError("ketaguide: no stop-word list found (give a knowledge base with --kb); keywords may include common words")
        }
        let stemmer = knowledgeBase.map(DocumentIngester.stemmer(inKnowledgeBase:)) ?? EnglishStemmer()
        let result = DocumentIngester(ignoredWords: ignoredWords, stemmer: stemmer).ingest(
            text, fileName: fileName, id: id, title: title, today: CalendarDay.string(from: Date()))
        for note in result.notes {
            printError(note.description)
        }
        guard let output else {
            print(result.markdown, terminator: "")
            return
        }
        do {
            try result.markdown.write(toFile: output, atomically: true, encoding: .utf8)
        } catch {
            printError("ketaguide: cannot write \(output): \(error.localizedDescription)")
            throw ExitCode(73)
        }
    }
}
