/// A message of several questions answered part by part ("how much is it,
/// and is it addictive?"), naming the parts it cannot answer
/// (`Reply.unansweredParts`, and in prose in the answer); a comparison ("IV
/// or nasal spray?") answers both sides.
///
/// Taken when the whole matches weakly (below `ReplyThresholds.strongMatch`),
/// or for a comparison whose sides are all answered and all within the
/// whole's topic ("IV or nasal spray?" within the forms of therapy).
public struct AnswerPartsStep: ReplyStep {
    public init() {}

    public func reply(to turn: inout Turn, in session: inout ChatSession) -> Reply? {
        let parts = turn.message.parts
        guard parts.filter({ !$0.isHeadline }).count > 1, let whole = turn.match else { return nil }
        let matcher = session.engine.matcher
        // A headline naming a topic not covered ("ketamine vs psilocybin: which
        // works better?") is what the questions after it are about.
        let headline = parts.filter(\.isHeadline).flatMap { matcher.analyzer.terms($0.text) }
        guard !matcher.namesUncoveredTopic(headline) else { return nil }
        let wholeIsWeak = whole.confidence < session.options.thresholds.strongMatch
        guard wholeIsWeak || parts.contains(where: \.isComparison) else { return nil }
        // A headline's topic is what the questions after it are about: no answer of its own.
        let matches = parts.filter { !$0.isHeadline }.map { part in
            let plain = part.plainMatch ?? matcher.match(part.text)
            return (part: part, match: session.inContext(plain, words: part.text.split(separator: " ").map(String.init)))
        }
        // A part that is only the subject ("ketamine or psilocybin, which has
        // better evidence?") says nothing to answer on its own; asked with a
        // question word ("what is ketamine all about?") it gets the overview.
        let subject = matcher.subjectTerms
        let safety = session.engine.safety
        let overview = session.settings.overview.compactMap { matcher.intent(id: $0) }
        func isAsked(_ part: AnalysedMessage.Part) -> Bool {
            part.endsWithQuestionMark || safety.startsWithQuestionWord(part.text)
        }
        func answers(of item: (part: AnalysedMessage.Part, match: Match)) -> [Intent] {
            // Asked with a question word: a side of a comparison ("IV and | IM ketamine?") is no such question.
            if item.match.namesOnlySubject && safety.startsWithQuestionWord(item.part.text) { return overview }
            guard let intent = item.match.intent, !item.match.terms.allSatisfy(subject.contains) else { return [] }
            return [intent]
        }
        let answered = matches.filter { !answers(of: $0).isEmpty }
        guard let first = answered.first, let firstIntent = answers(of: first).first,
            answered.count > 1 || (wholeIsWeak && (whole.intent == nil || first.match.confidence > whole.confidence))
        else { return nil }
        var intents: [Intent] = []
        for item in answered {
            for intent in answers(of: item) where !intents.contains(intent) { intents.append(intent) }
        }
        // A strong whole match gives way only to sides that are all answered
        // and all parts of it.
        if !wholeIsWeak {
            guard answered.count == parts.count, intents.count > 1, let wholeIntent = whole.intent,
                matcher.commonParent(of: intents + [wholeIntent]) != nil
            else { return nil }
        }
        var composed = session.compose(intents)
        // Unanswered: a part with words, about a topic not covered or with
        // words the knowledge base does not know; only what was asked is
        // echoed back, never a statement ("my son is 19", "sounds like hype").
        let unanswered = matches.filter {
            answers(of: $0).isEmpty && !$0.match.terms.isEmpty && ($0.match.isNotCovered || !$0.match.unknownWords.isEmpty)
                && isAsked($0.part)
        }.map(\.part.ownWords)
        for part in unanswered {
            composed.answer += "\n" + session.settings.reply("partial") + " \"" + part + "\""
        }
        session.lastMatch = first.match
        session.remember(firstIntent)
        let reported = intents.count > 1 ? matcher.commonParent(of: intents) ?? firstIntent : firstIntent
        let confidence = answered.map(\.match.confidence).min() ?? first.match.confidence
        var reply = Reply(
            input: turn.message.input, status: .answered, intent: reported.id, confidence: confidence,
            answer: composed.answer, citations: composed.citations, unansweredParts: unanswered)
        // One part answered: what it does not answer as asked is said, as for a whole message.
        if answered.count == 1 { AnswerStep.sayWhatIsNotAnswered(of: first.match, in: &reply, session: session) }
        return reply
    }
}
