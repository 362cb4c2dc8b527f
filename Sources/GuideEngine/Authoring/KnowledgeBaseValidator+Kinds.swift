extension KnowledgeBaseValidator {
    /// A section's `> answers:` line naming a kind the language's
    /// question-kinds file does not define: a typo there would silently turn
    /// the section's declaration off, so a question of that kind would be
    /// declined by name although the section answers it.
    func unknownAnswerKinds(in knowledgeBase: KnowledgeBase) -> [Diagnostic] {
        let known = Set(knowledgeBase.questionKinds.map(\.id))
        guard !known.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        for document in knowledgeBase.documents {
            for section in document.sections {
                for (index, kind) in section.answers.enumerated() where !known.contains(kind) {
                    let line = index < section.answerLines.count ? section.answerLines[index] : section.line
                    diagnostics.append(Diagnostic(
                        path: document.path, line: line, severity: .warning,
                        message: "'answers: \(kind)' names no kind of question (known: \(known.sorted().joined(separator: ", ")))"))
                }
            }
        }
        return diagnostics
    }
}

extension KnowledgeBaseValidator {
    /// An `overview:` in guide.conf naming no section: "what is ketamine?"
    /// would silently be matched as any question instead.
    func unknownOverviewSections(engine: ChatEngine) -> [Diagnostic] {
        let settings = engine.knowledgeBase.settings
        return settings.overview.filter { engine.matcher.intent(id: $0) == nil }.map { id in
            Diagnostic(
                path: engine.knowledgeBase.displayName + "/guide.conf", line: settings.overviewLine, severity: .warning,
                message: "'overview: \(id)' names no section or passage id")
        }
    }
}
