/// Matches the whole message in the conversation's context (a follow-up
/// "how is it taken?" leans on the last answer's topic) for the steps after
/// it; never replies.
public struct ContextMatchStep: ReplyStep {
    public init() {}

    public func reply(to turn: inout Turn, in session: inout ChatSession) -> Reply? {
        let message = turn.message
        let plain = message.plainMatch ?? session.engine.matcher.match(message.input)
        let match = session.inContext(plain, words: message.tokens.map(\.term))
        turn.contextMatch = match
        turn.match = match
        return nil
    }
}
