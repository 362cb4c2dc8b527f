import Foundation
import GuideEngine
import Testing

extension Authoring {
    /// The check that an example question uses the words of the passage it is
    /// answered with (`KnowledgeBaseValidator+AskLines.swift`), on the bundled
    /// knowledge base plus `Fixtures/Authoring/ask-lines.md`.
    struct KnowledgeBaseValidatorAskLineTests {
        static let path = "KnowledgeBase/documents/ask-lines.md"
        static let marker = "asks about words its passage never uses"

        /// The places the check warns about, with the fixture added and `edits`
        /// made to the knowledge base (an edit of the fixture replaces it).
        static func flaggedLines(edits: [String: String?] = [:]) throws -> [String: Diagnostic] {
            var allEdits = edits
            if allEdits["documents/ask-lines.md"] == nil {
                allEdits["documents/ask-lines.md"] = try String(contentsOfFile: Fixtures.fixture("Authoring/ask-lines.md"), encoding: .utf8)
            }
            let directory = try Fixtures.scratchKnowledgeBase(allEdits)
            let report = try KnowledgeBaseValidator(today: KnowledgeBaseValidatorTests.today).validate(directory: directory)
            var result: [String: Diagnostic] = [:]
            for diagnostic in report.diagnostics where diagnostic.message.contains(marker) {
                result["\(diagnostic.path):\(diagnostic.line)"] = diagnostic
            }
            return result
        }

        @Test func aQuestionAboutWordsThePassageNeverUsesIsAWarning() throws {
            let flagged = try Self.flaggedLines()
            let cafe = try #require(flagged["\(Self.path):12"])
            #expect(cafe.severity == .warning)
            #expect(cafe.message.contains("'Is the cafe open on Sundays?' of visiting"))
            #expect(cafe.message.contains("'cafe'"))
            // A topic word the passage lacks weighs more than the verb it has.
            let cure = try #require(flagged["\(Self.path):27"])
            #expect(cure.message.contains("of orchard.mango"))
            #expect(cure.message.contains("'diabetes'"), "the word as written, not its stem")
        }

        @Test func howManyAsksForANumberThePassageMustGive() throws {
            let flagged = try Self.flaggedLines()
            let many = try #require(flagged["\(Self.path):13"])
            #expect(many.message.contains("'many'"))
            // With a number in the passage, the same question is answered.
            let fixture = try String(contentsOfFile: Fixtures.fixture("Authoring/ask-lines.md"), encoding: .utf8)
            let withNumber = fixture.replacingOccurrences(
                of: "Visitors may come in the afternoon", with: "Visitors, 2 at a time, may come in the afternoon")
            let again = try Self.flaggedLines(edits: ["documents/ask-lines.md": withNumber])
            #expect(again["\(Self.path):13"] == nil)
        }

        @Test func passageWordsKeywordsSynonymsAndSubjectWordsCount() throws {
            let synonyms = try String(contentsOfFile: Fixtures.bundledDirectory + "/synonyms.txt", encoding: .utf8)
            let flagged = try Self.flaggedLines(edits: ["synonyms.txt": synonyms + "\nsweet, sugary\n"])
            #expect(flagged["\(Self.path):10"] == nil, "the section's heading and keywords")
            #expect(flagged["\(Self.path):11"] == nil, "a keyword is the author's vocabulary")
            #expect(flagged["\(Self.path):24"] == nil, "the item's own text")
            #expect(flagged["\(Self.path):25"] == nil, "a synonym of a word of the item")
            #expect(flagged["\(Self.path):26"] == nil, "the guide's subject words say nothing")
            #expect(flagged.keys.filter { $0.hasPrefix(Self.path) }.count == 3)
        }

        /// The questions removed from the bundled knowledge base (issue 13) are
        /// caught if they come back without the words that made them seem answered.
        @Test(arguments: [
            ("conditions-treated.md", "  > ask: Can ketamine help bipolar depression?\n", "  > ask: does ketamine treat mania\n"),
            ("forms-of-therapy.md", "> ask: Is the IV method well studied?\n", "> ask: How many infusions will I need?\n"),
            ("forms-of-therapy.md", "> ask: Is the IV method well studied?\n", "> ask: is it a needle in the arm\n"),
            ("benefits.md", "> ask: What are the benefits of ketamine therapy?\n", "> ask: is ketamine worth it\n"),
            ("how-ketamine-works.md", "  > ask: What does the receptor do?\n", "  > ask: is ketamine an nmda antagonist\n"),
            ("risks-and-safety.md", "  > ask: Will I feel disconnected from my body?\n", "  > ask: does ketamine cause hallucinations\n"),
        ])
        func removedQuestionsAreCaughtIfTheyComeBack(_ file: String, _ after: String, _ question: String) throws {
            let original = try String(contentsOfFile: Fixtures.bundledDirectory + "/documents/" + file, encoding: .utf8)
            #expect(original.contains(after))
            let edited = original.replacingOccurrences(of: after, with: after + question)
            let directory = try Fixtures.scratchKnowledgeBase(["documents/" + file: edited])
            let report = try KnowledgeBaseValidator(today: KnowledgeBaseValidatorTests.today).validate(directory: directory)
            let asked = question.trimmingCharacters(in: .whitespacesAndNewlines).dropFirst("> ask: ".count)
            #expect(report.diagnostics.contains { $0.message.contains("'\(asked)'") && $0.message.contains(Self.marker) })
        }
    }
}
