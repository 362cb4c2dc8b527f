/// The full analysis pipeline, used the same way for indexing and querying:
/// tokenize and fold → drop stop words → stem (with the language's stemmer).
///
/// Stop words are dropped but positions keep their gaps, so phrases found
/// later (synonyms) still line up with the words around them.
public struct Analyzer: Sendable {
    private let tokenizer = Tokenizer()
    private let stemmer: any Stemmer
    public let stopWords: Set<String>
    /// Stems worked out ahead for the knowledge base's own words: most words
    /// of a question are among them, and a lookup costs less than stemming.
    private let knownStems: [String: String]

    /// - Parameters:
    ///   - stemExceptions: words whose stem the stemmer gets wrong for
    ///     matching ("effective" is not "effects"), with the stem to use.
    ///   - stemmer: the language's stemmer (the knowledge base's, chosen by
    ///     its `language:`); English when not given, as in most tests.
    public init(stopWords: Set<String>, stemExceptions: [String: String] = [:], stemmer: any Stemmer = EnglishStemmer()) {
        self.stopWords = stopWords
        self.knownStems = stemExceptions
        self.stemmer = stemmer
    }

    init(stopWords: Set<String>, knownStems: [String: String], stemmer: any Stemmer) {
        self.stopWords = stopWords
        self.knownStems = knownStems
        self.stemmer = stemmer
    }

    /// The same analyser with `stems` (word → stem, as `stem` gives them) remembered.
    /// Stop words are included: the safety screen stems every word.
    func knowing(_ stems: [String: String]) -> Analyzer {
        var known = stems.merging(knownStems) { _, exception in exception }
        for word in stopWords where known[word] == nil { known[word] = stem(word) }
        return Analyzer(stopWords: stopWords, knownStems: known, stemmer: stemmer)
    }

    /// Index terms of `text`, with their surface word offsets.
    public func analyze(_ text: String) -> [Token] {
        var tokens = tokenizer.tokenize(text)
        tokens.removeAll { stopWords.contains($0.term) }
        for index in tokens.indices {
            tokens[index].term = stem(tokens[index].term)
        }
        return tokens
    }

    /// The stemmed terms of `text`, in order.
    public func terms(_ text: String) -> [String] {
        analyze(text).map(\.term)
    }

    /// The folded words of `text` before stop words and stemming.
    public func words(_ text: String) -> [String] {
        tokenizer.tokenize(text).map(\.term)
    }

    public func stem(_ word: String) -> String { knownStems[word] ?? stemmer.stem(word) }

    public func isStopWord(_ word: String) -> Bool { stopWords.contains(word) }
}
