import Foundation
import GuideEngine
import Testing

/// The document format both ways: `DocumentParser` keeps the line of
/// everything it reads, and what `DocumentWriter` writes reads back as the
/// same document.
struct DocumentFormatTests {
    static func parse(_ text: String, path: String = "doc.md") throws -> KnowledgeDocument {
        var parser = DocumentParser(path: path)
        let parsed = parser.parse(text)
        let document = try #require(parsed, "\(parser.diagnostics.map(\.description))")
        #expect(parser.diagnostics.isEmpty, "\(parser.diagnostics.map(\.description))")
        return document
    }

    /// Written, read back, and written again: the same document, the same text.
    static func expectRoundTrip(_ document: KnowledgeDocument, writer: DocumentWriter = DocumentWriter()) throws {
        let written = writer.markdown(for: document)
        let again = try parse(written, path: document.path)
        #expect(again.withoutLines == document.withoutLines, "\(document.path) reads back differently:\n\(written)")
        #expect(writer.markdown(for: again) == written, "\(document.path) is written differently the second time")
    }

    static let sample = """
        ---
        id: sample
        title: "Quoted" title
        source: A leaflet
        reviewed: 2026-01-02
        review-due: 2027-01-02
        ---

        # Sample

        ## Side effects {#side-effects}
        > answers: side-effects
        > keywords: nausea, feeling sick
        > ask: will I feel sick?

        > keywords: dizziness
        The effects include:

        - Nausea {#nausea}
          > ask: does it cause nausea?
        - Dizziness
        The end:
        - Not introduced

        A paragraph.
        > ask: what else?
        """

    @Test func keepsTheLineOfEveryKeywordQuestionAndKind() throws {
        let document = try Self.parse(Self.sample)
        #expect(document.frontMatterLines == ["id": 2, "title": 3, "source": 4, "reviewed": 5, "review-due": 6])
        let section = try #require(document.sections.first)
        #expect(section.line == 11)
        #expect(section.answers == ["side-effects"])
        #expect(section.answerLines == [12])
        #expect(section.keywords == ["nausea", "feeling sick", "dizziness"])
        #expect(section.keywordLines == [13, 13, 16])
        #expect(section.questions == ["will I feel sick?"])
        #expect(section.questionLines == [14])
        let nausea = section.passages[1]
        #expect(nausea.id == "side-effects.nausea")
        #expect(nausea.questions == ["does it cause nausea?"])
        #expect(nausea.questionLines == [20])
        #expect(section.passages.last?.questionLines == [26])
        #expect(document.title == "\"Quoted\" title")
    }

    @Test func theSampleRoundTrips() throws {
        let document = try Self.parse(Self.sample)
        #expect(section(document, 0).passages.map(\.leadIn) == [nil, 0, 0, nil, nil, nil])
        try Self.expectRoundTrip(document)
    }

    private func section(_ document: KnowledgeDocument, _ index: Int) -> Section { document.sections[index] }

    @Test func everyBundledDocumentRoundTrips() throws {
        let folder = Fixtures.repositoryRoot.appendingPathComponent("KnowledgeBase/documents")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        #expect(!names.isEmpty)
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            try Self.expectRoundTrip(try Self.parse(text, path: "KnowledgeBase/documents/" + name))
        }
    }

    /// Text that would read as syntax, written by code rather than parsed.
    @Test func textThatLooksLikeSyntaxIsWrittenSoItReadsBack() throws {
        let texts = ["# 1 is the score", "> not a quote", "- not an item", "* nor this", "<!-- not a comment -->", "\\# a backslash", "plain"]
        let document = KnowledgeDocument(
            id: "odd", title: "Odd", source: "code", reviewed: "2026-01-02", reviewDue: nil, path: "odd.md",
            sections: [
                Section(
                    id: "odd", heading: "Odd {#text}", line: 0, keywords: ["a"], questions: ["why?"],
                    passages: texts.map { Passage(id: nil, text: $0, line: 0, keywords: [], questions: [], leadIn: nil, isListItem: false) }
                        + [
                            Passage(id: "odd.item", text: "An item {#kept}", line: 0, keywords: ["k"], questions: [], leadIn: nil, isListItem: true),
                            Passage(id: nil, text: "Two\nlines", line: 0, keywords: [], questions: [], leadIn: nil, isListItem: true),
                            Passage(id: nil, text: "Ends like {#an-id}", line: 0, keywords: [], questions: [], leadIn: nil, isListItem: true),
                            Passage(id: nil, text: "a {#b} {#c}", line: 0, keywords: [], questions: [], leadIn: nil, isListItem: true),
                        ])
            ])
        let written = DocumentWriter().markdown(for: document)
        let again = try Self.parse(written, path: "odd.md")
        #expect(again.sections[0].heading == "Odd {#text}")
        #expect(again.sections[0].passages.map(\.text) == texts + ["An item {#kept}", "Two lines", "Ends like {#an-id}", "a {#b} {#c}"])
        #expect(again.sections[0].passages.suffix(2).allSatisfy { $0.id == nil })
        #expect(written.contains("- Ends like\n  {#an-id}\n- a\n  {#b} {#c}\n"))
        #expect(again.sections[0].passages[7].id == "odd.item")
        #expect(again.sections[0].passages[7].keywords == ["k"])
    }

    @Test func commentsGoAboveTheirPlace() throws {
        let document = try Self.parse(Self.sample)
        let writer = DocumentWriter(
            comments: [.section(0): "source: a--b.txt:1", .passage(section: 0, passage: 1): "source: a.txt:3"],
            frontMatterComments: ["Check every passage."])
        let written = writer.markdown(for: document)
        #expect(written.contains("# Check every passage.\n---\n"))
        #expect(written.contains("<!-- source: a- -b.txt:1 -->\n## Side effects {#side-effects}\n"))
        #expect(written.contains("The effects include:\n\n<!-- source: a.txt:3 -->\n- Nausea {#nausea}\n"))
        try Self.expectRoundTrip(document, writer: writer)
    }
}
