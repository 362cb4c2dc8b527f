/// The safety file's phrases compiled for speed: every word a phrase can
/// contain gets a number, each word of a message is looked up once (exact
/// word, same stem, or one typo away), and only the phrases that can start at
/// some word of the message are tried.
///
/// The screen runs on every message before anything else, so it must cost
/// microseconds, not a string comparison per phrase per word.
final class SafetyPhraseMatcher: Sendable {
    /// One phrase: per step the accepted word numbers (`largeCount` for `#`),
    /// or nil for a gap of up to `maximumGap` words.
    struct Phrase: Sendable {
        var status: Reply.Status
        var steps: [[Int]?]
        /// Further sequences that must occur in the same sentence too, in any
        /// order (`a + b` in the file: "=took + pills + handful").
        var companions: [[[Int]?]] = []
        /// Sequences that, anywhere in the sentence, cancel the phrase (`a - c`
        /// in the file: "kill him - lol").
        var vetoes: [[[Int]?]] = []
        /// Vetoes that repeat a word of the phrase (by stem): they name
        /// another sense of it ("cant cope - cope with needles", "suicidal -
        /// lost * to suicide") and cancel only a match they overlap, so the
        /// phrase said again in its own sense still counts ("I lost my dad
        /// to suicide and I feel suicidal too").
        var senseVetoes: [[[Int]?]] = []
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
    /// The number a word counts as when it is a large count ("20", "fifty"):
    /// what a `#` step accepts.
    static let largeCount = -1
    /// Marks a phrase word that matches only as written ("=took": not "take"),
    /// where a word's tense or form matters.
    static let exactMark = "="
    /// Joins sequences that must all occur in one sentence, in any order.
    static let companionMark: Character = "+"
    /// Puts a sequence after it that must not occur in the sentence; spaces
    /// around it, so a hyphen inside a word is not one.
    static let vetoMark = " - "
    /// Brackets the name of a word class as a phrase word (`{medicine}`).
    static let wordClassOpening: Character = "{"
    static let wordClassClosing: Character = "}"

    let phrases: [Phrase]
    /// Phrase word → number.
    private let numbers: [String: Int]
    /// Number → phrase word, as `numbers` holds it ("=took", "{medicine}").
    private let wordsByNumber: [String]
    /// Stem → numbers of the phrase words with that stem.
    private let numbersByStem: [String: [Int]]
    /// First byte → phrase words of five letters or more, for one-typo matching.
    private let typoCandidates: [UInt8: [(number: Int, bytes: [UInt8], letters: UInt32)]]
    /// Phrase word number → phrases whose first step accepts it.
    private let phrasesByFirstWord: [Int: [Int]]
    /// Stems the phrases' words and the message's, the knowledge base's own
    /// analyser (its language's stemmer and stem exceptions), so a phrase
    /// and a message meet exactly as a question and a passage do.
    private let analyzer: Analyzer
    /// Number words that are a large count, and the smallest numeral that is.
    private let largeCountWords: Set<String>
    private let largeCountMinimum: Int
    /// The word classes phrases name that have endings ("-olol"), with the
    /// number a word with one of them counts as.
    private let classEndings: [(wordClass: SafetyWordClass, number: Int)]
    /// The number ranges phrases name (`#<90`, `#>150`, `#20-54`: a reading
    /// out of bounds, "sats 84", "HR 190"), with the number a numeral in
    /// one of them counts as.
    private let numberRanges: [(range: ClosedRange<Int>, number: Int)]
    /// A veto just after one of these words, perhaps past one of
    /// `vetoNegationGap`, is set aside, not said ("I want to leave life,
    /// not the clinic", "I'm not talking about a film"): the harmless sense
    /// it names is the one the writer rules out.
    private let negations: Set<String>
    private let vetoNegationGap: Set<String>

