import GuideEngine
import Testing

struct SafetyStepTests {
    @Test func anAlarmIsAnsweredWithItsMessage() throws {
        var session = try Fixtures.engine().makeSession()
        let reply = try #require(StepHarness.reply(of: SafetyStep(), to: "I want to kill myself", in: &session))
        #expect(reply.status == .crisis)
        #expect(reply.citations.isEmpty)
    }

    @Test func aReferralQuotesWhatTheKnowledgeBaseSays() throws {
        var session = try Fixtures.engine().makeSession()
        let reply = try #require(StepHarness.reply(of: SafetyStep(), to: "Should I stop taking my antidepressants?", in: &session))
        #expect(reply.status == .referral)
    }

    @Test(arguments: ["is ketamine addictive", "hello", "/help", ""])
    func anythingElsePasses(_ text: String) throws {
        var session = try Fixtures.engine().makeSession()
        #expect(StepHarness.reply(of: SafetyStep(), to: text, in: &session) == nil)
    }
}
