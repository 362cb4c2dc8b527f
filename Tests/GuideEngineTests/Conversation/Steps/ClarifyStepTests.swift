import GuideEngine
import Testing

struct ClarifyStepTests {
    @Test func twoCloseUnrelatedIntentsAreOfferedAsOptions() throws {
        var session = try Fixtures.engine().makeSession()
        let reply = try #require(
            StepHarness.reply(of: ClarifyStep(), to: "tell me about ketamine therapy", in: &session, after: StepHarness.matching))
        #expect(reply.status == .clarify)
        #expect(reply.intent == nil)
        #expect(reply.options.count == 2)
        // The options are a field the front end numbers; the wording has no doubled punctuation.
        #expect(!reply.answer.contains("?\"?"))
        #expect(reply.suggestions.isEmpty, "no second list of the same questions")
    }

    @Test func aClearWinnerPasses() throws {
        var session = try Fixtures.engine().makeSession()
        #expect(StepHarness.reply(of: ClarifyStep(), to: "is ketamine addictive", in: &session, after: StepHarness.matching) == nil)
    }
}
