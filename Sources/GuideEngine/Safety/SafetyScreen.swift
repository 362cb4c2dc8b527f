/// Looks at every message before anything else and catches crisis language,
/// emergencies and personal medical decisions, from phrases kept as data.
///
/// The screen errs towards safety: third persons count ("my friend wants to
/// die"), quotes count, a typo does not hide a phrase. Two things cancel a
/// phrase, each deliberately: a negation just before it ("I'm not …"),
/// and, for phrases marked `about-me`, a sentence that is not about the reader
/// or is a question about the topic ("can the treatment help with …?").
public final class SafetyScreen: Sendable {
    public enum Finding: Sendable, Equatable {
        /// The message must be answered with the category's message.
        case flagged(Reply.Status, SafetyPattern)
        /// A sensitive topic asked about, not disclosed: answer, with a footnote.
        case sensitiveTopic(SafetyPattern)
    }

    typealias Word = SafetyPhraseMatcher.Word

    let rules: SafetyRules
    let matcher: SafetyPhraseMatcher
    private let tokenizer = Tokenizer()
    private let retractions: Set<String>
    /// Inputs with more words than this skip the one-typo matching (the exact
    /// matching still runs over every word), so a pasted megabyte stays fast.
    static let fuzzyWordLimit = 5000

    public init(rules: SafetyRules, analyzer: Analyzer) {
        self.rules = rules
        self.matcher = SafetyPhraseMatcher(categories: rules.categories, negations: rules.negations, analyzer: analyzer)
        let tokenizer = Tokenizer()
        self.retractions = Set(rules.retractions.map { tokenizer.tokenize($0).map(\.term).joined(separator: " ") })
    }

    /// What the screen finds in `text`, most urgent first; nil when nothing.
    public func screen(_ text: String) -> Finding? {
        var memo = WordMemo()
        return screen(text, memo: &memo)
    }

    /// The same, remembering in `memo` which phrase words each word counts
    /// as, for the next messages of the same thread.
    public func screen(_ text: String, memo: inout WordMemo) -> Finding? {
        let sentences = self.sentences(of: text, matchingPhrases: true, memo: &memo)
        var topic: SafetyPattern?
        let candidates = matcher.candidatePhrases(in: sentences.map(\.words))
        let phrases = matcher.phrases
        for status in [Reply.Status.crisis, .emergency, .referral] {
            for candidate in candidates where phrases[candidate].status == status {
                let phrase = phrases[candidate]
                for sentence in sentences {
                    let words = sentence.words
                    guard let start = matcher.firstMatch(of: phrase, in: words) else { continue }
                    if !phrase.startsWithNegation && isNegated(words, before: start) { continue }
                    if status == .emergency && words.contains(where: { rules.historyMarkers.contains($0.text) }) { continue }
                    if phrase.source.needsFirstPerson && !isAboutReader(sentence) {
                        if status == .crisis && topic == nil { topic = phrase.source }
                        continue
                    }
                    return .flagged(status, phrase.source)
                }
            }
        }
        return topic.map { .sensitiveTopic($0) }
    }

    /// Whether `text` is a statement about the reader (not a question), used
    /// to add the symptom note to answers about known effects.
    public func isPersonalStatement(_ text: String) -> Bool {
        var memo = WordMemo()
        return sentences(of: text, matchingPhrases: false, memo: &memo).contains { sentence in
            !sentence.isQuestion && sentence.words.contains { rules.firstPersonWords.contains($0.text) }
        }
    }

    /// Whether `text` withdraws a message the screen flagged ("never mind").
    public func isRetraction(_ text: String) -> Bool {
        retractions.contains(tokenizer.tokenize(text).map(\.term).joined(separator: " "))
    }

    // MARK: - Matching

    /// A sentence's words, and whether it asks something.
    struct Sentence {
        var words: [Word]
        var isQuestion: Bool
    }

    /// The sentences of `text`; with `matchingPhrases`, each word also
    /// carries the phrase words it counts as (looked up once per distinct word).
    private func sentences(of text: String, matchingPhrases: Bool, memo: inout WordMemo) -> [Sentence] {
        var result: [Sentence] = []
        var wordCount = 0
        // One pass: the tokenizer's words, cut into sentences and clauses at
        // the punctuation found between them (words never hold punctuation).
        let breaks = SentenceBreaks.find(in: text)
        var nextBreak = 0
        var words: [Word] = []
        var clause = 0
        func closeSentence(isQuestion: Bool) {
            if !words.isEmpty {
                wordCount += words.count
                let first = words.first { !rules.openers.contains($0.text) } ?? words[0]
                result.append(Sentence(words: words, isQuestion: isQuestion || rules.questionWords.contains(first.text)))
            }
            words = []
            clause = 0
        }
        for token in memo.tokens(of: text) {
            while nextBreak < breaks.count, breaks[nextBreak].offset < token.start {
                switch breaks[nextBreak].mark {
                case .comma: if !words.isEmpty { clause += 1 }
                case .question: closeSentence(isQuestion: true)
                case .stop: closeSentence(isQuestion: false)
                }
                nextBreak += 1
            }
            words.append(Word(text: token.term, clause: clause, matches: []))
        }
        // The last words end at the next full stop or question mark, if any.
        closeSentence(isQuestion: breaks[nextBreak...].first { $0.mark != .comma }?.mark == .question)
        guard matchingPhrases else { return result }
        // A pasted wall of text skips the one-typo matching, so its words go
        // into a memo of their own, not the thread's.
        let allowTypos = wordCount <= Self.fuzzyWordLimit
        var pasteMemo = WordMemo()
        for sentence in result.indices {
            for word in result[sentence].words.indices {
                let text = result[sentence].words[word].text
                result[sentence].words[word].matches = allowTypos
                    ? memo.safetyMatches(of: text) { matcher.matches(of: text, allowTypos: true) }
                    : pasteMemo.safetyMatches(of: text) { matcher.matches(of: text, allowTypos: false) }
            }
        }
        return result
    }

    private func isNegated(_ sentence: [Word], before start: Int) -> Bool {
        let clause = sentence[start].clause
        return sentence[max(0, start - 3)..<start].contains { $0.clause == clause && rules.negations.contains($0.text) }
    }

    /// A sentence is about the reader when it has a first-person word, or
    /// when it is a bare statement with no subject ("feeling … tonight"); a sentence
    /// with a topic marker ("curious", "studies") is a question about the topic.
    private func isAboutReader(_ sentence: Sentence) -> Bool {
        let words = sentence.words
        if words.contains(where: { rules.topicMarkers.contains($0.text) }) { return false }
        return words.contains { rules.firstPersonWords.contains($0.text) } || !sentence.isQuestion
    }
}
