/// Looks at every message before anything else and catches crisis language,
/// emergencies and personal medical decisions, from phrases kept as data.
///
/// The screen errs towards safety: third persons count ("my friend wants to
/// die"), quotes count, a typo does not hide a phrase. Two things cancel a
/// phrase, each deliberately: a negation just before it ("I'm not suicidal"),
/// and, for phrases marked `about-me`, a sentence that is not about the reader
/// or is a question about the topic ("can ketamine lower suicidal ideation?").
public struct SafetyScreen: Sendable {
    public enum Finding: Sendable, Equatable {
        /// The message must be answered with the category's message.
        case flagged(Reply.Status, SafetyPattern)
        /// A sensitive topic asked about, not disclosed: answer, with a footnote.
        case sensitiveTopic(SafetyPattern)
    }

    /// One pattern, compiled: per position the accepted words (folded and
    /// stemmed), or nil for a gap of up to four words.
    struct CompiledPattern: Sendable {
        var status: Reply.Status
        var steps: [[Word]?]
        var startsWithNegation: Bool
        var source: SafetyPattern
    }

    struct Word: Sendable, Equatable {
        var text: String
        var stem: String
        /// Which comma-separated clause of its sentence the word is in.
        var clause = 0
    }

    let rules: SafetyRules
    let patterns: [CompiledPattern]
    private let stemmer = EnglishStemmer()
    private let tokenizer = Tokenizer()
    private let retractions: Set<String>
    /// Every word a pattern can start with, to skip hopeless starts quickly.
    private let firstWords: Set<String>
    /// Inputs with more words than this skip the one-typo matching (the exact
    /// matching still runs over every word), so a pasted megabyte stays fast.
    static let fuzzyWordLimit = 5000

    public init(rules: SafetyRules, analyzer: Analyzer) {
        self.rules = rules
        let tokenizer = Tokenizer()
        let stemmer = EnglishStemmer()
        var compiled: [CompiledPattern] = []
        for category in rules.categories {
            for pattern in category.patterns {
                let steps: [[Word]?] = pattern.text.split(separator: " ").map { part in
                    if part == "*" { return nil }
                    return part.split(separator: "|").flatMap { tokenizer.tokenize(String($0)).map(\.term) }
                        .map { Word(text: $0, stem: stemmer.stem($0)) }
                }
                let first = steps.first.flatMap { $0 }?.first?.text ?? ""
                compiled.append(
                    CompiledPattern(
                        status: category.status, steps: steps, startsWithNegation: rules.negations.contains(first),
                        source: pattern))
            }
        }
        self.patterns = compiled
        self.firstWords = Set(compiled.flatMap { ($0.steps.first ?? nil).map { $0.flatMap { [$0.text, $0.stem] } } ?? [] })
        self.retractions = Set(rules.retractions.map { tokenizer.tokenize($0).map(\.term).joined(separator: " ") })
    }

    /// What the screen finds in `text`, most urgent first; nil when nothing.
    public func screen(_ text: String) -> Finding? {
        let sentences = self.sentences(of: text)
        let totalWords = sentences.reduce(0) { $0 + $1.words.count }
        let allowTypos = totalWords <= Self.fuzzyWordLimit
        var topic: SafetyPattern?
        for status in [Reply.Status.crisis, .emergency, .referral] {
            for pattern in patterns where pattern.status == status {
                for sentence in sentences {
                    let words = sentence.words
                    guard let start = firstMatch(of: pattern, in: words, allowTypos: allowTypos) else { continue }
                    if !pattern.startsWithNegation && isNegated(words, before: start) { continue }
                    if status == .emergency && words.contains(where: { rules.historyMarkers.contains($0.text) }) { continue }
                    if pattern.source.needsFirstPerson && !isAboutReader(sentence) {
                        if status == .crisis && topic == nil { topic = pattern.source }
                        continue
                    }
                    return .flagged(status, pattern.source)
                }
            }
        }
        return topic.map { .sensitiveTopic($0) }
    }

    /// Whether `text` is a statement about the reader (not a question), used
    /// to add the symptom note to answers about known effects.
    public func isPersonalStatement(_ text: String) -> Bool {
        sentences(of: text).contains { sentence in
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

    private func sentences(of text: String) -> [Sentence] {
        var result: [Sentence] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            let end = rest.firstIndex { ".!?;\n".contains($0) } ?? rest.endIndex
            let piece = rest[..<end]
            let endsWithQuestionMark = end < rest.endIndex && rest[end] == "?"
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : ""
            var words: [Word] = []
            for (clause, part) in piece.split(separator: ",").enumerated() {
                words += tokenizer.tokenize(String(part)).map { Word(text: $0.term, stem: stemmer.stem($0.term), clause: clause) }
            }
            guard let first = words.first else { continue }
            result.append(Sentence(words: words, isQuestion: endsWithQuestionMark || rules.questionWords.contains(first.text)))
        }
        return result
    }

    /// The index of the first word where `pattern` matches, if anywhere.
    private func firstMatch(of pattern: CompiledPattern, in sentence: [Word], allowTypos: Bool) -> Int? {
        for start in sentence.indices {
            if !allowTypos && !firstWords.contains(sentence[start].stem) && !firstWords.contains(sentence[start].text) { continue }
            if matches(pattern.steps[...], sentence[start...], allowTypos: allowTypos) { return start }
        }
        return nil
    }

    private func matches(_ steps: ArraySlice<[Word]?>, _ words: ArraySlice<Word>, allowTypos: Bool) -> Bool {
        guard let step = steps.first else { return true }
        guard let alternatives = step else {
            // A gap: try zero to four words.
            for skip in 0...4 where skip <= words.count {
                if matches(steps.dropFirst(), words.dropFirst(skip), allowTypos: allowTypos) { return true }
            }
            return false
        }
        guard let word = words.first else { return false }
        guard alternatives.contains(where: { Self.same($0, word, allowTypos: allowTypos) }) else { return false }
        return matches(steps.dropFirst(), words.dropFirst(), allowTypos: allowTypos)
    }

    /// Equal stems, or (words of five letters or more, same first letter) one typo apart.
    static func same(_ expected: Word, _ word: Word, allowTypos: Bool) -> Bool {
        if expected.stem == word.stem || expected.text == word.text { return true }
        guard allowTypos, expected.text.utf8.count >= 5, word.text.utf8.count >= 4,
            expected.text.utf8.first == word.text.utf8.first
        else { return false }
        return TypoCorrector.distance(Array(expected.text.utf8), Array(word.text.utf8), limit: 1) <= 1
    }

    private func isNegated(_ sentence: [Word], before start: Int) -> Bool {
        let clause = sentence[start].clause
        return sentence[max(0, start - 3)..<start].contains { $0.clause == clause && rules.negations.contains($0.text) }
    }

    /// A sentence is about the reader when it has a first-person word, or
    /// when it is a bare statement ("feeling suicidal tonight"); a sentence
    /// with a topic marker ("curious", "studies") is a question about the topic.
    private func isAboutReader(_ sentence: Sentence) -> Bool {
        let words = sentence.words
        if words.contains(where: { rules.topicMarkers.contains($0.text) }) { return false }
        return words.contains { rules.firstPersonWords.contains($0.text) } || !sentence.isQuestion
    }
}