    init(
        categories: [SafetyCategory], negations: Set<String>, analyzer: Analyzer, largeCountWords: Set<String> = [],
        largeCountMinimum: Int = 5, wordClasses: [String: SafetyWordClass] = [:], vetoNegationGap: Set<String> = []
    ) {
        self.analyzer = analyzer
        self.negations = negations
        self.vetoNegationGap = vetoNegationGap
        self.largeCountWords = largeCountWords
        self.largeCountMinimum = largeCountMinimum
        let tokenizer = Tokenizer()
        var numbers: [String: Int] = [:]
        var wordsByNumber: [String] = []
        var numbersByStem: [String: [Int]] = [:]
        var typoCandidates: [UInt8: [(number: Int, bytes: [UInt8], letters: UInt32)]] = [:]
        var forgivesTypos = Set<Int>()
        /// - Parameter typos: whether a message word one typo away counts
        ///   as this word: for a phrase's words, not for its exceptions'
        ///   (a veto "butter" must not rule out "better off without me").
        func number(of word: String, typos: Bool) -> Int {
            let known = numbers[word]
            let new = known ?? numbers.count
            if known == nil {
                numbers[word] = new
                wordsByNumber.append(word)
            }
            // An exact form ("=took") is looked up as written, never by stem or typo.
            if word.hasPrefix(Self.exactMark) { return new }
            if known == nil { numbersByStem[analyzer.stem(word), default: []].append(new) }
            let bytes = Array(word.utf8)
            if typos, bytes.count >= 5, let first = bytes.first, forgivesTypos.insert(new).inserted {
                typoCandidates[first, default: []].append((new, bytes, TypoCorrector.letters(of: bytes)))
            }
            return new
        }
        // A class is one phrase word: each of its words, by stem or with a
        // typo, counts as that word's number.
        var classEndings: [(wordClass: SafetyWordClass, number: Int)] = []
        var numberRanges: [(range: ClosedRange<Int>, number: Int)] = []
        func number(ofRange part: Substring, _ range: ClosedRange<Int>) -> Int {
            let key = String(part)
            if let known = numbers[key] { return known }
            let new = numbers.count
            numbers[key] = new
            wordsByNumber.append(key)
            numberRanges.append((range, new))
            return new
        }
        func number(ofClass name: String) -> Int {
            let key = String(Self.wordClassOpening) + name + String(Self.wordClassClosing)
            if let known = numbers[key] { return known }
            let new = numbers.count
            numbers[key] = new
            wordsByNumber.append(key)
            guard let wordClass = wordClasses[name] else { return new }
            // Written as a message's words are read ("nan's" → "nans"); a
            // name of two words ("co-codamol") cannot be one step.
            for written in wordClass.words {
                let terms = tokenizer.tokenize(written).map(\.term)
                guard terms.count == 1, let word = terms.first else { continue }
                let stem = analyzer.stem(word)
                if !(numbersByStem[stem] ?? []).contains(new) { numbersByStem[stem, default: []].append(new) }
                let bytes = Array(word.utf8)
                if bytes.count >= 5, let first = bytes.first {
                    typoCandidates[first, default: []].append((new, bytes, TypoCorrector.letters(of: bytes)))
                }
            }
            if !wordClass.endings.isEmpty { classEndings.append((wordClass, new)) }
            return new
        }
        func steps(of sequence: Substring, typos: Bool = true) -> [[Int]?] {
            PhraseLine.steps(of: sequence).map { part in
                if part == "*" { return nil }
                if part == "#" { return [Self.largeCount] }
                return part.split(separator: "|").flatMap { alternative -> [Int] in
                    if let range = Self.numberRange(alternative) { return [number(ofRange: alternative, range)] }
                    if let name = Self.wordClassName(alternative) { return [number(ofClass: name)] }
                    let exact = alternative.hasPrefix(Self.exactMark)
                    let terms = tokenizer.tokenize(String(exact ? alternative.dropFirst() : alternative)).map(\.term)
                    return (exact ? terms.map { Self.exactMark + $0 } : terms).map { number(of: $0, typos: typos) }
                }
            }
        }
        // The stems of a sequence's words (not its word classes), to tell a veto naming another sense of them.
        func stems(of steps: [[Int]?]) -> Set<String> {
            Set(steps.compactMap { $0 }.joined().compactMap { number in
                guard number >= 0, number < wordsByNumber.count else { return nil }
                let word = wordsByNumber[number]
                guard Self.wordClassName(Substring(word)) == nil else { return nil }
                return analyzer.stem(word.hasPrefix(Self.exactMark) ? String(word.dropFirst()) : word)
            })
        }
        var phrases: [Phrase] = []
        var phrasesByFirstWord: [Int: [Int]] = [:]
        for category in categories {
            for pattern in category.patterns {
                let line = PhraseLine(pattern.text)
                let sequences = line.wanted.map { steps(of: $0) }
                let allVetoes = line.vetoes.map { steps(of: $0, typos: false) }
                let steps = sequences.first ?? []
                let phraseStems = stems(of: steps)
                // A form written exact ("=kidding") is another sense only when the
                // phrase has that very word: it was written so to keep its stem apart.
                let phraseWords = Set(steps.compactMap { $0 }.joined().compactMap { wordsByNumber.indices.contains($0) ? wordsByNumber[$0] : nil })
                func namesASense(_ number: Int) -> Bool {
                    guard wordsByNumber.indices.contains(number) else { return false }
                    let word = wordsByNumber[number]
                    if word.hasPrefix(Self.exactMark) { return phraseWords.contains(word) || phraseWords.contains(String(word.dropFirst())) }
                    return !stems(of: [[number]]).isDisjoint(with: phraseStems)
                }
                var senseVetoes: [[[Int]?]] = []
                var vetoes: [[[Int]?]] = []
                for veto in allVetoes {
                    if veto.count == 1, let alternatives = veto[0] {
                        // A veto of one list ("- lol|haha|=kidding" of "…|kids") names another
                        // sense only by its words that share a phrase word's stem; the rest of
                        // the list are vetoes as written.
                        var sense: [Int] = []
                        var plain: [Int] = []
                        for alternative in alternatives {
                            if namesASense(alternative) { sense.append(alternative) } else { plain.append(alternative) }
                        }
                        if !sense.isEmpty { senseVetoes.append([sense]) }
                        if !plain.isEmpty { vetoes.append([plain]) }
                    } else if stems(of: veto).isDisjoint(with: phraseStems) {
                        vetoes.append(veto)
                    } else {
                        senseVetoes.append(veto)
                    }
                }
                let firstWords = steps.first.flatMap { $0 } ?? []
                // A large count (`#`) is no word of its own: a phrase may open with one ("# {medicine} + ago").
                let startsWithNegation = firstWords.contains { wordsByNumber.indices.contains($0) && negations.contains(wordsByNumber[$0]) }
                for word in firstWords { phrasesByFirstWord[word, default: []].append(phrases.count) }
                phrases.append(
                    Phrase(
                        status: category.status, steps: steps, companions: Array(sequences.dropFirst()), vetoes: vetoes,
                        senseVetoes: senseVetoes,
                        startsWithNegation: startsWithNegation, source: pattern))
            }
        }
        self.phrases = phrases
        self.numbers = numbers
        self.wordsByNumber = wordsByNumber
        self.numbersByStem = numbersByStem
        self.typoCandidates = typoCandidates
        self.phrasesByFirstWord = phrasesByFirstWord
        self.classEndings = classEndings
        self.numberRanges = numberRanges
    }

