/// What one thread has already worked out about single words, kept across
/// messages: a conversation or a batch uses a few thousand distinct words, so
/// most words of a message have been looked at before.
///
/// Holds per-word facts only, never a message's answer. The facts belong to
/// one engine: a memo is kept beside the engine it was filled with (a session
/// has its own; a reloaded knowledge base gets a new session). Each thread
/// keeps its own, so no lock is needed.
public struct WordMemo: Sendable {
    private var safety: [String: [Int]] = [:]
    /// The last text tokenised: a message goes through several stages.
    private var lastText: String?
    private var lastTokens: [Token] = []
    private var analyses: [String: Analysis] = [:]

    /// A question word as the matcher sees it (see `IntentMatcher.match`).
    struct Analysis: Sendable {
        var term: String?
        var correction: String?
        var isUnknown: Bool
        /// The second word's term, for two words typed as one ("sideeffects").
        var secondTerm: String? = nil
        /// The word as the cues of kinds of question read it ("how * given"):
        /// after a correction to one word, stemmed even if a stop word.
        var cue = QuestionKindFinder.Word(folded: "", stem: "")
    }
    /// Past this many words the memo starts again, so memory stays bounded.
    static let limit = 20_000

    public init() {}

    /// The safety phrase words `word` counts as, worked out by `find` once.
    mutating func safetyMatches(of word: String, find: () -> [Int]) -> [Int] {
        Self.remember(word, in: &safety, find)
    }

    /// The tokens of `text`, tokenised once however many stages ask.
    mutating func tokens(of text: String) -> [Token] {
        if text == lastText { return lastTokens }
        lastTokens = Tokenizer().tokenize(text)
        lastText = text
        return lastTokens
    }

    /// The matcher's analysis of `word`, worked out by `analyse` once.
    mutating func analysis(of word: String, analyse: () -> Analysis) -> Analysis {
        Self.remember(word, in: &analyses, analyse)
    }

    private static func remember<Value>(_ word: String, in table: inout [String: Value], _ make: () -> Value) -> Value {
        if let known = table[word] { return known }
        if table.count >= limit { table.removeAll(keepingCapacity: true) }
        let value = make()
        table[word] = value
        return value
    }
}
