import GuideEngine
import Testing

/// The line after "Which did you mean?" picks an option; anything else is
/// a new question.
struct ClarifyChoiceStepTests {
    static let ambiguous = "how do people get it"

    func answer(_ pick: String) throws -> (clarify: Reply, reply: Reply) {
        var session = try Fixtures.engine().makeSession()
        let clarify = session.respond(to: Self.ambiguous)
        return (clarify, session.respond(to: pick))
    }

    @Test(arguments: [("1", 0), ("2", 1), ("the first one", 0), ("the second", 1), ("second one please", 1)])
    func aNumberOrAnOrdinalPicksTheOption(_ pick: String, _ index: Int) throws {
        let (clarify, reply) = try answer(pick)
        try #require(clarify.status == .clarify)
        #expect(reply.status == .answered)
        var check = try Fixtures.engine().makeSession()
        #expect(reply.intent == check.respond(to: clarify.options[index]).intent, "\(pick)")
    }

    @Test func theOptionsOwnWordsPickIt() throws {
        var session = try Fixtures.engine().makeSession()
        let clarify = session.respond(to: Self.ambiguous)
        let reply = session.respond(to: clarify.options[1].uppercased())
        var check = try Fixtures.engine().makeSession()
        #expect(reply.intent == check.respond(to: clarify.options[1]).intent)
    }

    @Test func anythingElseIsANewQuestionAndTheChoiceCloses() throws {
        var session = try Fixtures.engine().makeSession()
        _ = session.respond(to: Self.ambiguous)
        #expect(session.respond(to: "is ketamine addictive").intent == "risks.dependence")
        // The choice was open for one line only: "2" now is no pick.
        #expect(session.respond(to: "2").status != .answered)
    }
}
