/// An empty message (only spaces, or a byte-order mark) asks to type a question.
public struct EmptyMessageStep: ReplyStep {
    public init() {}

    public func reply(to turn: inout Turn, in session: inout ChatSession) -> Reply? {
        guard turn.message.input.isEmpty else { return nil }
        return Reply(input: "", status: .error, answer: session.settings.reply("empty"))
    }
}
