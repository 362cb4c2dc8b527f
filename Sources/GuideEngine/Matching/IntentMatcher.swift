import Foundation

/// Turns a question into the knowledge-base intent it asks about, with a
/// confidence that says how much of the question the intent covers.
///
/// Each intent (a section, or a passage with its own id) is indexed as one
/// entry whose fields are its heading, keywords, example questions and text.
/// A question is analysed, its misspellings corrected against the knowledge
/// base's vocabulary and its synonyms added, then scored with BM25. The
/// confidence is the share of the question's content (weighted by how rare
/// each word is) that the best intent explains: a question about cost that
/// merely mentions the subject scores low, however well the subject matches.
public final class IntentMatcher: Sendable {
    public let knowledgeBase: KnowledgeBase
    public let configuration: MatcherConfiguration
    public let analyzer: Analyzer
    public let intents: [Intent]
    let index: InvertedIndex
    let synonyms: SynonymTable
    let corrector: TypoCorrector
    /// The same over the stop words: a misspelt filler word ("acutally") is
    /// dropped like the word meant, not counted as an unknown word.
    let stopWordCorrector: TypoCorrector
    /// What a word the knowledge base has never seen weighs in the confidence.
    let unknownWordIDF: Double
    /// Intent id → entry of the index.
    let entryByID: [String: Int]
    /// Per entry, the terms a passage intent has of its own (not inherited
    /// from its section); empty for sections.
    let ownTerms: [[InvertedIndex.TermID]]  // sorted
    /// Per entry, its topic terms (see `topicTerms(of:)`).
    let topicTermsByEntry: [[String]]
    /// The knowledge base's main subject (`subject:` in guide.conf): it says little about
    /// which intent a question wants, so it weighs little in the confidence.
    let subjectTerms: Set<String>
    /// The words that find a question's focus (`GuideSettings.focusWords`).
    let focusWords: FocusWords
    /// The language's words (the embedding table's vocabulary): an unknown
    /// verb that is no word of the language is a misspelling, not a focus.
    let languageWords: StaticEmbeddings?
    /// Its question words (`question-word:`), which weigh like the subject.
    let questionWordTerms: Set<String>
    /// Example questions (`ask:` lines, as folded words) → the one intent
    /// that has them; a question asked exactly as written is that intent's.
    let exampleQuestions: [String: Intent]
    /// The not-covered topics' keywords (not-covered.txt) as analysed terms:
    /// one-word keywords, and phrases (which mark a topic only as a whole).
    let uncoveredWords: Set<String>
    /// Phrase keywords by their first word.
    let uncoveredPhrases: [String: [[String]]]
    /// Finds what a question asks for (its kinds: side effects, cost…).
    let kindFinder: QuestionKindFinder
    /// Per entry, the kinds of question its section answers (indices into
    /// `kindFinder.kinds`): declared with `> answers:`, or read off its heading.
    let kindsByEntry: [Set<Int>]
    /// The kinds some section answers; a question asking only for others is
    /// declined by name.
    let answeredKinds: Set<Int>
    /// Kind → the section entries that answer it.
    let sectionsByKind: [Int: [Int]]

    public convenience init(knowledgeBase: KnowledgeBase, configuration: MatcherConfiguration = MatcherConfiguration()) {
        self.init(knowledgeBase: knowledgeBase, configuration: configuration, cached: nil)
    }

