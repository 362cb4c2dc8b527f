/// The matched intent's passages, quoted and cited; the intent becomes the
/// conversation's topic for follow-ups.
public struct AnswerStep: ReplyStep {
    public init() {}

    public func reply(to turn: inout Turn, in session: inout ChatSession) -> Reply? {
        guard let match = turn.match, let intent = match.intent else { return nil }
        session.remember(intent)
        turn.wholeAnswer = intent
        let composed = session.compose([intent])
        return Reply(
            input: turn.message.input, status: .answered, intent: intent.id, confidence: match.confidence,
            answer: composed.answer, citations: composed.citations)
    }
}
