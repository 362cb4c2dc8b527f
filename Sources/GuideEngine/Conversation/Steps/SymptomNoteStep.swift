/// The safety note before an answer about a known effect the reader says
/// they have ("I feel dizzy since the treatment, is that normal?"): when to
/// tell someone (`Reply.symptomNote`, safety.txt's symptom note and intents).
/// Only on an answer to the whole message: a part's intent says nothing of
/// what the rest of the message tells about the reader.
public struct SymptomNoteStep: ReplyFinishingStep {
    public init() {}

    public func finish(_ reply: inout Reply, for turn: Turn, in session: inout ChatSession) {
        let safety = session.engine.knowledgeBase.safety
        guard let intent = turn.wholeAnswer?.id, safety.symptomIntents.contains(intent),
            !safety.symptomNote.isEmpty, session.engine.safety.isPersonalStatement(turn.message.input)
        else { return }
        reply.symptomNote = session.place.text(of: safety.symptomNote).replacingOccurrences(of: "\n", with: " ")
    }
}
