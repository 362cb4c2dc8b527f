/// Splits a message into the questions it holds, so each part can be
/// answered (or declined) on its own: "How much is it, and is it addictive?"
/// has a part the knowledge base covers and a part it does not.
public final class QuestionSplitter: Sendable {
    /// One part of a message.
    public struct Part: Sendable, Equatable {
        public var text: String
        /// True when the part was joined to the one before by a comparison word ("or").
        public var isComparison: Bool
        /// True when the part ends a sentence that ends with "?": it is asked,
        /// even without a question word ("the price?"). Parts before it in
        /// the same sentence are not ("my son is 19 and is it safe?").
        public var endsWithQuestionMark = false
        /// True for a headline's topic, before a colon ("Ketamine for
        /// depression: how many sessions?"): what the questions after it are
        /// about, not a question of its own.
        public var isHeadline = false

        public init(text: String, isComparison: Bool, endsWithQuestionMark: Bool = false, isHeadline: Bool = false) {
            self.text = text
            self.isComparison = isComparison
            self.endsWithQuestionMark = endsWithQuestionMark
            self.isHeadline = isHeadline
        }
    }

    private let separators: [[String]]
    private let comparisons: [[String]]
    private let tokenizer = Tokenizer()

    /// Endings that add nothing to a sentence ("or not"), dropped before it is cut.
    private let tails: [[String]]
    /// Phrases after which a message asks its question ("I just want to know").
    private let leads: [[String]]

    public init(partSeparators: [String], comparisonWords: [String], tails: [String] = [], leads: [String] = []) {
        let tokenizer = Tokenizer()
        func words(_ phrases: [String]) -> [[String]] {
            phrases.map { tokenizer.tokenize($0).map(\.term) }.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        }
        self.separators = words(partSeparators)
        self.comparisons = words(comparisonWords)
        self.tails = words(tails)
        self.leads = words(leads)
        self.startWords = Set((separators + comparisons).compactMap(\.first))
    }

    /// First words of the joining and comparing phrases.
    private let startWords: Set<String>

    /// The parts of `text`: its sentences, each cut again at the joining and
    /// comparing words. A message with one part gives one part.
    public func parts(of text: String) -> [Part] {
        var memo = WordMemo()
        return parts(of: text, memo: &memo)
    }

    /// Whether `text` could have more than one part: a joining or comparing
    /// word, or a second sentence. Cheaper than `parts`, for the common case.
    private func mayHaveSeveralParts(_ text: String, memo: inout WordMemo) -> Bool {
        let tokens = memo.tokens(of: text)
        let lastStart = tokens.last?.start ?? 0
        return tokens.contains { startWords.contains($0.term) }
            || SentenceBreaks.find(in: text, headlines: true).contains { $0.mark != .comma && $0.offset < lastStart }
    }

    /// The same, with the text's tokens from the thread's `memo`.
    public func parts(of text: String, memo: inout WordMemo) -> [Part] {
        let tokens = memo.tokens(of: text)
        // Most messages are one sentence with no joining word: one part, at once.
        guard mayHaveSeveralParts(text, memo: &memo) else {
            let lastStart = tokens.last?.start ?? 0
            let asked = SentenceBreaks.find(in: text, headlines: true).last { $0.mark != .comma && $0.offset > lastStart }?.mark == .question
            return tokens.isEmpty
                ? [] : [Part(text: tokens.map(\.term).joined(separator: " "), isComparison: false, endsWithQuestionMark: asked)]
        }
        var parts: [Part] = []
        let breaks = SentenceBreaks.find(in: text, headlines: true)
        var next = 0
        // A sentence's words, with "," where a clause ends: no phrase spans a comma.
        var sentence: [String] = []
        for token in tokens {
            while next < breaks.count, breaks[next].offset < token.start {
                if breaks[next].mark == .comma {
                    sentence.append(",")
                } else {
                    split(
                        sentence, into: &parts, endsWithQuestionMark: breaks[next].mark == .question,
                        isHeadline: breaks[next].mark == .headline)
                    sentence = []
                }
                next += 1
            }
            sentence.append(token.term)
        }
        let lastMark = breaks[next...].first { $0.mark != .comma }?.mark
        split(sentence, into: &parts, endsWithQuestionMark: lastMark == .question)
        return parts
    }

