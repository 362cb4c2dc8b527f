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

    /// What is asked outweighs what it is asked about: the candidates that
    /// answer the question's main kind (the first asked that some section
    /// answers) rank higher, those answering another kind asked a little.
    /// An entry that answers no kind asked does not explain the words that
    /// ask, even if it has them ("will it work" and a description of how it
    /// is given, "work" and all).
    ///
    /// When the subject is well identified (another entry covers the question
    /// enough) but has no section of the kind asked, the section that answers
    /// the kind in general answers it, and says so: the subject's words count
    /// as explained ("the risks of infusions" → the risks of the therapy, not
    /// the infusion's description). Only a top-level section answers in
    /// general, and not when the kind is asked of the subject itself ("the
    /// types of OCD" are not the forms of the therapy); a sibling of the
    /// subject (another form, when the question is about IV infusion) is
    /// about something else and gets neither.
    ///
    /// - Returns: for each candidate answering in general, its subject.
    func preferAskedKind(
        _ scored: inout [RankedCandidate], terms: [String], ids: [InvertedIndex.TermID?], asked: AskedKinds, answerable: Set<Int>, weights: WordWeights
    ) -> [Intent: Intent] {
        guard let main = asked.kinds.first(where: answerable.contains) else { return [:] }
        var generalFor: [Intent: Intent] = [:]
        // The subject: the best entry that does not answer the main kind.
        // Only things other kinds are asked of (forms, conditions: `subjects:
        // yes` in the kinds file) are subjects; where the file marks none, any entry.
        let subjectKinds = Set(kindFinder.kinds.indices.filter { kindFinder.kinds[$0].namesSubjects })
        let subjects = scored.filter {
            !$0.candidate.intent.isNotCovered && !kindsByEntry[$0.entry].contains(main)
                && (subjectKinds.isEmpty || !kindsByEntry[$0.entry].isDisjoint(with: subjectKinds))
        }
        let subject = subjects.max { $0.rank < $1.rank }
        // The words some entry that does not answer the kind explains: the
        // things the question is asked about ("the side effects | of Spravato",
        // "safe | for OCD | infusions"), each known to the knowledge base.
        // Words that ask for a kind are not what it is asked about.
        // Nor is a word an answer of the kind explains ("brain healing" among
        // the benefits): that answer names it, nothing is borrowed for it.
        let cueWords = Set(asked.cueTerms.joined())
        let answerers = scored.filter { kindsByEntry[$0.entry].contains(main) }
        // A subject is named by its heading (or an item by its own words): a
        // word that only turns up in another passage's text ("two hours") is
        // no subject of the question, unless that passage covers the question
        // well by itself.
        let subjectWords = terms.indices.map { word in
            !weights.isSubject[word] && !cueWords.contains(word)
                && subjects.contains {
                    $0.matchedWords[safe: word]
                        && ($0.candidate.coverage >= configuration.threshold
                            || isNamed($0.entry, by: terms[word], id: ids[word]))
                }
                && !answerers.contains { $0.matchedWords[safe: word] }
        }
        // Borrowing is for a subject the answers of the kind do not name: when
        // one of them covers the question as well by itself, none is needed.
        let ownBest = scored.filter { candidate in
            let intent = candidate.candidate.intent
            return kindsByEntry[candidate.entry].contains(main)
                && !(subject.map { Self.areSiblings($0.candidate.intent, intent) } ?? false)
        }.map(\.candidate.coverage).max() ?? 0
        // What the main kind is asked of: when the subject is that ("the types
        // of OCD", "what does relief feel like"), the therapy's general
        // section does not answer it.
        let mainObject = asked.kinds.indices.filter { asked.kinds[$0] == main }
            .flatMap { asked.askedOfItself($0, isSubject: weights.isSubject) }
        // Asked of a thing that is not part of the therapy ("the types of
        // OCD"): an answer of the kind that does not name it is about the
        // therapy, so no answer to it.
        let askedOfThing = mainObject.contains { word in
            subjectWords[safe: word] && subjects.contains {
                $0.matchedWords[safe: word] && !isPart($0) && isNamed($0.entry, by: terms[word], id: ids[word])
            }
        }
        let askingWords = Set(zip(asked.kinds, asked.cueTerms).filter { answerable.contains($0.0) }.flatMap(\.1))
        for index in scored.indices {
            let intent = scored[index].candidate.intent
            guard !intent.isNotCovered else { continue }
            let entry = scored[index].entry
            var answers = kindsByEntry[entry].intersection(answerable)
            if askedOfThing, !mainObject.contains(where: { scored[index].matchedWords[safe: $0] }) { answers.remove(main) }
            var matched = scored[index].matchedWords
            var factor = configuration.askedKindFactor
            if answers.isEmpty {
                for word in askingWords where word < matched.count { matched[word] = false }
                factor = 1
            } else {
                if let subject, Self.areSiblings(subject.candidate.intent, intent) { continue }
                if !answers.contains(main) { factor = configuration.otherAskedKindFactor }
                if let subject, Self.isGeneral(intent),
                    isPart(subject) || !mainObject.contains(where: { subjectWords[safe: $0] }),
                    !subject.candidate.intent.isRelated(to: intent)
                {
                    var borrowing = matched
                    for word in borrowing.indices where subjectWords[word] { borrowing[word] = true }
                    if borrowing != matched, weights.coverage(borrowing) > ownBest {
                        matched = borrowing
                        generalFor[intent] = subject.candidate.intent
                        // It answers the pair the subject's own entry was found by.
                        scored[index].candidate.score += subject.candidate.score * configuration.generalAnswerScoreShare
                    }
                }
            }
            if weights.total > 0 { scored[index].candidate.coverage = weights.coverage(matched) }
            scored[index].rank = rank(scored[index].candidate) * scored[index].factor * factor
        }
        return generalFor
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

    /// Whether a word of the question names an entry: a section by its
    /// heading, an item by its own words (its text, keywords and example
    /// questions), not by a word its text has in passing.
    func isNamed(_ entry: Int, by term: String, id: InvertedIndex.TermID?) -> Bool {
        if intents[entry].passage != nil, let id { return Self.sortedContains(ownTerms[entry], id) }
        return topicTermsByEntry[entry].contains(term)
    }

    /// Whether an entry is a part of the treatment itself (its section
    /// answers a `subjects: part` kind: a form), of which anything asked is
    /// answered in general.
    func isPart(_ candidate: RankedCandidate) -> Bool {
        kindsByEntry[candidate.entry].contains { kindFinder.kinds[$0].namesParts }
    }

    /// The main kind asked of a subject whose section does not answer it,
    /// when no section answers it in general ("does it help addiction":
    /// addiction is named only among the risks): declined by name rather
    /// than answered with a passage about that subject that says something
    /// else. Only where some section answers the kind, so a knowledge base
    /// that never says what its sections answer is matched as before.
    func kindAskedOfOther(
        best: RankedCandidate?, terms: [String], ids: [InvertedIndex.TermID?], asked: AskedKinds, answerable: Set<Int>, isSubject: [Bool],
        generalFor: [Intent: Intent]
    ) -> QuestionKind? {
        guard let best, !best.answersAsked, generalFor[best.candidate.intent] == nil,
            let index = asked.kinds.firstIndex(where: answerable.contains)
        else { return nil }
        // Asked of what the best entry is about (its heading, an item's own
        // words), not of a word its text has in passing.
        let object = asked.askedOf(index, isSubject: isSubject)
        guard !object.isEmpty, object.allSatisfy({ best.matchedWords[safe: $0] && isNamed(best.entry, by: terms[$0], id: ids[$0]) })
        else { return nil }
        return kindFinder.kinds[asked.kinds[index]]
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
