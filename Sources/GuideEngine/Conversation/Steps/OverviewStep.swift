/// A question that names only the knowledge base's subject ("what is
/// ketamine?", "tell me about ketamine therapy") gets the overview section
/// guide.conf names (`overview:`, one or more sections, answered in order), not a guess between the sections that all
/// mention the subject. Read without the conversation's context: such a
/// question starts a topic, it does not follow one.
public struct OverviewStep: ReplyStep {
    public init() {}

    public func reply(to turn: inout Turn, in session: inout ChatSession) -> Reply? {
        guard let plain = turn.message.plainMatch ?? turn.match, plain.namesOnlySubject else { return nil }
        let intents = session.settings.overview.compactMap { session.engine.matcher.intent(id: $0) }
        guard let first = intents.first else { return nil }
        return AnswerStep.answer(with: first, and: Array(intents.dropFirst()), confidence: 1, turn: &turn, session: &session)
    }
}
