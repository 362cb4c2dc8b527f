extension ChatSession {
    /// The reply to a message that says too little to be matched (see
    /// `MessageSubstance`), or nil for one to answer. Neither the knowledge
    /// base nor the conversation's topic is asked: "???" after a question is
    /// not a follow-up. One or two letters get the questions nearest to them
    /// as suggestions ("iv" → the one about IV therapy).
    func replyWithoutSubstance(_ prepared: PreparedMessage) -> Reply? {
        guard prepared.smalltalk == nil else { return nil }
        switch MessageSubstance(of: prepared.input) {
        case .enough:
            return nil
        case .none:
            return Reply(input: prepared.input, status: .error, answer: settings.reply("empty"))
        case .tooLittle:
            let nearest = prepared.plainMatch.map { suggestions(for: $0) } ?? Array(settings.suggestions.prefix(3))
            return Reply(input: prepared.input, status: .noMatch, answer: settings.reply("empty"), suggestions: nearest)
        }
    }
}
