/// A question about a sensitive topic, asked not disclosed ("can ketamine
/// help with suicidal thoughts?"), is answered as any question, with where
/// to turn now as a footnote (`Reply.crisisFootnote`, safety.txt's
/// `[footnote]`); so is a plain call for help that small talk answers with
/// how to use the guide ("I need help": the footnote's `intents:`).
public struct CrisisFootnoteStep: ReplyFinishingStep {
    public init() {}

    public func finish(_ reply: inout Reply, for turn: Turn, in session: inout ChatSession) {
        guard reply.status != .command, reply.status != .error else { return }
        let safety = session.engine.knowledgeBase.safety
        var isSensitiveTopic = false
        if case .sensitiveTopic = turn.message.finding { isSensitiveTopic = true }
        let asksForHelp = reply.status == .smalltalk && reply.intent.map(safety.footnoteIntents.contains) == true
        guard isSensitiveTopic || asksForHelp else { return }
        let footnote = session.place.text(of: safety.topicFootnote)
            .replacingOccurrences(of: "\n", with: " ")
        if !footnote.isEmpty { reply.crisisFootnote = footnote }
    }
}
