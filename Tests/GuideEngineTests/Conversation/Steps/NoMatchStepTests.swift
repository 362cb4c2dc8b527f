import GuideEngine
import Testing

struct NoMatchStepTests {
    @Test func alwaysRepliesWithSuggestions() throws {
        var session = try Fixtures.engine().makeSession()
        let reply = try #require(
            StepHarness.reply(of: NoMatchStep(), to: "how much does it cost", in: &session, after: StepHarness.matching))
        #expect(reply.status == .noMatch)
        #expect(reply.answer == session.engine.settings.reply("no-match"))
        #expect((1...3).contains(reply.suggestions.count))
        #expect(reply.options.isEmpty)
    }
}
