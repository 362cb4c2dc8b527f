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

    @Test func safeWithTheAskersOwnConditionIsReferredWithWhatBearsOnIt() throws {
        var session = try Fixtures.engine().makeSession()
        let reply = try #require(StepHarness.reply(of: SafetyStep(), to: "is ketamine safe with my heart condition", in: &session))
        #expect(reply.status == .referral)
        #expect(reply.answer.contains("blood pressure"), "\(reply.answer)")
        #expect(!reply.answer.contains("nothing specific"), "\(reply.answer)")
    }

    @Test func safeForSomeoneNamedByAPronounIsADecisionAboutThem() throws {
        var session = try Fixtures.engine().makeSession()
        let reply = try #require(
            StepHarness.reply(of: SafetyStep(), to: "My mum is on an MAOI. Is it safe for her to have ketamine?", in: &session))
        #expect(reply.status == .referral)
    }

    @Test func eligibilityIsReferredWithWhatItIsUsedFor() throws {
        var session = try Fixtures.engine().makeSession()
        let reply = try #require(StepHarness.reply(of: SafetyStep(), to: "am i eligible for ketamine therapy", in: &session))
        #expect(reply.status == .referral)
        #expect(reply.answer.contains("Treatment-resistant depression"), "\(reply.answer)")
    }

    @Test(arguments: ["is ketamine addictive", "hello", "/help", ""])
    func anythingElsePasses(_ text: String) throws {
        var session = try Fixtures.engine().makeSession()
        #expect(StepHarness.reply(of: SafetyStep(), to: text, in: &session) == nil)
    }
}
