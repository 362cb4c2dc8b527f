/// A question about a sensitive topic, asked not disclosed ("can ketamine
/// help with suicidal thoughts?"), is answered as any question, with where
/// to turn now as a footnote (`Reply.crisisFootnote`, safety.txt's `[footnote]`).
public struct CrisisFootnoteStep: ReplyFinishingStep {
    public init() {}

    public func finish(_ reply: inout Reply, for turn: Turn, in session: inout ChatSession) {
        guard case .sensitiveTopic = turn.message.finding, reply.status != .command, reply.status != .error else { return }
        let footnote = session.place.text(of: session.engine.knowledgeBase.safety.topicFootnote)
            .replacingOccurrences(of: "\n", with: " ")
        if !footnote.isEmpty { reply.crisisFootnote = footnote }
    }
}
