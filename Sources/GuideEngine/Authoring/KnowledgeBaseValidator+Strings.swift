/// The language's strings: every key the code asks for has wording.
extension KnowledgeBaseValidator {
    /// One warning listing the keys neither the language's strings file nor
    /// guide.conf's `[replies]` gives: the guide would show the key itself.
    func missingStrings(in knowledgeBase: KnowledgeBase) -> [Diagnostic] {
        let missing = StringKeys.all.filter { knowledgeBase.settings.replies[$0] == nil }
        guard !missing.isEmpty else { return [] }
        let file = LanguageFiles(language: knowledgeBase.settings.language).strings
        return [
            Diagnostic(
                path: knowledgeBase.displayName + "/" + file, line: 1, severity: .warning,
                message: "no wording for \(missing.joined(separator: ", ")): the guide shows the key instead; add them to \(file)")
        ]
    }
}
