import GuideEngine
import Testing

/// `/source N`: the passage where it stands, with the document's origin; the
/// file and line for authors only.
struct SourceContextTests {
    /// The cited passage's section and index in the bundled knowledge base.
    static func place(of citation: Citation) throws -> (document: KnowledgeDocument, section: Section, index: Int) {
        let knowledgeBase = try #require(Fixtures.knowledgeBase)
        let document = try #require(knowledgeBase.documents.first { $0.id == citation.document })
        let section = try #require(document.sections.first { $0.heading == citation.section })
        let index = try #require(section.passages.firstIndex { $0.line == citation.line })
        return (document, section, index)
    }

    @Test func showsThePassageBetweenItsNeighboursWithHeadingAndOrigin() throws {
        var session = try Fixtures.engine().makeSession()
        let answer = session.respond(to: "what conditions does it treat")
        let citation = try #require(answer.citations.first { $0.number == 3 })
        let (document, section, index) = try Self.place(of: citation)
        try #require(index > 0 && index + 1 < section.passages.count, "the test needs a passage with two neighbours")
        let lines = session.respond(to: "/source 3").answer.split(separator: "\n").map(String.init)
        #expect(lines.first?.contains(section.heading) == true)
        #expect(lines.first?.contains(document.title) == true)
        let before = try #require(lines.firstIndex { $0.hasSuffix(section.passages[index - 1].text) })
        let cited = try #require(lines.firstIndex { $0.hasSuffix(section.passages[index].text + " [3]") })
        let after = try #require(lines.firstIndex { $0.hasSuffix(section.passages[index + 1].text) })
        #expect(before + 1 == cited && cited + 1 == after)
        #expect(lines.contains { $0.contains(document.source) && $0.contains(document.reviewed) })
        #expect(lines.last == "\(citation.path):\(citation.line)")
    }

    @Test func aListItemKeepsTheSentenceThatIntroducesItsList() throws {
        var session = try Fixtures.engine().makeSession()
        let answer = session.respond(to: "is ketamine addictive")
        let citation = try #require(answer.citations.last)
        let (_, section, index) = try Self.place(of: citation)
        let leadIn = try #require(section.passages[index].leadIn)
        let text = session.respond(to: "/source \(citation.number)").answer
        #expect(text.contains(section.passages[leadIn].text))
        if index - 1 > leadIn + 1 { #expect(text.contains("…")) }
    }

    @Test func theKioskShowsNoFileOrLine() throws {
        var kiosk = try Fixtures.engine().makeSession(options: .init(isKiosk: true))
        _ = kiosk.respond(to: "is ketamine addictive")
        let text = kiosk.respond(to: "/source 2").answer
        #expect(!text.contains(".md"))
        #expect(!text.isEmpty)
    }

    @Test func wordingComesFromGuideConf() throws {
        let engine = try Fixtures.engine()
        var session = engine.makeSession()
        #expect(session.respond(to: "/source 1").answer == engine.settings.reply("source-none"))
        _ = session.respond(to: "is ketamine addictive")
        #expect(session.respond(to: "/source 9").answer == engine.settings.reply("source-number", ["count": "2"]))
    }
}
