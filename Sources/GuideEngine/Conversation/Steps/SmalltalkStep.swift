/// A message that is small talk as a whole ("thanks, bye") gets its reply;
/// "tell me more" after an answer about one item gets that item's whole section.
public struct SmalltalkStep: ReplyStep {
    /// The small-talk name of smalltalk.txt's "tell me more".
    public static let more = "more"

    public init() {}

    public func reply(to turn: inout Turn, in session: inout ChatSession) -> Reply? {
        guard let smalltalk = turn.message.smalltalk else { return nil }
        let input = turn.message.input
        if smalltalk.name == Self.more, let last = session.context.lastIntent, last.passage != nil {
            // The topic stays the same.
            let section = Intent(id: "", document: last.document, section: last.section, passage: nil)
            let composed = session.compose([section])
            return Reply(
                input: input, status: .answered, intent: last.id, confidence: 1, answer: composed.answer,
                citations: composed.citations)
        }
        return Reply(input: input, status: .smalltalk, intent: smalltalk.name, confidence: 1, answer: smalltalk.reply)
    }
}