    /// With `cached`, the index read from an index cache instead of built.
    init(knowledgeBase: KnowledgeBase, configuration: MatcherConfiguration, cached: MatcherIndex?) {
        self.knowledgeBase = knowledgeBase
        self.configuration = configuration
        let plainAnalyzer = knowledgeBase.analyzer
        let built = cached ?? MatcherIndex.build(knowledgeBase: knowledgeBase, configuration: configuration, analyzer: plainAnalyzer)
        let analyzer = plainAnalyzer.knowing(built.stems)
        self.analyzer = analyzer
        self.index = built.index
        self.intents = built.intents
        self.ownTerms = built.ownTerms.map { $0.sorted() }
        self.topicTermsByEntry = built.topicTerms
        self.entryByID = Dictionary(intents.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.synonyms = SynonymTable(groups: configuration.useSynonyms ? knowledgeBase.synonyms : [], analyzer: analyzer)
        self.corrector = TypoCorrector(vocabulary: built.vocabulary)
        self.stopWordCorrector = TypoCorrector(vocabulary: Dictionary(knowledgeBase.stopWords.map { ($0, 1) }, uniquingKeysWith: +))
        self.unknownWordIDF = configuration.unknownWordWeight
        self.subjectTerms = Set(knowledgeBase.settings.subject.flatMap(analyzer.terms))
        self.questionWordTerms = Set(knowledgeBase.settings.questionWords.flatMap(analyzer.terms))
        self.focusWords = knowledgeBase.settings.focusWords
        self.languageWords = knowledgeBase.embeddings
        self.exampleQuestions = configuration.useExampleQuestions ? Self.exampleQuestions(of: intents, in: knowledgeBase) : [:]
        let uncovered = knowledgeBase.notCovered.keywords.map(analyzer.terms).filter { !$0.isEmpty }
        self.uncoveredWords = Set(uncovered.filter { $0.count == 1 }.joined())
        self.uncoveredPhrases = Dictionary(grouping: uncovered.filter { $0.count > 1 }, by: { $0[0] })
        let finder = QuestionKindFinder(
            kinds: configuration.useQuestionKinds ? knowledgeBase.questionKinds : [], analyzer: analyzer, subjectTerms: subjectTerms)
        self.kindFinder = finder
        self.kindsByEntry = Self.kindsByEntry(intents, in: knowledgeBase, finder: finder, analyzer: analyzer)
        self.answeredKinds = kindsByEntry.reduce(into: Set<Int>()) { $0.formUnion($1) }
        var sectionsByKind: [Int: [Int]] = [:]
        for (entry, kinds) in kindsByEntry.enumerated() where intents[entry].passage == nil {
            for kind in kinds { sectionsByKind[kind, default: []].append(entry) }
        }
        self.sectionsByKind = sectionsByKind
    }

    /// The intent with this id, if the knowledge base has it.
    public func intent(id: String) -> Intent? {
        entryByID[id].map { intents[$0] }.flatMap { $0.isNotCovered ? nil : $0 }
    }

    /// Words of the knowledge base, for completion and spelling.
    public func isKnownWord(_ word: String) -> Bool { corrector.isKnown(word) }

    /// The knowledge base's words (folded, without stop words), sorted.
    public var vocabulary: [String] { corrector.vocabulary }

    /// Matches `question`; `contextTerms` (analysed terms of the conversation's
    /// topic) help a short follow-up find what "it" refers to.
    public func match(_ question: String, contextTerms: [String] = []) -> Match {
        var memo = WordMemo()
        return match(question, contextTerms: contextTerms, memo: &memo)
    }

    /// The same, remembering each word's analysis in the thread's `memo`.
    public func match(_ question: String, contextTerms: [String] = [], memo: inout WordMemo) -> Match {
        var corrections: [(from: String, to: String)] = []
        var unknown: [String] = []
        var terms: [String] = []
        let words = memo.tokens(of: question).map(\.term)
        // Per word, its stem for the cues of kinds and the term it became (nil: a stop word).
        var cueWords: [QuestionKindFinder.Word] = []
        var termOfWord: [Int?] = []
        for word in words {
            let analysed = memo.analysis(of: word) { analyse(word) }
            cueWords.append(analysed.cue)
            guard let stem = analysed.term else {
                termOfWord.append(nil)
                continue
            }
            if let fixed = analysed.correction { corrections.append((word, fixed)) }
            if analysed.isUnknown { unknown.append(word) }
            termOfWord.append(terms.count)
            terms.append(stem)
            if let second = analysed.secondTerm { terms.append(second) }
        }
        var asked = AskedKinds()
        for found in kindFinder.find(cueWords) {
            asked.kinds.append(found.kind)
            asked.kindIDs.append(kindFinder.kinds[found.kind].id)
            asked.cueTerms.append(found.ownWords.compactMap { termOfWord[$0] })
            asked.gapTerms.append(found.gapWords.compactMap { termOfWord[$0] })
            let following = found.followingWords(count: words.count).prefix { !focusWords.clauseStarts.contains(words[$0]) }
            asked.followingTerms.append(Array(following.compactMap { termOfWord[$0] }.prefix(1)))
            asked.nextTerms.append(following.prefix(1).compactMap { termOfWord[$0] })
            asked.cueLengths.append(found.literalWords)
        }
        var match = score(terms: terms, corrections: corrections, unknown: unknown, contextTerms: contextTerms, asked: asked)
        if let focus = unknownFocus(words, memo: &memo) { match.decline(forFocus: focus) }
        // Asked exactly as an example question: the author has already said
        // which intent it is, however close the scores of others.
        if !exampleQuestions.isEmpty, let intent = exampleQuestions[words.joined(separator: " ")] {
            match.isNotCovered = intent.isNotCovered
            match.intent = intent.isNotCovered ? nil : intent
            match.confidence = 1
            match.alternative = nil
            match.unansweredKind = nil
            match.generalFor = nil
            // The candidates, best first, start with it too.
            if !intent.isNotCovered, let index = match.candidates.firstIndex(where: { $0.intent == intent }) {
                match.candidates.insert(match.candidates.remove(at: index), at: 0)
            }
        }
        return match
    }

    /// One word of a question: its index term (nil for a stop word), the
    /// known word it was corrected to, or whether it is unknown.
    func analyse(_ word: String) -> WordMemo.Analysis {
        var analysis = analyseTerm(word)
        let cueWord = analysis.correction.flatMap { $0.contains(" ") ? nil : $0 } ?? word
        analysis.cue = QuestionKindFinder.Word(folded: cueWord, stem: analyzer.stem(cueWord))
        return analysis
    }

    private func analyseTerm(_ word: String) -> WordMemo.Analysis {
        guard !analyzer.isStopWord(word) else { return WordMemo.Analysis(term: nil, correction: nil, isUnknown: false) }
        let stem = analyzer.stem(word)
        guard !index.contains(stem) && !corrector.isKnown(word) else {
            return WordMemo.Analysis(term: stem, correction: nil, isUnknown: false)
        }
        if configuration.useTypoCorrection, let fixed = corrector.correction(for: word) {
            return WordMemo.Analysis(term: analyzer.stem(fixed), correction: fixed, isUnknown: false)
        }
        if configuration.useTypoCorrection, let (first, second) = corrector.split(word) {
            return WordMemo.Analysis(
                term: analyzer.stem(first), correction: first + " " + second, isUnknown: false, secondTerm: analyzer.stem(second))
        }
        // Six letters or more: "known" is a word of its own, not a misspelt "know".
        if configuration.useTypoCorrection, word.count >= 6, let filler = stopWordCorrector.correction(for: word) {
            return WordMemo.Analysis(term: nil, correction: filler, isUnknown: false)
        }
        return WordMemo.Analysis(term: stem, correction: nil, isUnknown: true)
    }

    /// The same question as `plain` (a match of it without context), matched
    /// again with `contextTerms`: its words are not analysed or corrected twice.
    public func match(again plain: Match, contextTerms: [String]) -> Match {
        var match = score(
            terms: plain.terms, corrections: plain.corrections, unknown: plain.unknownWords, contextTerms: contextTerms,
            asked: plain.asked)
        if let focus = plain.unknownFocus { match.decline(forFocus: focus) }
        return match
    }

    private func score(
        terms: [String], corrections: [(from: String, to: String)], unknown: [String], contextTerms: [String],
        asked: AskedKinds
    ) -> Match {
        // Query terms as index ids (nil: no entry has it), with their weight
        // and the word of the question each stands for (-1: none).
        let termIDs = terms.map { index.wordID($0) }
        var query = termIDs.enumerated().map { InvertedIndex.WeightedTerm(id: $0.element, weight: 1, origin: $0.offset) }
        // Adjacent words also count as a phrase ("blood pressure"): a bonus, not coverage.
        if configuration.phraseWeight > 0 {
            for id in phraseIDs(termIDs) {
                query.append(InvertedIndex.WeightedTerm(id: id, weight: configuration.phraseWeight))
            }
        }
        for expansion in synonyms.expansions(of: terms) {
            // A phrase synonym counts only as the phrase, so "low mood" does not match "mood regulation".
            let ids = expansion.terms.map { index.wordID($0) }
            for id in ids.count > 1 ? phraseIDs(ids) : ids {
                query.append(InvertedIndex.WeightedTerm(
                    id: id, weight: configuration.synonymWeight, origin: expansion.range.lowerBound, width: expansion.range.count))
            }
        }
        let usedContext = configuration.useConversationContext ? contextTerms.filter { !terms.contains($0) } : []
        for term in usedContext {
            query.append(InvertedIndex.WeightedTerm(id: index.wordID(term), weight: configuration.contextWeight))
        }

        let isSubject = terms.map { subjectTerms.contains($0) }
        let answerable = Set(asked.kinds).intersection(answeredKinds)
        // A kind none answers, asked of one some section answers ("how long |
        // the side effects | last"), is said by name before the answer: the
        // words that ask it are not held against the answer. Asked the other
        // way round ("does it help | drinking") the question is about what
        // is not covered, and is declined as before.
        let namedGap = answerable.isEmpty ? nil : asked.kinds.indices.first { index in
            let kind = asked.kinds[index]
            return !answeredKinds.contains(kind) && kindFinder.kinds[kind].declines && !kindFinder.kinds[kind].refers
                && asked.kinds.indices.contains { other in
                    answerable.contains(asked.kinds[other]) && !asked.cueTerms[other].isEmpty
                        && asked.cueTerms[other].allSatisfy(asked.gapTerms[index].contains)
                }
        }
        let namedGapWords = Set(namedGap.map { asked.cueTerms[$0] } ?? [])
        let weights = WordWeights(
            weights: termIDs.indices.map { word -> Double in
                if namedGapWords.contains(word) { return 0 }
                if isSubject[word] { return configuration.subjectWeight }
                guard let id = termIDs[word], index.documentFrequency(id) > 0 else { return unknownWordIDF }
                return max(index.idf(id), configuration.minimumWordWeight)
            },
            isSubject: isSubject)
        var hits = index.search(query, limit: configuration.candidateLimit)
        let found = hits.count
        addKindAnswerers(to: &hits, answerable: answerable)
        var scored: [RankedCandidate] = hits.enumerated().map { position, hit in
            var matched = [Bool](repeating: false, count: terms.count)
            // A section that answers what is asked explains the words that ask it.
            // (Most questions ask for no kind a section answers: no set is made for them.)
            let answered = answerable.isEmpty ? [] : kindsByEntry[hit.entry].intersection(answerable)
            for (kind, cueTerms) in zip(asked.kinds, asked.cueTerms) where answered.contains(kind) {
                for position in cueTerms where position < matched.count { matched[position] = true }
            }
            var namesItself = false
            for queryTerm in query where queryTerm.origin >= 0 {
                guard let id = queryTerm.id, index.frequency(of: id, in: hit.entry) > 0 else { continue }
                for word in queryTerm.origin..<(queryTerm.origin + queryTerm.width) where word < matched.count {
                    matched[word] = true
                    if !isSubject[word] && Self.sortedContains(ownTerms[hit.entry], id) { namesItself = true }
                }
            }
            let coverage = weights.total > 0
                ? weights.coverage(matched) : (usedContext.isEmpty ? 0 : configuration.contextOnlyCoverage)
            let candidate = Match.Candidate(intent: intents[hit.entry], score: hit.score, coverage: coverage)
            // An item must be named by the question itself, not only through its section's words.
            let isItem = candidate.intent.passage != nil
            let factor = isItem && !namesItself ? configuration.unnamedItemFactor : 1
            return RankedCandidate(
                candidate: candidate, rank: rank(candidate) * factor, matchedWords: matched, factor: factor,
                answersAsked: !answered.isEmpty, isKindOnly: position >= found, entry: hit.entry)
        }
        let generalFor = preferAskedKind(
            &scored, terms: terms, ids: termIDs, asked: asked, answerable: answerable, weights: weights)
        // A broad question that fits a section as well as one of its items gets the section.
        for index in scored.indices where scored[index].candidate.intent.passage != nil {
            let item = scored[index].candidate
            if scored.contains(where: {
                $0.candidate.intent.passage == nil && $0.candidate.intent.isRelated(to: item.intent)
                    && $0.candidate.coverage >= item.coverage
                    && $0.candidate.score >= configuration.sectionScoreShare * item.score
            }) {
                scored[index].rank *= configuration.broadSectionFactor
            }
        }
        scored.sort { $0.rank > $1.rank }
        var candidates = scored.map(\.candidate)

        var isNotCovered = candidates.first?.intent.isNotCovered ?? false
        if !isNotCovered {
            isNotCovered = isHalfCovered(
                scored, terms: terms, ids: termIDs, weights: weights,
                asked: asked, answerable: answerable)
        }
        candidates.removeAll { $0.intent.isNotCovered }
        let bestCandidate = scored.first(where: { !$0.candidate.intent.isNotCovered })
        let unansweredKind = unansweredKind(
            asked: asked, answerable: answerable, bestWords: bestCandidate?.matchedWords ?? [])
            ?? kindAskedOfOther(best: bestCandidate, terms: terms, ids: termIDs, asked: asked, answerable: answerable, isSubject: isSubject, generalFor: generalFor)
        if unansweredKind != nil { isNotCovered = true }
        let best = candidates.first
        let confidence = best.map { min(1, max(0, $0.coverage)) } ?? 0
        let chosen = confidence >= configuration.threshold && !isNotCovered ? best?.intent : nil
        let chosenRanked = chosen.flatMap { chosen in scored.first { $0.candidate.intent == chosen } }
        let alternative = chosenRanked.flatMap { otherReading(of: $0, in: scored, asked: asked, answerable: answerable) }
        var matchedTerms: [String] = []
        if let best, let entry = entryByID[best.intent.id] {
            for (term, id) in zip(terms, termIDs) where id.map({ index.frequency(of: $0, in: entry) > 0 }) ?? false {
                matchedTerms.append(term)
            }
        }
        var match = Match(
            intent: chosen, confidence: (confidence * 100).rounded() / 100, candidates: candidates, terms: terms,
            matchedTerms: matchedTerms, corrections: corrections, unknownWords: unknown, contextTerms: usedContext,
            isNotCovered: isNotCovered, alternative: alternative, unansweredKind: unansweredKind, generalFor: chosen.flatMap { generalFor[$0] }, asked: asked)
        if match.intent != nil { match.alsoAsked = namedGap.map { kindFinder.kinds[asked.kinds[$0]] } }
        if let first = chosenRanked {
            match.alsoAnswer = mainKindAnswer(beside: first, in: scored, asked: asked, answerable: answerable)
        }
        match.namesOnlySubject = !terms.isEmpty && isSubject.allSatisfy { $0 } && unknown.isEmpty && asked.kinds.isEmpty
            && !terms.contains(where: questionWordTerms.contains)
            && usedContext.isEmpty
        return match
    }

    /// Half covered: when words that mark an uncovered topic ("cost", "relief
    /// last") carry a real share of the question and the best answer does not
    /// explain them, the question is about that topic, not about the answer.
    /// The share is of what the question is about: the words that ask for a
    /// kind some section answers ("advantages") are not its topic.
    private func isHalfCovered(
        _ scored: [RankedCandidate], terms: [String], ids: [InvertedIndex.TermID?], weights: WordWeights, asked: AskedKinds,
        answerable: Set<Int>
    ) -> Bool {
        let total = weights.total
        guard total > 0, let uncovered = scored.first(where: { $0.candidate.intent.isNotCovered }),
            let answer = scored.first(where: { !$0.candidate.intent.isNotCovered })
        else { return false }
        let markers = uncoveredMarkers(terms, ids: ids)
        let unexplained = weights.weights.indices.filter { uncovered.matchedWords[$0] && !answer.matchedWords[$0] && markers[$0] }
        let askingWeight = Set(zip(asked.kinds, asked.cueTerms).filter { answerable.contains($0.0) }.flatMap(\.1))
            .reduce(0.0) { $0 + ($1 < weights.weights.count ? weights.weights[$1] : 0) }
        let topicWeight = max(total - askingWeight, .leastNonzeroMagnitude)
        return unexplained.reduce(0.0) { $0 + weights.weights[$1] } / topicWeight >= configuration.uncoveredShare
    }

    /// Per word of the question, whether it marks an uncovered topic: a
    /// one-word keyword of not-covered.txt ("cost"), a word of a phrase keyword
    /// that the question has whole ("each session"), or a word no covered
    /// intent uses. A common word that only happens to be in a not-covered
    /// example question ("take", "up"), or in a phrase the question does not
    /// have ("infusion" of "each infusion"), does not.
    private func uncoveredMarkers(_ terms: [String], ids: [InvertedIndex.TermID?]) -> [Bool] {
        zip(uncoveredTopicWords(terms), ids).map { topic, id in topic || (id.map { index.documentFrequency($0) <= 1 } ?? false) }
    }

    /// Whether analysed `terms` name a topic not-covered.txt lists.
    func namesUncoveredTopic(_ terms: [String]) -> Bool {
        uncoveredTopicWords(terms).contains(true)
    }

    /// Per term, whether it names a topic of not-covered.txt: a one-word
    /// keyword, or a word of a phrase keyword the terms have whole.
    private func uncoveredTopicWords(_ terms: [String]) -> [Bool] {
        var marked = terms.map(uncoveredWords.contains)
        for start in terms.indices {
            for phrase in uncoveredPhrases[terms[start]] ?? [] where start + phrase.count <= terms.count {
                if terms[start..<(start + phrase.count)].elementsEqual(phrase) {
                    for word in start..<(start + phrase.count) { marked[word] = true }
                }
            }
        }
        return marked
    }

    static func sortedContains(_ sorted: [InvertedIndex.TermID], _ id: InvertedIndex.TermID) -> Bool {
        var low = 0
        var high = sorted.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if sorted[middle] == id { return true }
            if sorted[middle] < id { low = middle + 1 } else { high = middle - 1 }
        }
        return false
    }

