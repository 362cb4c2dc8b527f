/// Crisis, emergency, distress and referral: the safety screen's finding
/// (`AnalysedMessage.finding`) answered with its message, before anything else.
///
/// A referral also quotes whatever the knowledge base says on the subject
/// ("I have hypertension" → the passage on blood pressure), cited, after
/// saying it is a question for the care team; asked for a personal decision
/// no section answers, what bears on it (`see:` of the kinds file).
public struct SafetyStep: ReplyStep {
    public init() {}

    public func reply(to turn: inout Turn, in session: inout ChatSession) -> Reply? {
        let message = turn.message
        guard case .flagged(let status, let pattern, let aboutOther) = message.finding else { return nil }
        let safety = session.engine.knowledgeBase.safety
        let lines = (safety.category(named: pattern.category) ?? safety.category(status))?.lines ?? []
        let text = session.place.text(of: lines, aboutOther: aboutOther)
        guard status == .referral else {
            // Nothing was matched: `/why` explains the screen's finding, not an earlier question.
            session.lastMatch = nil
            // An urgent message may be too long; the reply echoes no more than the limit.
            return Reply(
                input: String(message.input.unicodeScalars.prefix(session.options.maxInputLength)), status: status,
                intent: pattern.category, confidence: 1, answer: text)
        }
        let match = message.plainMatch ?? session.engine.matcher.match(message.input)
        session.lastMatch = match
        guard let intent = match.intent else {
            // A personal decision no section answers ("am I eligible"): what
            // bears on it, as when the matcher finds the kind.
            var reply = Reply(input: message.input, status: status, confidence: 1, answer: text)
            if let kind = match.unansweredKind, kind.refers { session.addBearing(on: kind, match: match, to: &reply) }
            return reply
        }
        let composed = session.compose([intent])
        return Reply(
            input: message.input, status: status, intent: intent.id, confidence: match.confidence,
            answer: text + "\n" + composed.answer, citations: composed.citations)
    }
}
