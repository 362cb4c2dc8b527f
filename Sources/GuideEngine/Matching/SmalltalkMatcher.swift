/// Recognises greetings, thanks and the like by their whole wording, so that
/// "hi, what are the risks?" is still a question about risks.
public struct SmalltalkMatcher: Sendable {
    private let phrasings: [String: Int]
    /// First words of the phrasings: most questions start with none of them.
    private let firstWords: Set<String>
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
        self.firstWords = Set(phrasings.keys.compactMap { $0.split(separator: " ").first.map(String.init) })
        self.intents = intents
    }

    /// The small-talk intent `text` is, when its words are exactly one of the
    /// phrasings (ignoring case, punctuation and emoji), optionally followed or
    /// preceded by another phrasing ("ok thanks, bye").
    public func match(_ text: String) -> SmalltalkIntent? {
        let words = Tokenizer().tokenize(text).map(\.term)
        guard let first = words.first, words.count <= 8, firstWords.contains(first) else { return nil }
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
