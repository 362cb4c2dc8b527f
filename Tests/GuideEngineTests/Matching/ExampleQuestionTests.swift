import GuideEngine
import Testing

/// A question asked exactly as an author's example question (`ask:`) is that
/// intent's, even when every intent matches its words about as well.
struct ExampleQuestionTests {
    @Test func aQuestionAskedAsWrittenIsItsIntentsWithoutAskingBack() throws {
        let matcher = try Fixtures.engine().matcher
        // Only the subject's words: every section scores about the same.
        let match = matcher.match("WHAT IS KETAMINE THERAPY")
        #expect(match.intent?.id == "forms")
        #expect(match.confidence == 1)
        #expect(match.alternative == nil)
    }

    @Test func aNotCoveredExampleQuestionIsNoMatch() throws {
        var session = try Fixtures.engine().makeSession()
        let reply = session.respond(to: "How long do the effects last?")
        #expect(reply.status == .noMatch)
    }
}

