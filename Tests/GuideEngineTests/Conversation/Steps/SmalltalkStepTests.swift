import GuideEngine
import Testing

struct SmalltalkStepTests {
    @Test func smallTalkGetsItsReply() throws {
        var session = try Fixtures.engine().makeSession()
        let reply = try #require(StepHarness.reply(of: SmalltalkStep(), to: "thank you so much", in: &session))
        #expect(reply.status == .smalltalk)
        #expect(reply.intent == "thanks")
    }

    @Test func tellMeMoreAfterAnItemGivesItsWholeSection() throws {
        var session = try Fixtures.engine().makeSession()
        let item = session.respond(to: "is ketamine addictive")
        let reply = try #require(StepHarness.reply(of: SmalltalkStep(), to: "tell me more", in: &session))
        #expect(reply.status == .answered)
        #expect(reply.intent == item.intent)
        #expect(reply.citations.count > item.citations.count)
    }

    @Test func aQuestionPasses() throws {
        var session = try Fixtures.engine().makeSession()
        #expect(StepHarness.reply(of: SmalltalkStep(), to: "hi, what are the risks?", in: &session) == nil)
    }
}
