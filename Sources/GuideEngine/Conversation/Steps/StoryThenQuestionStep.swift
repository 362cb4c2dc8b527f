/// A story, then the question ("I've tried five medicines in eight years,
/// nothing worked. Is ketamine an option for people like me"): when the
/// whole matches weakly, the question matched on its own with the story's
/// words as its context (`AnalysedMessage.storyAndQuestion`) is taken
/// instead, if it is clear and better. Never replies; the answer steps
/// after it go by the match it leaves in the turn.
public struct StoryThenQuestionStep: ReplyStep {
    public init() {}

    public func reply(to turn: inout Turn, in session: inout ChatSession) -> Reply? {
        guard var match = turn.contextMatch else { return nil }
        let message = turn.message
        if match.confidence < session.options.thresholds.strongMatch,
            let focused = (message.hasWeakReadings ? message.storyAndQuestion : session.engine.storyAndQuestion(of: message.input))?
                .match,
            focused.intent != nil, focused.alternative == nil,
            focused.confidence >= max(match.confidence, session.engine.matcher.configuration.threshold)
        {
            match = focused
        }
        turn.match = match
        session.lastMatch = match
        return nil
    }
}
