/// The question's verb is a word the knowledge base has never seen ("will I
/// remember the session?"): the guide says it has no information about it,
/// by name, instead of answering the words it does know.
public struct UnknownFocusStep: ReplyStep {
    public init() {}

    public func reply(to turn: inout Turn, in session: inout ChatSession) -> Reply? {
        guard let match = turn.match ?? turn.message.plainMatch, match.intent == nil, let focus = match.unknownFocus
        else { return nil }
        return session.namedDecline(of: turn.message.input, match: match, key: "unknown-word", values: ["word": focus], notAbout: focus)
    }
}
