import GuideEngine
import Testing

/// Porter2 gives "effective" the stem of "effects"; the knowledge base's
/// exceptions keep a question about whether it works away from side effects.
struct StemExceptionTests {
    @Test func exceptionsOverrideTheStemmer() {
        let plain = Analyzer(stopWords: [])
        let excepted = Analyzer(stopWords: [], stemExceptions: ["effective": "effective"])
        #expect(plain.terms("effective effects") == ["effect", "effect"])
        #expect(excepted.terms("effective effects") == ["effective", "effect"])
    }

    @Test func isItEffectiveIsNotAboutSideEffects() throws {
        var session = try Fixtures.engine().makeSession()
        let reply = session.respond(to: "is ketamine effective?")
        #expect(reply.status == .answered)
        #expect(reply.intent?.hasPrefix("risks") == false, "\(reply.intent ?? "nil")")
    }
}