    /// The words of a message's last sentence and those before it; nil for
    /// a message of one sentence.
    public func lastSentence(of text: String, memo: inout WordMemo) -> (before: [String], last: [String])? {
        let tokens = memo.tokens(of: text)
        guard let cut = lastSentenceStart(of: text, tokens: tokens)?.offset else { return nil }
        let before = tokens.filter { $0.start < cut }.map(\.term)
        let last = tokens.filter { $0.start > cut }.map(\.term)
        return before.isEmpty ? nil : (before, last)
    }

    /// A story, then the question: the last sentence, or what follows the
    /// last question lead, and the words before it. Nil when there is no
    /// story, or when a sentence before the question is itself a question.
    /// `isHeadline`: the story is a headline's topic ("Ketamine vs
    /// psilocybin: which is better?"), what the question is about.
    public func storyAndQuestion(of text: String, memo: inout WordMemo) -> (story: [String], question: [String], isHeadline: Bool)? {
        let tokens = memo.tokens(of: text)
        let sentence = lastSentenceStart(of: text, tokens: tokens)
        guard sentence?.afterQuestion != true else { return nil }
        var cut = sentence?.offset ?? -1
        var isHeadline = sentence?.afterHeadline ?? false
        let terms = tokens.map(\.term)
        for lead in leads where lead.count < terms.count {
            for start in stride(from: terms.count - lead.count, to: 0, by: -1)
            where tokens[start].start > cut && terms[start..<(start + lead.count)].elementsEqual(lead) {
                cut = tokens[start + lead.count - 1].end
                isHeadline = false
                break
            }
        }
        let story = tokens.filter { $0.start < cut }.map(\.term)
        let question = tokens.filter { $0.start >= cut }.map(\.term)
        return cut < 0 || story.isEmpty || question.isEmpty ? nil : (story, question, isHeadline)
    }

    /// Where the last sentence with words begins (the offset of the mark
    /// before it), whether any sentence before it ends with "?", and whether
    /// what comes before it is a headline's topic (a colon).
    private func lastSentenceStart(of text: String, tokens: [Token]) -> (offset: Int, afterQuestion: Bool, afterHeadline: Bool)? {
        let ends = SentenceBreaks.find(in: text, headlines: true).filter { $0.mark != .comma }
        guard let last = ends.last(where: { end in tokens.contains { $0.start > end.offset } }) else { return nil }
        return (last.offset, ends.contains { $0.mark == .question && $0.offset <= last.offset }, last.mark == .headline)
    }

    private func split(_ words: [String], into parts: inout [Part], endsWithQuestionMark: Bool, isHeadline: Bool = false) {
        var current: [String] = []
        var isComparison = false
        var index = 0
        while index < words.count {
            if words[index] == "," {
                index += 1
                continue
            }
            // "or not" at the end of a clause is no second side.
            if !current.isEmpty, let length = match(tails, in: words, at: index) {
                let next = index + length
                if next == words.count || words[next] == "," || match(separators, in: words, at: next) != nil {
                    index = next
                    continue
                }
            }
            if let length = match(separators, in: words, at: index) ?? match(comparisons, in: words, at: index) {
                let comparing = match(comparisons, in: words, at: index) != nil
                // One word joined on ("taking and using", "safe and effective")
                // is part of the same question, not a second one.
                if !comparing, !current.isEmpty, Self.clauseLength(words, from: index + length) == 1 {
                    current.append(contentsOf: words[index..<(index + length + 1)])
                    index += length + 1
                    continue
                }
                if !current.isEmpty {
                    parts.append(Part(text: current.joined(separator: " "), isComparison: isComparison, isHeadline: isHeadline))
                    current = []
                }
                isComparison = comparing
                index += length
                continue
            }
            current.append(words[index])
            index += 1
        }
        if !current.isEmpty {
            parts.append(
                Part(
                    text: current.joined(separator: " "), isComparison: isComparison, endsWithQuestionMark: endsWithQuestionMark,
                    isHeadline: isHeadline))
        }
    }

    /// How many words follow `start` before the clause ends (a comma or the
    /// end of the sentence).
    private static func clauseLength(_ words: [String], from start: Int) -> Int {
        words[min(start, words.count)...].prefix { $0 != "," }.count
    }

    private func match(_ phrases: [[String]], in words: [String], at index: Int) -> Int? {
        for phrase in phrases where index + phrase.count <= words.count {
            if words[index..<(index + phrase.count)].elementsEqual(phrase) { return phrase.count }
        }
        return nil
    }
}
