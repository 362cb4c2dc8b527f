/// Two unrelated intents fit almost equally (`Match.alternative`, within
/// `MatcherConfiguration.clarifyMargin`): the guide asks which was meant
/// instead of guessing, with the two example questions as `Reply.options`.
public struct ClarifyStep: ReplyStep {
    public init() {}

    public func reply(to turn: inout Turn, in session: inout ChatSession) -> Reply? {
        let composer = session.engine.composer
        guard let match = turn.match, let intent = match.intent, let other = match.alternative,
            let first = composer.exampleQuestion(for: intent), let second = composer.exampleQuestion(for: other)
        else { return nil }
        session.context.pendingChoice = [intent, other]
        // The options are listed, numbered, by the front end (`Reply.options`).
        return Reply(
            input: turn.message.input, status: .clarify, confidence: match.confidence,
            answer: session.settings.reply("clarify", ["first": first, "second": second]), options: [first, second])
    }
}
