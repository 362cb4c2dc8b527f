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

/// A question's word weights in the confidence, and which words are the
/// knowledge base's main subject.
struct WordWeights {
    let weights: [Double]
    let isSubject: [Bool]
    /// Their sum, the whole of the question.
    let total: Double

    init(weights: [Double], isSubject: [Bool]) {
        self.weights = weights
        self.isSubject = isSubject
        self.total = weights.reduce(0, +)
    }

    /// The share of the question's weight that `matched` covers.
    func coverage(_ matched: [Bool]) -> Double {
        total > 0 ? zip(matched, weights).reduce(0.0) { $0 + ($1.0 ? $1.1 : 0) } / total : 0
    }
}

extension IntentMatcher {
    /// A section that answers what is asked is a candidate even when it
    /// shares no word with the question ("how will I feel during the
    /// infusion" and the risks): it enters at a share of the best score, and
    /// one found by a word or two is raised to that share ("how does
    /// ketamine work in treating conditions": how it works, not the list).
    /// Only where few sections answer the kind (a patient leaflet): in a
    /// collection where thousands do ("symptoms" of every condition), one
    /// that shares no word with the question is no answer to it.
    func addKindAnswerers(to hits: inout [InvertedIndex.Hit], answerable: Set<Int>) {
        guard !answerable.isEmpty, let best = hits.first?.score else { return }
        let entries = answerable.sorted().flatMap { sectionsByKind[$0] ?? [] }
        guard entries.count <= configuration.kindOnlyCandidateLimit else { return }
        let floor = best * configuration.kindOnlyScoreShare
        for entry in entries {
            // One that shares a word or two with the question gets no less
            // than one that shares none.
            if let index = hits.firstIndex(where: { $0.entry == entry }) {
                hits[index].score = max(hits[index].score, floor)
            } else {
                hits.append(InvertedIndex.Hit(entry: entry, score: floor))
            }
        }
    }

    /// The kind the question asks for that no section answers, to be named
    /// in the reply, when it asks only for such kinds ("how much does it
    /// cost"): the question is then declined, however well the subject
    /// matches. A personal decision (`refers`) comes first; otherwise the
    /// last asked is named, as what a question asks about follows its frame
    /// ("do you provide | financing?"). Kinds that do not decline (`decline:
    /// no`) are matched as usual when they are all that is asked.
    ///
    /// A personal decision asked comes first, whatever else is asked with it.
    ///
    /// A kind asked in one word of its own that the best answer has itself
    /// ("is IV well researched": its passage says "the most researched") is
    /// answered by it; a phrase is not ("how long", "work after" are words
    /// any passage may have), nor is a personal decision.
    func unansweredKind(asked: AskedKinds, answerable: Set<Int>, bestWords: [Bool]) -> QuestionKind? {
        // A personal decision asked goes to the care team whatever else is
        // asked with it ("what conditions would keep me from having it").
        if let personal = asked.kinds.first(where: { kindFinder.kinds[$0].refers && !answeredKinds.contains($0) }) {
            return kindFinder.kinds[personal]
        }
        guard !asked.kinds.isEmpty, answerable.isEmpty else { return nil }
        let unanswered = asked.kinds.indices.filter { index in
            let cueTerms = asked.cueTerms[index]
            return kindFinder.kinds[asked.kinds[index]].refers || asked.cueLengths[index] != 1 || cueTerms.count != 1
                || !bestWords[safe: cueTerms[0]]
        }.map { kindFinder.kinds[asked.kinds[$0]] }
        guard unanswered.count == asked.kinds.count, unanswered.contains(where: { $0.declines || $0.refers }) else { return nil }
        return unanswered.first(where: \.refers) ?? unanswered.last(where: \.declines)
    }

    /// What the knowledge base has that bears on a kind it does not answer
    /// (`see:` in the kinds file: who should not have it → the risks): a
    /// whole top-level section answering the first such kind some section
    /// answers, the best-ranked of the match's candidates if one is, so "who
    /// should not have the infusions" shows the risks, not a form.
    public func bearing(on kind: QuestionKind, in match: Match) -> (intent: Intent, kind: QuestionKind)? {
        let ids = kind.see.compactMap { id in kindFinder.kinds.firstIndex { $0.id == id } }
        guard let seen = ids.first(where: { sectionsByKind[$0] != nil }), let entries = sectionsByKind[seen] else { return nil }
        let general = entries.map { intents[$0] }.filter(Self.isGeneral)
        let choices = general.isEmpty ? entries.map { intents[$0] } : general
        let best = match.candidates.map(\.intent).first(where: choices.contains) ?? choices.first
        return best.map { ($0, kindFinder.kinds[seen]) }
    }

    /// Whether an intent is a whole top-level section (`risks`, not
    /// `forms.nasal-spray` nor an item): only such a section speaks for the
    /// therapy in general, so only it answers in general for a subject.
    static func isGeneral(_ intent: Intent) -> Bool {
        intent.passage == nil && !intent.id.contains(".")
    }

    /// Whether two intents are different children of one parent
    /// (`forms.iv-infusion` and `forms.nasal-spray`).
    static func areSiblings(_ first: Intent, _ second: Intent) -> Bool {
        guard first.id != second.id, !first.isRelated(to: second) else { return false }
        func parent(_ id: String) -> Substring? { id.lastIndex(of: ".").map { id[..<$0] } }
        guard let one = parent(first.id), let other = parent(second.id) else { return false }
        return one == other
    }
}

extension Array where Element == Bool {
    /// The value at `index`, false outside the array.
    subscript(safe index: Int) -> Bool { indices.contains(index) ? self[index] : false }
}
