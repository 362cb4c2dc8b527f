/// The matcher's knobs. The defaults are the tuned engine; `plainBM25` turns
/// every aid off, to measure what they add.
public struct MatcherConfiguration: Sendable {
    public var useTypoCorrection = true
    public var useSynonyms = true
    public var useExampleQuestions = true
    public var useKeywords = true
    public var useConversationContext = true
    /// Below this confidence a question gets `no_match`.
    public var threshold = 0.45
    /// A runner-up ranked at least this close to the best (0...1) makes the
    /// guide ask which was meant; above 1 never asks.
    public var clarifyMargin = 0.95
    /// Field weights (BM25F).
    public var headingWeight = 2.0
    public var keywordWeight = 2.5
    public var questionWeight = 1.5
    public var textWeight = 1.0
    /// How much a synonym counts against the word it stands for.
    public var synonymWeight = 0.6
    /// How much a passage's section (heading, keywords, questions) counts in the passage.
    public var inheritedWeight = 0.3
    /// What a word the knowledge base does not know weighs against the
    /// confidence, compared with the idf of the words it does know.
    public var unknownWordWeight = 2.0
    /// What the knowledge base's main subject (`subject:` words) weighs in the confidence.
    public var subjectWeight = 0.3
    /// The bonus for two adjacent words found together ("side effects").
    public var phraseWeight = 0.5
    /// The share of a question (by word weight) that, marked as an uncovered
    /// topic and not explained by the best answer, makes the reply `no_match`.
    public var uncoveredShare = 0.4

    /// Index a large knowledge base on all cores (two halves, then joined);
    /// false builds the same index on one, for measuring and testing.
    public var indexOnAllCores = true

    public init() {}

    /// The same engine as a plain BM25 over passage text and headings.
    public static var plainBM25: MatcherConfiguration {
        var configuration = MatcherConfiguration()
        configuration.useTypoCorrection = false
        configuration.useSynonyms = false
        configuration.useExampleQuestions = false
        configuration.useKeywords = false
        configuration.useConversationContext = false
        configuration.phraseWeight = 0
        configuration.subjectWeight = 1
        configuration.clarifyMargin = 2
        return configuration
    }
}
