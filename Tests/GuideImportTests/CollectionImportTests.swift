import Foundation
import GuideEngine
import GuideImport
import Testing
import TestSupport

/// Any question-answer collection, not only MedQuAD: what it is called, its
/// licence, address and dates come from its description, and what is written
/// reads back as written.
struct CollectionImportTests {
    static let bundledDirectory = QuestionAnswerConverterTests.bundledDirectory

    static let collection = CollectionDescription(
        name: "Cast Care FAQ", licence: "CC0 1.0", sourceURL: "https://example.org/cast-faq",
        citation: "Example Fracture Clinic, 2026", reviewed: "2026-03-01", reviewDue: "2027-03-01")

    /// Pairs with nothing but a topic, a question and an answer.
    static let jsonl = """
        {"focus": "Plaster casts", "question": "How do I keep my cast dry?", "answer": "Cover it with a plastic bag when you wash.   Do not put it in water."}
        {"focus": "Plaster casts", "question": "What if my cast itches?", "answer": "Things that help:  - a cool hair dryer  - keeping the room cool"}
        {"focus": "Getting home", "question": "Can I drive home?", "answer": "No. Ask someone to take you home."}

        """

    static func convert() throws -> (summary: QuestionAnswerConverter.Summary, folder: URL) {
        let folder = TestScratch.directory.appendingPathComponent("collection-\(UUID().uuidString)/CastCare")
        let converter = QuestionAnswerConverter(collection: collection, templateDirectory: bundledDirectory)
        let pairs = try converter.readPairs(data: Data(jsonl.utf8), path: "faq.jsonl")
        return (try converter.convert(pairs, to: folder.path), folder)
    }

    @Test func theCollectionIsCitedAsItsDescriptionSays() throws {
        let (summary, folder) = try Self.convert()
        #expect(summary.documentCount == 2)
        #expect(summary.pairs.map(\.sectionID) == ["plaster-casts.question", "plaster-casts.question-2", "getting-home.question"])
        let knowledgeBase = try KnowledgeBaseLoader().load(directory: folder.path)
        for document in knowledgeBase.documents {
            #expect(document.source == "Cast Care FAQ, CC0 1.0; https://example.org/cast-faq")
            #expect(document.reviewed == "2026-03-01")
            #expect(document.reviewDue == "2027-03-01")
        }
        let settings = try String(contentsOf: folder.appendingPathComponent("guide.conf"), encoding: .utf8)
        #expect(settings.contains("name: Cast Care FAQ Guide"))
        #expect(settings.contains("Cast Care FAQ (Example Fracture Clinic, 2026; CC0 1.0; https://example.org/cast-faq)"))
        #expect(settings.contains("({length} characters"), "the guide's own placeholders are left alone")
        for file in ["guide.conf", "smalltalk.txt", "synonyms.txt", "crisis-lines.txt", "documents/plaster-casts.md"] {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.contains("MedQuAD") && !text.contains("{{"), "\(file) names only this collection")
        }
        var session = ChatEngine(knowledgeBase: knowledgeBase).makeSession()
        #expect(session.respond(to: "how do I keep the cast dry").intent == "plaster-casts.question")
    }

    /// Answers only: a heading is the pair's topic and kind, with no example
    /// question, so the collection's own questions test understanding.
    @Test func answersOnlyWritesTopicAndKindHeadingsWithoutExampleQuestions() throws {
        let folder = TestScratch.directory.appendingPathComponent("answers-only-\(UUID().uuidString)/Cast")
        let converter = QuestionAnswerConverter(collection: Self.collection, templateDirectory: Self.bundledDirectory, answersOnly: true)
        let jsonl = #"{"focus": "Plaster casts", "qtype": "care", "question": "How do I keep my cast dry?", "answer": "Cover it."}"#
        _ = try converter.convert(try converter.readPairs(data: Data((jsonl + "\n").utf8), path: "faq.jsonl"), to: folder.path)
        let knowledgeBase = try KnowledgeBaseLoader().load(directory: folder.path)
        let section = try #require(knowledgeBase.documents.first?.sections.first)
        #expect(section.heading == "Plaster casts: care")
        #expect(section.questions.isEmpty)
        #expect(!knowledgeBase.questionKinds.isEmpty, "the template's kinds of question come along")
    }

    /// The documents are written by `DocumentWriter`: read back and written
    /// again, they give the same text.
    @Test func anImportedDocumentRoundTrips() throws {
        let (_, folder) = try Self.convert()
        let text = try String(contentsOf: folder.appendingPathComponent("documents/plaster-casts.md"), encoding: .utf8)
        var parser = DocumentParser(path: "CastCare/documents/plaster-casts.md")
        let parsed = parser.parse(text)
        let document = try #require(parsed)
        #expect(parser.diagnostics.isEmpty, "\(parser.diagnostics.map(\.description))")
        #expect(DocumentWriter().markdown(for: document) == text)
        let itches = document.sections[1]
        #expect(itches.questions == ["What if my cast itches?"])
        #expect(itches.passages.map(\.text) == ["Things that help:", "a cool hair dryer", "keeping the room cool"])
        #expect(itches.passages.map(\.leadIn) == [nil, 0, 0])
    }

    @Test func aLineWithoutAnAnswerIsNamed() throws {
        let converter = QuestionAnswerConverter(collection: Self.collection)
        #expect(throws: ImportError.malformedLine(path: "faq.jsonl", line: 1, message: "not a question-answer pair (missing 'answer')")) {
            try converter.readPairs(data: Data(#"{"question": "Why?"}"#.utf8), path: "faq.jsonl")
        }
    }
}
