/// Recognises greetings, thanks and the like by their whole wording, so that
/// "hi, what are the risks?" is still a question about risks.
public final class SmalltalkMatcher: Sendable {
    private let phrasings: [String: Int]
    /// Words a phrasing may have around it ("good morning to you").
    private let stopWords: Set<String>
    /// Words the phrasings are made of: a message with any other word is not small talk.
    private let phrasingWords: Set<String>
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
        self.intents = intents
    }

    /// The small-talk intent `text` is, when its words are exactly one of the
    /// phrasings (ignoring case, punctuation and emoji), optionally followed or
    /// preceded by another phrasing ("ok thanks, bye").
    public func match(_ text: String) -> SmalltalkIntent? {
        var memo = WordMemo()
        return match(text, memo: &memo)
    }

    /// The same, with the text's tokens from the thread's `memo`.
    public func match(_ text: String, memo: inout WordMemo) -> SmalltalkIntent? {
        let words = memo.tokens(of: text).map(\.term)
        guard !words.isEmpty, words.count <= 8,
            words.allSatisfy({ phrasingWords.contains($0) || stopWords.contains($0) })
        else { return nil }
        if let index = phrasings[words.joined(separator: " ")] { return intents[index] }

        // Two phrasings in a row: the last one decides ("thanks, bye" → goodbye).
        for split in 1..<words.count {
            let first = words[..<split].joined(separator: " ")
            let second = words[split...].joined(separator: " ")
            if phrasings[first] != nil, let index = phrasings[second] { return intents[index] }
        }
        // A phrasing with only stop words around it ("good morning to you").
        for start in words.indices {
            if start > 0 && !stopWords.contains(words[start - 1]) { break }
            for end in stride(from: words.count, to: start, by: -1) {
                if end < words.count && !stopWords.contains(words[end]) { break }
                if let index = phrasings[words[start..<end].joined(separator: " ")] { return intents[index] }
            }
        }
        return nil
    }
}