    /// The ids of the phrases of adjacent words.
    private func phraseIDs(_ ids: [InvertedIndex.TermID?]) -> [InvertedIndex.TermID?] {
        guard ids.count > 1 else { return [] }
        return (1..<ids.count).map { index.phraseID(ids[$0 - 1], ids[$0]) }
    }

    struct RankedCandidate {
        var candidate: Match.Candidate
        var rank: Double
        /// Per word of the question, whether this candidate has it.
        var matchedWords: [Bool]
        /// What its rank was multiplied by (an item the question does not name).
        var factor: Double = 1
        /// Whether its section answers a kind the question asks for.
        var answersAsked = false
        /// Whether it is a candidate only for answering the kind asked (no
        /// word of the question found it): never the other reading to offer.
        var isKindOnly = false
        /// Its entry in the index.
        var entry = 0
    }

    func rank(_ candidate: Match.Candidate) -> Double {
        candidate.score * (configuration.coverageRankBase + candidate.coverage)
    }

    /// The section that holds all of `intents` (for "IV or nasal spray?",
    /// the section on forms), when one intent id is a common prefix of all.
    public func commonParent(of intents: [Intent]) -> Intent? {
        let ids = intents.map { $0.id.split(separator: ".").map(String.init) }
        guard var prefix = ids.first else { return nil }
        for id in ids.dropFirst() {
            prefix = Array(zip(prefix, id).prefix { $0.0 == $0.1 }.map(\.0))
        }
        while !prefix.isEmpty {
            if let parent = intent(id: prefix.joined(separator: ".")) { return parent }
            prefix.removeLast()
        }
        return nil
    }

    /// The analysed terms that describe an intent: its heading (a section)
    /// or its text and first keywords (an item), lent to a follow-up question.
    public func topicTerms(of intent: Intent) -> [String] {
        entryByID[intent.id].map { topicTermsByEntry[$0] } ?? []
    }
}