    /// Opens a phrase word that is a range of numbers (`#<90`).
    static let numberRangeMark = "#"

    /// The numbers a phrase word `#<N` (below N), `#>N` (above N) or `#N-M`
    /// (N to M) accepts; nil for any other word, and for `#` alone (a large
    /// count). Whole numbers only: a message's "2.1" is read as "2" and "1",
    /// so "below 3" is written `#<3`.
    static func numberRange(_ part: Substring) -> ClosedRange<Int>? {
        guard part.count > 1, part.hasPrefix(numberRangeMark) else { return nil }
        let body = part.dropFirst(numberRangeMark.count)
        if body.hasPrefix("<"), let bound = Int(body.dropFirst()), bound > 0 { return 0...(bound - 1) }
        if body.hasPrefix(">"), let bound = Int(body.dropFirst()), bound >= 0, bound < Int.max { return (bound + 1)...Int.max }
        let ends = body.split(separator: "-", omittingEmptySubsequences: false)
        guard ends.count == 2, let low = Int(ends[0]), let high = Int(ends[1]), low >= 0, low <= high else { return nil }
        return low...high
    }

    /// Whether a phrase word opens as a number range but is none (`#9x`):
    /// the file says so rather than the phrase silently matching the text.
    static func isMalformedNumberRange(_ part: Substring) -> Bool {
        part.count > 1 && part.hasPrefix(numberRangeMark) && numberRange(part) == nil
    }

