/// "Never mind" right after a crisis, distress or emergency reply is thanked
/// (safety.txt's retraction reply), not apologised for or answered as a question.
public struct RetractionStep: ReplyStep {
    public init() {}

    public func reply(to turn: inout Turn, in session: inout ChatSession) -> Reply? {
        let input = turn.message.input
        guard session.context.lastWasUrgent, session.engine.safety.isRetraction(input) else { return nil }
        let retraction = session.place.text(of: session.engine.knowledgeBase.safety.retractionReply)
        return Reply(
            input: input, status: .smalltalk, intent: "retraction", confidence: 1,
            answer: retraction.isEmpty ? session.settings.reply("reset") : retraction)
    }
}
