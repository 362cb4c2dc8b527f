/// Finds what a question asks for, its kinds ("side-effects", "cost"), from
/// the cue phrases of the language's question-kinds file.
///
/// Cues are matched on every word of the question as stemmed (stop words
/// included: "how long * last" needs "how"), so "risks", "risk" and "risky"
/// meet the same cue. Where two cues overlap, the one with more words of its
/// own wins ("how does it work" is how-it-works, not "does it work",
/// effectiveness), then the one that skips fewer words; a cue wholly inside
/// another's `*` is kept with it ("how long do the side effects last"). A cue word written `=fasting` must be that
/// very word, where stemming would lose the meaning ("fasting" is not "fast").
struct QuestionKindFinder: Sendable {
    /// The most words a `*` of a cue stands for.
    static let maximumGap = 4

    /// A kind found in a question: which, and the words that ask for it.
    struct Found: Sendable, Equatable {
        var kind: Int
        var words: Range<Int>
        /// The positions of the cue's own words (not those a `*` stood for).
        var ownWords: [Int]
        /// How many words of the cue are its own.
        var literalWords: Int { ownWords.count }
        /// The words a `*` of the cue stood for ("relief" in "what does
        /// relief feel like"): what the kind is asked of, when there are any.
        var gapWords: [Int] { words.filter { !ownWords.contains($0) } }
        /// The two words right after the cue ("OCD" in "the types of OCD",
        /// in "does it help with OCD"): the first that is not a stop word is
        /// what the cue is followed by.
        func followingWords(count: Int) -> [Int] {
            Array(words.upperBound..<min(words.upperBound + 2, count))
        }
    }

    private struct Cue: Sendable {
        var kind: Int
        /// Stemmed words; nil for a `*`.
        var words: [CueWord?]
    }

    /// A word of a cue: a stem, or (`=word`) the word itself.
    private enum CueWord: Sendable, Equatable {
        case stem(String)
        case exact(String)

        func matches(_ word: Word) -> Bool {
            switch self {
            case .stem(let stem): stem == word.stem
            case .exact(let folded): folded == word.folded
            }
        }
    }

    /// A word of a question, folded and stemmed.
    struct Word: Sendable {
        var folded: String
        var stem: String
    }

    let kinds: [QuestionKind]
    /// Cues by their first word's stem (an exact word is filed under its stem).
    private let cuesByFirstWord: [String: [Cue]]
    /// The kinds whose sections name subjects (`subjects:` yes or part).
    let subjectKinds: Set<Int>
    /// The knowledge base's subject as stemmed, and stop words: what a `*`
    /// of a kind not asked of the subject (`of-subject: no`) must not be alone.
    private let subjectTerms: Set<String>
    private let analyzer: Analyzer

    /// - Parameter subjectTerms: the knowledge base's main subject as
    ///   stemmed (`subject:` of guide.conf): a cue made only of those words
    ///   and stop words ("treatment" where the subject is a treatment) says
    ///   nothing about what is asked there, and is left out. A cue of stop
    ///   words alone ("right for me", "what is in it") is kept: together
    ///   they ask.
    init(kinds: [QuestionKind], analyzer: Analyzer, subjectTerms: Set<String> = []) {
        self.kinds = kinds
        self.subjectKinds = Set(kinds.indices.filter { kinds[$0].namesSubjects })
        self.subjectTerms = subjectTerms
        self.analyzer = analyzer
        var cues: [String: [Cue]] = [:]
        for (index, kind) in kinds.enumerated() {
            for phrase in kind.cues {
                let words: [CueWord?] = phrase.split(separator: " ").flatMap { part -> [CueWord?] in
                    if part == "*" { return [nil] }
                    let isExact = part.hasPrefix("=")
                    return analyzer.words(String(isExact ? part.dropFirst() : part)).map {
                        isExact ? .exact($0) : .stem(analyzer.stem($0))
                    }
                }
                guard case let first?? = words.first, words.last.flatMap({ $0 }) != nil else { continue }
                // Each word as stemmed and as written.
                let written: [(stem: String, word: String)] = words.compactMap { word in
                    switch word {
                    case .stem(let stem)?: (stem, stem)
                    case .exact(let folded)?: (analyzer.stem(folded), folded)
                    case nil: nil
                    }
                }
                let saysSomething = written.contains { !subjectTerms.contains($0.stem) && !analyzer.isStopWord($0.word) }
                let namesSubject = written.contains { subjectTerms.contains($0.stem) }
                guard saysSomething || !namesSubject else { continue }
                let key = switch first {
                case .stem(let stem): stem
                case .exact(let word): analyzer.stem(word)
                }
                cues[key, default: []].append(Cue(kind: index, words: words))
            }
        }
        self.cuesByFirstWord = cues
    }

    var isEmpty: Bool { cuesByFirstWord.isEmpty }

    /// The kinds `words` (a question's words) ask for, in the order they are
    /// asked, overlaps resolved.
    func find(_ words: [Word]) -> [Found] {
        guard !cuesByFirstWord.isEmpty else { return [] }
        var found: [Found] = []
        for start in words.indices {
            for cue in cuesByFirstWord[words[start].stem] ?? [] {
                if let own = Self.match(cue.words, in: words, from: start), let last = own.last {
                    let candidate = Found(kind: cue.kind, words: start..<(last + 1), ownWords: own)
                    if !kinds[cue.kind].ofSubject, !candidate.gapWords.isEmpty,
                        candidate.gapWords.allSatisfy({ subjectTerms.contains(words[$0].stem) || analyzer.isStopWord(words[$0].folded) })
                    { continue }
                    found.append(candidate)
                }
            }
        }
        // More words of its own first, then fewer words skipped by `*` (a
        // tight "how fast" over a loose "how * work"), then the earlier.
        found.sort {
            ($0.literalWords, $0.literalWords - $0.words.count, -$0.words.lowerBound)
                > ($1.literalWords, $1.literalWords - $1.words.count, -$1.words.lowerBound)
        }
        // A cue wholly inside another's `*` is what that one is asked of
        // ("how long do | the side effects | last"): both are kept.
        func nests(_ inner: Found, in outer: Found) -> Bool {
            inner.words.allSatisfy { outer.words.contains($0) && !outer.ownWords.contains($0) }
        }
        var kept: [Found] = []
        for candidate in found
        where !kept.contains(where: { $0.words.overlaps(candidate.words) && !nests(candidate, in: $0) && !nests($0, in: candidate) }) {
            kept.append(candidate)
        }
        return kept.sorted { $0.words.lowerBound < $1.words.lowerBound }
    }

    /// The positions of `cue`'s own words when it matches from `start`,
    /// each `*` as short as it can be; nil when it does not match.
    private static func match(_ cue: [CueWord?], in words: [Word], from start: Int) -> [Int]? {
        func match(_ cueIndex: Int, _ position: Int, _ own: [Int]) -> [Int]? {
            guard cueIndex < cue.count else { return own }
            guard let word = cue[cueIndex] else {
                for gap in 0...maximumGap where position + gap <= words.count {
                    if let found = match(cueIndex + 1, position + gap, own) { return found }
                }
                return nil
            }
            guard position < words.count, word.matches(words[position]) else { return nil }
            return match(cueIndex + 1, position + 1, own + [position])
        }
        return match(0, start, [])
    }
}
