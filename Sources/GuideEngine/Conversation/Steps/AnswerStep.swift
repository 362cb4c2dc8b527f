/// The matched intent's passages, quoted and cited; the intent becomes the
/// conversation's topic for follow-ups. When they answer what was asked only
/// in general (the therapy's risks, asked about infusions), the reply says so.
public struct AnswerStep: ReplyStep {
    public init() {}

    public func reply(to turn: inout Turn, in session: inout ChatSession) -> Reply? {
        guard let match = turn.match, let intent = match.intent else { return nil }
        var reply = Self.answer(
            with: intent, and: match.alsoAnswer.map { [$0] } ?? [], confidence: match.confidence, turn: &turn, session: &session)
        Self.sayWhatIsNotAnswered(of: match, in: &reply, session: session)
        return reply
    }

    /// What the answer does not answer as asked, said first: the kind asked,
    /// answered for the therapy in general (the risks, asked of infusions),
    /// and a kind asked beside it that nothing answers.
    static func sayWhatIsNotAnswered(of match: Match, in reply: inout Reply, session: ChatSession) {
        if let subject = match.generalFor {
            let name = session.engine.composer.name(of: subject)
            if session.settings.replies["general-answer"] != nil {
                reply.answer = session.settings.reply("general-answer", ["subject": name]) + "\n" + reply.answer
            }
            reply.generalFor = name
        }
        if let missing = match.alsoAsked, session.settings.replies["no-information"] != nil {
            reply.answer = session.settings.reply("no-information", ["what": missing.name]) + "\n" + reply.answer
            reply.notAbout = missing.name
        }
    }

    /// `intent`'s passages, then `more`'s, as the whole message's answer,
    /// quoted and cited under one numbering; `intent` becomes the
    /// conversation's topic.
    static func answer(
        with intent: Intent, and more: [Intent] = [], confidence: Double, turn: inout Turn, session: inout ChatSession
    ) -> Reply {
        session.remember(intent)
        turn.wholeAnswer = intent
        let composed = session.compose([intent] + more)
        return Reply(
            input: turn.message.input, status: .answered, intent: intent.id, confidence: confidence,
            answer: composed.answer, citations: composed.citations)
    }
}
