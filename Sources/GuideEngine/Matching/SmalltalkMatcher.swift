/// Recognises greetings, thanks and the like by their whole wording, so that
/// "hi, what are the risks?" is still a question about risks.
public final class SmalltalkMatcher: Sendable {
    private let phrasings: [String: Int]
    /// Words a phrasing may have around it ("good morning to you").
    private let stopWords: Set<String>
    /// Words the phrasings are made of: a message with any other word is not small talk.
    private let phrasingWords: Set<String>
    /// The most words a phrasing has.
    private let longestPhrasing: Int
    public let intents: [SmalltalkIntent]

    public init(intents: [SmalltalkIntent], stopWords: Set<String> = []) {
        let tokenizer = Tokenizer()
        var phrasings: [String: Int] = [:]
        for (index, intent) in intents.enumerated() {
            for phrasing in intent.phrasings {
                phrasings[tokenizer.tokenize(phrasing).map(\.term).joined(separator: " ")] = index
            }
        }
        self.phrasings = phrasings
        self.stopWords = stopWords
        self.phrasingWords = Set(phrasings.keys.flatMap { $0.split(separator: " ").map(String.init) })
        self.longestPhrasing = phrasings.keys.map { $0.split(separator: " ").count }.max() ?? 1
        self.intents = intents
    }

    /// The small-talk intent `text` is, when its words are one or more of
    /// the phrasings (ignoring case, punctuation and emoji), with only stop
    /// words between or around them ("hello! good morning to you", "ok
    /// thanks, bye"). The last phrasing decides: "thanks, bye" is goodbye.
    public func match(_ text: String) -> SmalltalkIntent? {
        var memo = WordMemo()
        return match(text, memo: &memo)
    }

    /// The same, with the text's tokens from the thread's `memo`.
    public func match(_ text: String, memo: inout WordMemo) -> SmalltalkIntent? {
        let words = memo.tokens(of: text).map(\.term)
        guard !words.isEmpty, words.count <= Self.maximumWords,
            words.allSatisfy({ phrasingWords.contains($0) || stopWords.contains($0) })
        else { return nil }
        if let index = phrasings[words.joined(separator: " ")] { return intents[index] }
        // Cover the words from the left with phrasings and single stop words;
        // `last[end]` is the intent of the last phrasing of a cover of words[..<end]
        // (-1: stop words only so far; nil: no cover). Of the phrasings that end
        // at the same word, the longest counts ("have a good day", not "good day").
        var last = [Int?](repeating: nil, count: words.count + 1)
        var endsPhrasing = [Bool](repeating: false, count: words.count + 1)
        last[0] = -1
        for start in words.indices {
            guard let before = last[start] else { continue }
            if stopWords.contains(words[start]) && last[start + 1] == nil { last[start + 1] = before }
            for end in (start + 1)...min(words.count, start + longestPhrasing) where !endsPhrasing[end] {
                if let index = phrasings[words[start..<end].joined(separator: " ")] {
                    last[end] = index
                    endsPhrasing[end] = true
                }
            }
        }
        guard let index = last[words.count], index >= 0 else { return nil }
        return intents[index]
    }

    /// Longer messages are questions, whatever their words.
    static let maximumWords = 16
}
