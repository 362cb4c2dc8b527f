import GuideEngine
import Testing

struct TooLongStepTests {
    @Test func aMessageOverTheLimitIsRefusedWithItsLengthAndItsStartOnly() throws {
        var session = try Fixtures.engine().makeSession(options: .init(maxInputLength: 20))
        let text = String(repeating: "is it safe ", count: 10)
        let reply = try #require(StepHarness.reply(of: TooLongStep(), to: text, in: &session))
        #expect(reply.status == .error)
        #expect(reply.answer.contains("109"))
        #expect(reply.answer.contains("20"))
        #expect(reply.input.unicodeScalars.count <= session.options.thresholds.tooLongEcho)
    }

    @Test func aMessageAtTheLimitPasses() throws {
        var session = try Fixtures.engine().makeSession(options: .init(maxInputLength: 10))
        #expect(StepHarness.reply(of: TooLongStep(), to: "is it safe", in: &session) == nil)
    }
}
