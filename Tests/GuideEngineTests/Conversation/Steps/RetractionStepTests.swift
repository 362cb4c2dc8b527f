import GuideEngine
import Testing

struct RetractionStepTests {
    @Test func neverMindAfterAnAlarmIsThanked() throws {
        var session = try Fixtures.engine().makeSession()
        #expect(session.respond(to: "I want to kill myself").isUrgent)
        let reply = try #require(StepHarness.reply(of: RetractionStep(), to: "never mind", in: &session))
        #expect(reply.status == .smalltalk)
        #expect(reply.intent == "retraction")
    }

    @Test func neverMindAfterAnAnswerPasses() throws {
        var session = try Fixtures.engine().makeSession()
        _ = session.respond(to: "is ketamine addictive")
        #expect(StepHarness.reply(of: RetractionStep(), to: "never mind", in: &session) == nil)
    }
}
