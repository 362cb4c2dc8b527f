import GuideEngine
import Testing

struct CommandStepTests {
    @Test func aSlashCommandGetsItsReply() throws {
        var session = try Fixtures.engine().makeSession()
        let reply = try #require(StepHarness.reply(of: CommandStep(), to: "/help", in: &session))
        #expect(reply.status == .command)
        #expect(reply.intent == "/help")
    }

    @Test func aQuestionWithASlashInsidePasses() throws {
        var session = try Fixtures.engine().makeSession()
        #expect(StepHarness.reply(of: CommandStep(), to: "is IV/nasal spray better", in: &session) == nil)
    }
}
