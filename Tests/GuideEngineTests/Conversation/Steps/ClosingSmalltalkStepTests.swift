import GuideEngine
import Testing

struct ClosingSmalltalkStepTests {
    @Test func aGoodbyeAfterChatIsAGoodbye() throws {
        var session = try Fixtures.engine().makeSession()
        let reply = StepHarness.reply(
            of: ClosingSmalltalkStep(), to: "I think that is everything I needed for now. Goodbye and take care.", in: &session,
            after: [ContextMatchStep()])
        #expect(reply?.intent == "goodbye")
    }

    @Test func thanksAfterARealQuestionPasses() throws {
        var session = try Fixtures.engine().makeSession()
        #expect(
            StepHarness.reply(of: ClosingSmalltalkStep(), to: "is it addictive. thanks", in: &session, after: [ContextMatchStep()])
                == nil)
    }
}
