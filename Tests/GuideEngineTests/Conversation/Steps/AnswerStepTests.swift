import GuideEngine
import Testing

struct AnswerStepTests {
    @Test func theIntentIsAnsweredAndBecomesTheTopic() throws {
        var session = try Fixtures.engine().makeSession()
        var turn = StepHarness.turn("is ketamine addictive", in: &session, after: StepHarness.matching)
        let reply = try #require(AnswerStep().reply(to: &turn, in: &session))
        #expect(reply.status == .answered)
        #expect(reply.intent == "risks.dependence")
        #expect(!reply.citations.isEmpty)
        #expect(turn.wholeAnswer?.id == "risks.dependence")
        #expect(session.context.lastIntent?.id == "risks.dependence")
    }

    @Test func noIntentPasses() throws {
        var session = try Fixtures.engine().makeSession()
        #expect(StepHarness.reply(of: AnswerStep(), to: "how much does it cost", in: &session, after: StepHarness.matching) == nil)
    }
}
