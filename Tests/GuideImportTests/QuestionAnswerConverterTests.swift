import Foundation
import GuideEngine
import GuideImport
import Testing
import TestSupport

/// The question-answer converter on MedQuAD: its output must load as a
/// knowledge base, whatever the answers' text looks like.
struct QuestionAnswerConverterTests {
    /// The repository's root, found from this file's path.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The corpus lies in `shared/` beside the repository (here and in CI).
    static let corpusPath = repositoryRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/corpora/medquad/medquad-answered.jsonl").standardizedFileURL.path

    static var hasCorpus: Bool { FileManager.default.fileExists(atPath: corpusPath) }

    static let bundledDirectory = repositoryRoot.appendingPathComponent("KnowledgeBase").path

    static func temporaryFolder() -> String {
        TestScratch.directory
            .appendingPathComponent("ketaguide-medquad-\(UUID().uuidString)/MedQuAD").path
    }

    /// A knowledge base large enough to be indexed in two halves on two cores
    /// gives exactly the matches of one indexed on one core.
    @Test(.enabled(if: hasCorpus, "the MedQuAD corpus is absent"))
    func indexingOnTwoCoresGivesTheSameMatches() throws {
        let output = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: output).deletingLastPathComponent().path) }
        let summary = try QuestionAnswerConverter(collection: .medQuAD, limit: 1500, templateDirectory: Self.bundledDirectory).convert(jsonl: Self.corpusPath, to: output)
        let knowledgeBase = try KnowledgeBaseLoader().load(directory: output)
        #expect(knowledgeBase.documents.count >= 64 && knowledgeBase.sections.count >= IndexCache.minimumSections)
        var oneCore = MatcherConfiguration()
        oneCore.indexOnAllCores = false
        let parallel = ChatEngine(knowledgeBase: knowledgeBase).matcher
        let serial = ChatEngine(knowledgeBase: knowledgeBase, configuration: oneCore).matcher
        #expect(parallel.vocabulary == serial.vocabulary)
        for pair in summary.pairs.enumerated().filter({ $0.offset % 5 == 0 }).map(\.element) {
            #expect(parallel.match(pair.question) == serial.match(pair.question), "\(pair.question)")
        }
        #expect(parallel.match("what are the symptoms of an unknown disease and its treatmnet")
            == serial.match("what are the symptoms of an unknown disease and its treatmnet"))
    }

    @Test(
        "A slice of the corpus converts into a knowledge base that loads and answers its own questions",
        .enabled(if: hasCorpus, "the MedQuAD corpus is absent (expected at <repo>/../shared/corpora/medquad/medquad-answered.jsonl)"))
    func convertsASliceOfTheCorpus() throws {
        let output = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: output).deletingLastPathComponent().path) }
        let converter = QuestionAnswerConverter(collection: .medQuAD, limit: 50, templateDirectory: Self.bundledDirectory)
        let summary = try converter.convert(jsonl: Self.corpusPath, to: output)
        #expect(summary.pairs.count == 50)
        #expect(summary.skipped.isEmpty)

        let knowledgeBase = try KnowledgeBaseLoader().load(directory: output)
        #expect(knowledgeBase.documents.count == summary.documentCount)
        #expect(knowledgeBase.documents.allSatisfy { $0.source.contains(CollectionDescription.medQuAD.attribution) })
        #expect(!knowledgeBase.stopWords.isEmpty)
        let sections = Dictionary(uniqueKeysWithValues: knowledgeBase.sections.map { ($0.id, $0) })
        for pair in summary.pairs {
            let section = try #require(sections[pair.sectionID], "line \(pair.line): no section \(pair.sectionID)")
            #expect(section.heading == pair.question)
            #expect(section.questions == [pair.question])
            #expect(!section.passages.isEmpty)
        }

        // Each question finds its own section among the first five candidates
        // (a few questions are asked the same way in two documents).
        let matcher = IntentMatcher(knowledgeBase: knowledgeBase)
        let found = summary.pairs.filter { pair in
            matcher.match(pair.question).candidates.prefix(5).contains { $0.intent.id == pair.sectionID }
        }
        #expect(found.count >= 45, "only \(found.count) of 50 questions found their own section")
    }

    @Test("Text the document parser would misread as syntax is escaped when written, and read back as it was")
    func escapesMarkdownSyntax() throws {
        let answer = """
            # Not a heading
            > not metadata
            ---
            <!-- not a comment -->
            * starred line
            Key Points
                - First point {#not-an-id}    - Second point.
            Types include:          -  One kind.    -  Another kind.         After the list, a paragraph.
            Ends here.    Next paragraph {#x}
            """
        let pairs = [
            QuestionAnswerConverter.NumberedPair(
                line: 1,
                pair: QuestionAnswerConverter.Pair(
                    id: "0000001_1-1", collection: "1_Test_QA", source: "Test", url: "https://example.org/a",
                    focus: "Ångström Topic (Type 1)", qtype: "information", question: "What is {#this} ?",
                    answer: answer)),
            QuestionAnswerConverter.NumberedPair(
                line: 2,
                pair: QuestionAnswerConverter.Pair(
                    id: "0000001_1-2", collection: "1_Test_QA", source: "Test", url: "https://example.org/a",
                    focus: "Ångström Topic (Type 1)", qtype: "information", question: "What   is it\nagain?",
                    answer: "- only an item")),
            QuestionAnswerConverter.NumberedPair(
                line: 3,
                pair: QuestionAnswerConverter.Pair(
                    id: "0000002_1-1", collection: "1_Test_QA", source: "Test", url: "",
                    focus: "", qtype: "", question: "Who?", answer: "  \n  ")),
        ]
        let output = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: output).deletingLastPathComponent().path) }
        let summary = try QuestionAnswerConverter(collection: .medQuAD, templateDirectory: Self.bundledDirectory).convert(pairs, to: output)
        #expect(summary.skipped.map(\.line) == [3])
        #expect(summary.pairs.map(\.sectionID) == ["angstrom-topic-type-1.information", "angstrom-topic-type-1.information-2"])

        let knowledgeBase = try KnowledgeBaseLoader().load(directory: output)
        let document = try #require(knowledgeBase.documents.first)
        #expect(document.id == "angstrom-topic-type-1")
        #expect(document.title == "Ångström Topic (Type 1)")
        let section = document.sections[0]
        #expect(section.heading == "What is {#this} ?")
        let texts = section.passages.map(\.text)
        #expect(
            texts == [
                "# Not a heading", "> not metadata", "---", "<!-- not a comment -->", "starred line", "Key Points",
                "First point {#not-an-id}", "Second point.", "Types include:", "One kind.", "Another kind.",
                "After the list, a paragraph.", "Ends here.", "Next paragraph {#x}",
            ])
        #expect(section.passages.map(\.isListItem) == [false, false, false, false, true, false, true, true, false, true, true, false, false, false])
        #expect(section.passages.allSatisfy { $0.id == nil })
        #expect(document.sections[1].heading == "What is it again?")
        #expect(document.sections[1].passages.map(\.text) == ["only an item"])
    }

    @Test("An output folder that already holds documents is refused unless replacing")
    func refusesAFolderWithDocuments() throws {
        let pair = QuestionAnswerConverter.NumberedPair(
            line: 1,
            pair: QuestionAnswerConverter.Pair(
                id: "1-1", collection: "c", source: "s", url: "u", focus: "F", qtype: "q", question: "Q?", answer: "A."))
        let output = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: output).deletingLastPathComponent().path) }
        #expect(throws: ImportError.noSafetyTemplate) {
            try QuestionAnswerConverter(collection: .medQuAD).convert([pair], to: output)
        }
        let template = Self.bundledDirectory
        try QuestionAnswerConverter(collection: .medQuAD, templateDirectory: template).convert([pair], to: output)
        #expect(throws: ImportError.outputNotEmpty(path: output)) {
            try QuestionAnswerConverter(collection: .medQuAD, templateDirectory: template).convert([pair], to: output)
        }
        try QuestionAnswerConverter(collection: .medQuAD, templateDirectory: template, overwrite: true).convert([pair], to: output)
        _ = try KnowledgeBaseLoader().load(directory: output)
    }

    @Test("--every and --limit select lines; a malformed line is named")
    func selectsAndReportsLines() throws {
        let line = #"{"id":"%d-1","collection":"c","source":"s","url":"u","focus":"F%d","qtype":"q","question":"Q%d?","answer":"A."}"#
        let text = (1...10).map { String(format: line, $0, $0, $0) }.joined(separator: "\n") + "\n"
        let every3 = try QuestionAnswerConverter(collection: .medQuAD, every: 3, limit: 3).readPairs(data: Data(text.utf8), path: "p.jsonl")
        #expect(every3.map(\.line) == [1, 4, 7])
        #expect(throws: ImportError.malformedLine(path: "p.jsonl", line: 2, message: "not a question-answer pair (missing 'answer')")) {
            try QuestionAnswerConverter(collection: .medQuAD).readPairs(data: Data((String(format: line, 1, 1, 1) + "\n{\"id\":\"x\",\"collection\":\"c\",\"source\":\"s\",\"url\":\"u\",\"focus\":\"f\",\"qtype\":\"q\",\"question\":\"q\"}\n").utf8), path: "p.jsonl")
        }
    }
}
