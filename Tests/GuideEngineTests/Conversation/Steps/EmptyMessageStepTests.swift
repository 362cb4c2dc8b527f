import GuideEngine
import Testing

struct EmptyMessageStepTests {
    @Test(arguments: ["", "   ", "\u{FEFF}"])
    func anEmptyMessageAsksForAQuestion(_ text: String) throws {
        var session = try Fixtures.engine().makeSession()
        let reply = try #require(StepHarness.reply(of: EmptyMessageStep(), to: text, in: &session))
        #expect(reply.status == .error)
        #expect(reply.answer == session.engine.settings.reply("empty"))
    }

    @Test func aQuestionPasses() throws {
        var session = try Fixtures.engine().makeSession()
        #expect(StepHarness.reply(of: EmptyMessageStep(), to: "is it safe", in: &session) == nil)
    }
}
