/// A message that says too little to be matched (see `MessageSubstance`):
/// neither the knowledge base nor the conversation's topic is asked, so
/// "???" after a question is not a follow-up. No letter or digit gets the
/// empty-message reply; one or two letters get it with the questions
/// nearest to them as suggestions ("iv" → the one about IV therapy).
public struct WithoutSubstanceStep: ReplyStep {
    public init() {}

    public func reply(to turn: inout Turn, in session: inout ChatSession) -> Reply? {
        let message = turn.message
        guard message.smalltalk == nil else { return nil }
        switch MessageSubstance(of: message.input) {
        case .enough:
            return nil
        case .none:
            return Reply(input: message.input, status: .error, answer: session.settings.reply("empty"))
        case .tooLittle:
            let nearest = message.plainMatch.map { session.suggestions(for: $0) } ?? Array(session.settings.suggestions.prefix(3))
            return Reply(input: message.input, status: .noMatch, answer: session.settings.reply("empty"), suggestions: nearest)
        }
    }
}
