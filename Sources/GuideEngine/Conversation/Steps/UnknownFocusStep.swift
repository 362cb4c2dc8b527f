/// The question's verb is a word the knowledge base has never seen ("will I
/// remember the session?"): the guide says it has no information about it,
/// by name, instead of answering the words it does know.
public struct UnknownFocusStep: ReplyStep {
    public init() {}

    public func reply(to turn: inout Turn, in session: inout ChatSession) -> Reply? {
        guard let match = turn.match ?? turn.message.plainMatch, match.intent == nil, let focus = match.unknownFocus
        else { return nil }
        // A knowledge base from before this reply existed says its no-match.
        var reply = Reply(
            input: turn.message.input, status: .noMatch, confidence: match.confidence,
            answer: session.settings.replies["unknown-word"] == nil
                ? session.settings.reply("no-match") : session.settings.reply("unknown-word", ["word": focus]),
            suggestions: session.suggestions(for: match))
        reply.notAbout = focus
        return reply
    }
}
