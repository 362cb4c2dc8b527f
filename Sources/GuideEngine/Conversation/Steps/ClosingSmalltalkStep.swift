/// "That's everything I needed. Goodbye and take care.": a closing sentence
/// of small talk after words that match nothing well is the reply's subject.
/// After a real question ("is it addictive. thanks") the question is.
public struct ClosingSmalltalkStep: ReplyStep {
    public init() {}

    public func reply(to turn: inout Turn, in session: inout ChatSession) -> Reply? {
        let strong = session.options.thresholds.strongMatch
        let message = turn.message
        guard let match = turn.contextMatch, match.confidence < strong,
            let closing = message.hasWeakReadings ? message.closing : session.engine.closing(of: message.input),
            closing.smalltalk.name != SmalltalkStep.more, closing.matchBefore.confidence < strong
        else { return nil }
        return Reply(
            input: turn.message.input, status: .smalltalk, intent: closing.smalltalk.name, confidence: 1,
            answer: closing.smalltalk.reply)
    }
}