    /// The value of a message word that is a reading: its leading digits
    /// (at most nine), followed by nothing or by letters only ("84", "190bpm",
    /// "30s"). Nil for other words.
    static func readingValue(_ text: String) -> Int? {
        let digits = text.utf8.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        let rest = text.utf8.dropFirst(digits.count)
        guard rest.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) else { return nil }
        return Int(String(decoding: digits, as: UTF8.self))
    }

    /// The words a phrase's sequences name, its companions' too but not its
    /// exceptions', as read from the file: "=took" as "took", a class as
    /// "{medicine}", no large count.
    func namedWords(of phrase: Phrase) -> Set<String> {
        Set(([phrase.steps] + phrase.companions).flatMap { $0.compactMap { $0 }.joined() }.compactMap { number in
            guard wordsByNumber.indices.contains(number) else { return nil }
            let word = wordsByNumber[number]
            return word.hasPrefix(Self.exactMark) ? String(word.dropFirst(Self.exactMark.count)) : word
        })
    }

    /// The class a phrase word names (`{medicine}` → "medicine"), if it names one.
    static func wordClassName(_ word: Substring) -> String? {
        guard word.count > 2, word.first == wordClassOpening, word.last == wordClassClosing else { return nil }
        return word.dropFirst().dropLast().lowercased()
    }

