import GuideEngine
import GuideFrontEnd
import Testing

/// The source lines under an answer: one per section, for people; file and
/// line only for authors; wording from guide.conf; never a word cut in two.
struct SourceLineTests {
    static let wording = RendererTests.wording

    /// Citations `numbers` of one section of one document, lines 10, 12, …
    static func citations(
        _ numbers: ClosedRange<Int>, document: String = "conditions", title: String = "Conditions treated with ketamine therapy",
        section: String = "Conditions treated", reviewed: String = "2026-11-26"
    ) -> [Citation] {
        numbers.map {
            Citation(
                number: $0, document: document, title: title, section: section,
                path: "KnowledgeBase/documents/\(document).md", line: 8 + 2 * $0, reviewed: reviewed, text: "Item \($0).")
        }
    }

    static func reply(_ citations: [Citation]) -> Reply {
        Reply(
            input: "q", status: .answered, answer: citations.map { "- \($0.text) [\($0.number)]" }.joined(separator: "\n"),
            citations: citations)
    }

    static func sourceLines(_ text: String) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(where: { $0.hasPrefix("Sources:") }) else { return [] }
        return Array(lines[start...].prefix { !$0.hasPrefix("Note:") })
    }

    @Test func passagesOfOneSectionShareOneLine() {
        let text = TextRenderer(wording: Self.wording).render(Self.reply(Self.citations(1...8)))
        #expect(Self.sourceLines(text) == ["Sources: [1–8] Conditions treated with ketamine therapy › Conditions treated, reviewed 2026-11-26"])
    }

    @Test func eachSectionGetsItsOwnLineInTheOrderItIsFirstCited() {
        let citations = Self.citations(1...2, document: "forms", title: "Forms", section: "IV")
            + Self.citations(3...5, document: "forms", title: "Forms", section: "Nasal spray")
            + Self.citations(6...6, document: "forms", title: "Forms", section: "IV")
        let text = TextRenderer(wording: Self.wording).render(Self.reply(citations))
        #expect(Self.sourceLines(text) == [
            "Sources: [1, 2, 6] Forms › IV, reviewed 2026-11-26",
            "         [3–5] Forms › Nasal spray, reviewed 2026-11-26",
        ])
    }

    @Test func pathsAndLinesOnlyWhenAsked() {
        let reply = Self.reply(Self.citations(1...3))
        let forPatients = TextRenderer(wording: Self.wording).render(reply)
        #expect(!forPatients.contains(".md"))
        let forAuthors = TextRenderer(wording: Self.wording, showsPaths: true).render(reply)
        #expect(Self.sourceLines(forAuthors).joined(separator: " ").contains("— KnowledgeBase/documents/conditions.md:10, 12, 14"))
    }

    @Test func wordingComesFromTheKnowledgeBase() {
        let wording = ReplyWording(sources: "Quellen:", reviewed: "geprüft am {date}", note: "Hinweis:", suggestionsIntro: "Fragen Sie:")
        var reply = Self.reply(Self.citations(1...2))
        reply.notice = "Keine Beratung."
        reply.suggestions = ["Wie wirkt es?"]
        let text = TextRenderer(wording: wording).render(reply)
        #expect(text.contains("Quellen: [1, 2] Conditions treated with ketamine therapy › Conditions treated, geprüft am 2026-11-26"))
        #expect(text.contains("Fragen Sie:\n  - Wie wirkt es?"))
        #expect(text.contains("Hinweis: Keine Beratung."))
        #expect(!text.contains("Sources") && !text.contains("You could ask") && !text.contains("Note:"))
    }

    @Test func anEmptyReviewDateIsLeftOut() {
        let text = TextRenderer(wording: Self.wording).render(Self.reply(Self.citations(1...1, reviewed: "")))
        #expect(Self.sourceLines(text) == ["Sources: [1] Conditions treated with ketamine therapy › Conditions treated"])
    }

    /// At any width, the source lines hold the same words as unwrapped, none
    /// cut, and fit the width; a path is a word too (from 50 columns, where
    /// the longest path fits a line).
    @Test(arguments: [(30, false), (40, false), (50, false), (64, false), (80, false), (50, true), (64, true), (80, true)])
    func wrappingNeverCutsAWord(width: Int, showsPaths: Bool) {
        let citations = Self.citations(1...8)
            + Self.citations(9...9, document: "risks-and-safety", title: "Risks and safety of ketamine therapy", section: "Risks and side effects")
        let reply = Self.reply(citations)
        let whole = Self.sourceLines(TextRenderer(wording: Self.wording, showsPaths: showsPaths).render(reply))
        let wrapped = Self.sourceLines(TextRenderer(wording: Self.wording, width: width, showsPaths: showsPaths).render(reply))
        #expect(wrapped.count > whole.count)
        #expect(wrapped.allSatisfy { TerminalText.width($0[...]) <= width })
        let words = { (lines: [String]) in lines.flatMap { $0.split(separator: " ").map(String.init) } }
        #expect(words(wrapped) == words(whole))
    }

    @Test func theKioskGetsGroupedLinesWithoutPaths() {
        let text = TextRenderer(wording: Self.wording, width: 79, showsPaths: false).render(Self.reply(Self.citations(1...8)))
        #expect(Self.sourceLines(text).count == 2)
        #expect(!text.contains("KnowledgeBase/"))
    }
}
