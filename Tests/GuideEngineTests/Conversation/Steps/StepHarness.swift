import GuideEngine
import Testing

/// A message put to one reply step directly, as the pipeline would: analysed
/// by the session, after the steps that enrich the turn before it.
enum StepHarness {
    /// The turn for `text`, after `earlier` (steps that never reply to it).
    static func turn(_ text: String, in session: inout ChatSession, after earlier: [any ReplyStep] = []) -> Turn {
        var turn = Turn(message: session.analyse(text))
        for step in earlier {
            let reply = step.reply(to: &turn, in: &session)
            #expect(reply == nil, "\(type(of: step)) replied to \"\(text)\"; the step under test would not see it")
        }
        return turn
    }

    /// What `step` does with `text` after `earlier`.
    static func reply(
        of step: any ReplyStep, to text: String, in session: inout ChatSession, after earlier: [any ReplyStep] = []
    ) -> Reply? {
        var turn = turn(text, in: &session, after: earlier)
        return step.reply(to: &turn, in: &session)
    }

    /// The steps that prepare the match the answer steps go by.
    static let matching: [any ReplyStep] = [ContextMatchStep(), StoryThenQuestionStep()]
}
