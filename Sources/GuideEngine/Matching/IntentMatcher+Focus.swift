/// The focus of a question when it is a word the knowledge base never uses.
extension IntentMatcher {
    /// The verb after an auxiliary and a person ("will I | remember", "how
    /// can you | support them") when the knowledge base has never seen it:
    /// not a stop word, not a misspelling of a word it knows, a word of the
    /// language (not "hlep"), and not a request to the guide ("can you walk
    /// | me through…").
    func unknownFocus(_ words: [String], memo: inout WordMemo) -> String? {
        guard configuration.useQuestionKinds, !focusAuxiliaries.isEmpty, let languageWords, words.count >= 3 else { return nil }
        for index in 0..<(words.count - 2) where focusAuxiliaries.contains(words[index]) && focusPersons.contains(words[index + 1]) {
            // "will I be | awake": after a linking verb, the word that says what.
            let at = index + 2 + (focusLinks.contains(words[index + 2]) && index + 3 < words.count ? 1 : 0)
            let verb = words[at]
            if at + 1 < words.count, focusRequests.contains(words[at + 1]) { return nil }
            return memo.analysis(of: verb) { analyse(verb) }.isUnknown && languageWords.isWholeWord(verb) ? verb : nil
        }
        return nil
    }
}
