/// The safety file's phrases compiled for speed: every word a phrase can
/// contain gets a number, each word of a message is looked up once (exact
/// word, same stem, or one typo away), and only the phrases that can start at
/// some word of the message are tried.
///
/// The screen runs on every message before anything else, so it must cost
/// microseconds, not a string comparison per phrase per word.
final class SafetyPhraseMatcher: Sendable {
    /// One phrase: per step the accepted word numbers, or nil for a gap of
    /// up to `maximumGap` words.
    struct Phrase: Sendable {
        var status: Reply.Status
        var steps: [[Int]?]
        var startsWithNegation: Bool
        var source: SafetyPattern
    }

    /// A word of a message, with the phrase words it counts as.
    struct Word: Sendable {
        var text: String
        /// Which comma-separated clause of its sentence the word is in.
        var clause: Int
        /// Numbers of the phrase words this word matches, sorted.
        var matches: [Int]
    }

    static let maximumGap = 4

    let phrases: [Phrase]
    /// Phrase word → number.
    private let numbers: [String: Int]
    /// Stem → numbers of the phrase words with that stem.
    private let numbersByStem: [String: [Int]]
    /// First byte → phrase words of five letters or more, for one-typo matching.
    private let typoCandidates: [UInt8: [(number: Int, bytes: [UInt8], letters: UInt32)]]
    /// Phrase word number → phrases whose first step accepts it.
    private let phrasesByFirstWord: [Int: [Int]]
    /// Stems the message's words (with the knowledge base's stems known ahead).
    private let analyzer: Analyzer

    init(categories: [SafetyCategory], negations: Set<String>, analyzer: Analyzer) {
        self.analyzer = analyzer
        let tokenizer = Tokenizer()
        let stemmer = EnglishStemmer()
        var numbers: [String: Int] = [:]
        var wordsByNumber: [String] = []
        var numbersByStem: [String: [Int]] = [:]
        var typoCandidates: [UInt8: [(number: Int, bytes: [UInt8], letters: UInt32)]] = [:]
        func number(of word: String) -> Int {
            if let known = numbers[word] { return known }
            let new = numbers.count
            numbers[word] = new
            wordsByNumber.append(word)
            numbersByStem[stemmer.stem(word), default: []].append(new)
            let bytes = Array(word.utf8)
            if bytes.count >= 5, let first = bytes.first {
                typoCandidates[first, default: []].append((new, bytes, TypoCorrector.letters(of: bytes)))
            }
            return new
        }
        var phrases: [Phrase] = []
        var phrasesByFirstWord: [Int: [Int]] = [:]
        for category in categories {
            for pattern in category.patterns {
                let steps: [[Int]?] = pattern.text.split(separator: " ").map { part in
                    if part == "*" { return nil }
                    return part.split(separator: "|").flatMap { tokenizer.tokenize(String($0)).map(\.term) }.map(number)
                }
                let firstWords = steps.first.flatMap { $0 } ?? []
                let startsWithNegation = firstWords.contains { negations.contains(wordsByNumber[$0]) }
                for word in firstWords { phrasesByFirstWord[word, default: []].append(phrases.count) }
                phrases.append(Phrase(status: category.status, steps: steps, startsWithNegation: startsWithNegation, source: pattern))
            }
        }
        self.phrases = phrases
        self.numbers = numbers
        self.numbersByStem = numbersByStem
        self.typoCandidates = typoCandidates
        self.phrasesByFirstWord = phrasesByFirstWord
    }

    /// The phrase words `text` counts as: itself, any with its stem, and
    /// (when `allowTypos`, for words of four letters or more) any phrase word
    /// of five letters or more with the same first letter one edit away.
    func matches(of text: String, allowTypos: Bool) -> [Int] {
        var result = numbersByStem[analyzer.stem(text)] ?? []
        if let exact = numbers[text] { result.append(exact) }
        let bytes = Array(text.utf8)
        if allowTypos, bytes.count >= 4, let first = bytes.first {
            let letters = TypoCorrector.letters(of: bytes)
            for candidate in typoCandidates[first] ?? []
            where abs(candidate.bytes.count - bytes.count) <= 1 && (candidate.letters ^ letters).nonzeroBitCount <= 2 {
                if TypoCorrector.distance(candidate.bytes, bytes, limit: 1) <= 1 { result.append(candidate.number) }
            }
        }
        if result.count < 2 { return result }
        return Array(Set(result)).sorted()
    }

    /// Indices of the phrases that could start at one of `words`, in file order.
    func candidatePhrases(in sentences: [[Word]]) -> [Int] {
        var candidates = Set<Int>()
        for sentence in sentences {
            for word in sentence {
                for number in word.matches { candidates.formUnion(phrasesByFirstWord[number] ?? []) }
            }
        }
        return candidates.sorted()
    }

    /// The index of the first word of `sentence` where `phrase` matches.
    func firstMatch(of phrase: Phrase, in sentence: [Word]) -> Int? {
        sentence.indices.first { matches(phrase.steps, from: 0, sentence, at: $0) }
    }

    private func matches(_ steps: [[Int]?], from step: Int, _ words: [Word], at position: Int) -> Bool {
        guard step < steps.count else { return true }
        guard let accepted = steps[step] else {
            for skip in 0...Self.maximumGap where position + skip <= words.count {
                if matches(steps, from: step + 1, words, at: position + skip) { return true }
            }
            return false
        }
        guard position < words.count, words[position].matches.contains(where: accepted.contains) else { return false }
        return matches(steps, from: step + 1, words, at: position + 1)
    }
}