    /// The names of the classes a phrase names, in order.
    static func wordClassNames(in text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "|" || $0 == companionMark }).compactMap(wordClassName)
    }

    /// The phrase words `text` counts as: itself, any with its stem, and
    /// (when `allowTypos`, for words of four letters or more) any phrase word
    /// of five letters or more with the same first letter one edit away.
    func matches(of text: String, allowTypos: Bool) -> [Int] {
        var result = numbersByStem[analyzer.stem(text)] ?? []
        if let exact = numbers[text] { result.append(exact) }
        if let exactForm = numbers[Self.exactMark + text] { result.append(exactForm) }
        if isLargeCount(text) { result.append(Self.largeCount) }
        if !numberRanges.isEmpty, let value = Self.readingValue(text) {
            for (range, number) in numberRanges where range.contains(value) { result.append(number) }
        }
        for (wordClass, number) in classEndings where wordClass.hasEnding(text) { result.append(number) }
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

    /// Whether `text` is a count of `largeCountMinimum` or more: a numeral
    /// (at most nine digits, so it fits) or one of the large-count words.
    private func isLargeCount(_ text: String) -> Bool {
        if largeCountWords.contains(text) { return true }
        let bytes = text.utf8
        guard !bytes.isEmpty, bytes.count <= 9, bytes.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            return false
        }
        return (Int(text) ?? 0) >= largeCountMinimum
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

    /// The words of `sentence` where `phrase` first matches (start..<end),
    /// starting at word `start` or later. With companions, every one must
    /// match somewhere in the sentence too; with vetoes, none may, there or
    /// in `alsoVetoing` (the rest of a sentence that went on to ask); a
    /// sense veto rules out only a match it overlaps, and a veto set aside
    /// by a negation just before it rules out nothing (`isSetAside`).
    func firstMatch(of phrase: Phrase, in sentence: [Word], from start: Int = 0, alsoVetoing: [Word] = []) -> Range<Int>? {
        var from = start
        while let first = firstMatch(of: phrase.steps, in: sentence, from: from) {
            if phrase.senseVetoes.contains(where: { overlaps($0, first, in: sentence) }) {
                from = first.lowerBound + 1
                continue
            }
            for companion in phrase.companions where firstMatch(of: companion, in: sentence) == nil { return nil }
            for veto in phrase.vetoes where stands(veto, in: sentence) || stands(veto, in: alsoVetoing) {
                return nil
            }
            return first
        }
        return nil
    }

    /// Whether `phrase`'s words match in `sentence` but a veto or a sense
    /// veto rules every such match out ("want to die" in "I want to die of
    /// embarrassment").
    func isVetoed(_ phrase: Phrase, in sentence: [Word]) -> Bool {
        guard firstMatch(of: phrase.steps, in: sentence) != nil, !phrase.vetoes.isEmpty || !phrase.senseVetoes.isEmpty else { return false }
        return firstMatch(of: phrase, in: sentence) == nil
            && phrase.companions.allSatisfy { firstMatch(of: $0, in: sentence) != nil }
    }

    /// Whether `veto` matches somewhere in `sentence` without being set aside.
    private func stands(_ veto: [[Int]?], in sentence: [Word]) -> Bool {
        var from = 0
        while let found = firstMatch(of: veto, in: sentence, from: from) {
            if !isSetAside(sentence, at: found.lowerBound) { return true }
            from = found.lowerBound + 1
        }
        return false
    }

    /// Whether a negation stands just before `start` in its clause, perhaps
    /// past one word of `vetoNegationGap` ("not the clinic", "not my job").
    private func isSetAside(_ sentence: [Word], at start: Int) -> Bool {
        var index = start - 1
        if index >= 0, vetoNegationGap.contains(sentence[index].text) { index -= 1 }
        return index >= 0 && sentence[index].clause == sentence[start].clause && negations.contains(sentence[index].text)
    }

    /// Whether some match of `veto` in `sentence` overlaps `match`.
    private func overlaps(_ veto: [[Int]?], _ match: Range<Int>, in sentence: [Word]) -> Bool {
        var from = 0
        while let found = firstMatch(of: veto, in: sentence, from: from) {
            if found.overlaps(match) { return true }
            guard found.lowerBound < match.upperBound else { return false }
            from = found.lowerBound + 1
        }
        return false
    }

    private func firstMatch(of steps: [[Int]?], in sentence: [Word], from first: Int = 0) -> Range<Int>? {
        for start in sentence.indices where start >= first {
            if let end = matchEnd(steps, from: 0, sentence, at: start) { return start..<end }
        }
        return nil
    }

    /// Where a match of `steps[step...]` starting at `position` ends, if it matches.
    private func matchEnd(_ steps: [[Int]?], from step: Int, _ words: [Word], at position: Int) -> Int? {
        guard step < steps.count else { return position }
        guard let accepted = steps[step] else {
            for skip in 0...Self.maximumGap where position + skip <= words.count {
                if let end = matchEnd(steps, from: step + 1, words, at: position + skip) { return end }
            }
            return nil
        }
        guard position < words.count, words[position].matches.contains(where: accepted.contains) else { return nil }
        return matchEnd(steps, from: step + 1, words, at: position + 1)
    }
}
