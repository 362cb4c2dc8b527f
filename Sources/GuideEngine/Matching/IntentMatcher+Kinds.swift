extension IntentMatcher {
    /// Per intent, the kinds of question its section answers: those its
    /// `> answers:` line names, or else those its heading asks for ("Risks and
    /// side effects" answers side-effects), so an imported or ingested
    /// document works without tagging. A passage answers what its section does.
    static func kindsByEntry(
        _ intents: [Intent], in knowledgeBase: KnowledgeBase, finder: QuestionKindFinder, analyzer: Analyzer
    ) -> [Set<Int>] {
        let ids = Dictionary(finder.kinds.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var bySection: [[Int]: Set<Int>] = [:]
        return intents.map { intent in
            guard !intent.isNotCovered else { return [] }
            let key = [intent.document, intent.section]
            if let known = bySection[key] { return known }
            let section = knowledgeBase.documents[intent.document].sections[intent.section]
            let kinds: Set<Int>
            if section.answers.isEmpty {
                let words = analyzer.words(section.heading).map { QuestionKindFinder.Word(folded: $0, stem: analyzer.stem($0)) }
                kinds = Set(finder.find(words).map(\.kind))
            } else {
                kinds = Set(section.answers.compactMap { ids[$0] })
            }
            bySection[key] = kinds
            return kinds
        }
    }
}
