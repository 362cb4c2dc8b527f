/// Recognises greetings, thanks and the like by their whole wording, so that
/// "hi, what are the risks?" is still a question about risks.
public struct SmalltalkMatcher: Sendable {
    private let phrasings: [String: Int]
    public let intents: [SmalltalkIntent]

    public init(intents: [SmalltalkIntent]) {
        let tokenizer = Tokenizer()
        var phrasings: [String: Int] = [:]
        for (index, intent) in intents.enumerated() {
            for phrasing in intent.phrasings {
                phrasings[tokenizer.tokenize(phrasing).map(\.term).joined(separator: " ")] = index
            }
        }
        self.phrasings = phrasings
        self.intents = intents
    }

    /// The small-talk intent `text` is, when its words are exactly one of the
    /// phrasings (ignoring case, punctuation and emoji), optionally followed or
    /// preceded by another phrasing ("ok thanks, bye").
    public func match(_ text: String) -> SmalltalkIntent? {
        let words = Tokenizer().tokenize(text).map(\.term)
        guard !words.isEmpty, words.count <= 8 else { return nil }
        if let index = phrasings[words.joined(separator: " ")] { return intents[index] }
        // Two phrasings in a row: the last one decides ("thanks, bye" → goodbye).
        for split in 1..<words.count {
            let first = words[..<split].joined(separator: " ")
            let second = words[split...].joined(separator: " ")
            if phrasings[first] != nil, let index = phrasings[second] { return intents[index] }
        }
        return nil
    }
}
