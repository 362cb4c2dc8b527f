import GuideEngine
import Testing

/// Safety phrases are stemmed by the knowledge base's analyser, stem
/// exceptions included, as messages are: a phrase word and a message word
/// the exceptions join meet.
struct SafetyStemExceptionTests {
    @Test func aStemExceptionAppliesToThePhrasesToo() throws {
        let safety = try String(contentsOfFile: Fixtures.bundledDirectory + "/safety.txt", encoding: .utf8)
            .replacingOccurrences(of: "[crisis]\n", with: "[crisis]\nsay: zzalias\n")
        let stems = try String(contentsOfFile: Fixtures.bundledDirectory + "/language/stems-en.txt", encoding: .utf8)
        let directory = try Fixtures.scratchKnowledgeBase([
            "safety.txt": safety, "language/stems-en.txt": stems + "\nzzalias zzkeyword\n",
        ])
        let engine = ChatEngine(knowledgeBase: try KnowledgeBaseLoader().load(directory: directory))
        var session = engine.makeSession()
        #expect(session.respond(to: "zzkeyword").status == .crisis)
    }
}
