/// The focus of a question when it is a word the knowledge base never uses.
extension IntentMatcher {
    /// The verb after an auxiliary and a person ("will I | remember", "how
    /// can you | support them") when the knowledge base has never seen it:
    /// not a stop word, not a misspelling of a word it knows, a word of the
    /// language (not "hlep"), and not a request to the guide ("can you walk
    /// | me through…").
    func unknownFocus(_ words: [String], memo: inout WordMemo) -> String? {
        guard configuration.useQuestionKinds, let languageWords, let at = focusWords.position(in: words) else { return nil }
        let verb = words[at]
        return memo.analysis(of: verb) { analyse(verb) }.isUnknown && languageWords.isWholeWord(verb) ? verb : nil
    }
}
