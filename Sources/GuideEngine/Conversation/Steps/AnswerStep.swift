/// The matched intent's passages, quoted and cited; the intent becomes the
/// conversation's topic for follow-ups. When they answer what was asked only
/// in general (the therapy's risks, asked about infusions), the reply says so.
public struct AnswerStep: ReplyStep {
    public init() {}

    public func reply(to turn: inout Turn, in session: inout ChatSession) -> Reply? {
        guard let match = turn.match, let intent = match.intent else { return nil }
        session.remember(intent)
        turn.wholeAnswer = intent
        let composed = session.compose([intent])
        var reply = Reply(
            input: turn.message.input, status: .answered, intent: intent.id, confidence: match.confidence,
            answer: composed.answer, citations: composed.citations)
        // The kind asked, answered for the therapy in general: said first.
        if let subject = match.generalFor {
            let name = session.engine.composer.name(of: subject)
            if session.settings.replies["general-answer"] != nil {
                reply.answer = session.settings.reply("general-answer", ["subject": name]) + "\n" + reply.answer
            }
            reply.generalFor = name
        }
        return reply
    }
}
