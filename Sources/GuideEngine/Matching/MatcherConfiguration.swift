/// The matcher's knobs. The defaults are the tuned engine; `plainBM25` turns
/// every aid off, to measure what they add.
public struct MatcherConfiguration: Sendable {
    public var useTypoCorrection = true
    public var useSynonyms = true
    public var useExampleQuestions = true
    public var useKeywords = true
    public var useConversationContext = true
    /// Kinds of question (`QuestionKinds`): what is asked outweighs the subject.
    public var useQuestionKinds = true
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

    // Query-time numbers of `IntentMatcher.score`; none of them changes the
    // index, so none is part of the index cache's settings key.

    /// How much a word of the conversation's topic counts in a follow-up
    /// ("how is it taken?" after an answer on esketamine), against 1 for a
    /// word of the question.
    public var contextWeight = 0.5
    /// How many entries the index returns to be ranked: more than any
    /// decision looks at (the best, its runner-up, the not-covered topic,
    /// three suggestions, five for `/why`).
    public var candidateLimit = 12
    /// The least a known word weighs in the confidence (its idf, at least
    /// this): a word every entry has still says a little.
    public var minimumWordWeight = 0.05
    /// The coverage of a question with no words of its own, matched on the
    /// conversation's topic alone: enough to follow the topic, not certainty.
    public var contextOnlyCoverage = 0.6
    /// Rank = score × (`coverageRankBase` + coverage): coverage decides
    /// between entries of similar score, the score still counts when no
    /// entry covers much.
    public var coverageRankBase = 0.25
    /// The rank of an item (a passage with its own id) that the question does
    /// not name itself, only through its section's words, is multiplied by this.
    public var unnamedItemFactor = 0.3
    /// The rank of an item whose section covers the question as well, with
    /// at least `sectionScoreShare` of its score, is multiplied by this: a
    /// broad question gets the section.
    public var broadSectionFactor = 0.5
    /// See `broadSectionFactor`.
    public var sectionScoreShare = 0.5
    /// The rank of an entry whose section answers the kind of question asked
    /// ("risks" in "what are the risks of infusions") is multiplied by this:
    /// what is asked outweighs what it is asked about.
    public var askedKindFactor = 2.0
    /// The same for an entry that answers another kind the question asks,
    /// not its main one ("how does it work in treating conditions": the
    /// conditions, after how it works).
    public var otherAskedKindFactor = 1.4
    /// A section that answers the kind asked but shares no word with the
    /// question enters the candidates with this share of the best score.
    public var kindOnlyScoreShare = 0.5
    /// …and only when at most this many sections answer the kinds asked.
    public var kindOnlyCandidateLimit = 12
    /// A general section answering for a subject the question names ("the
    /// risks of infusions") gains this share of the subject's score: it
    /// answers the pair the subject was found by, so it is not outranked by
    /// the subject's own entry, which does not answer what is asked.
    public var generalAnswerScoreShare = 0.5
    /// The best answer of a question's main kind goes with the chosen one
    /// (which answers another kind asked) when it covers `threshold` of the
    /// question, or this much when a cue of two words or more asks for the
    /// main kind ("why * work"): so plainly asked, less of the rest is needed.
    public var alsoAnswerCoverage = 0.3

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
        configuration.useQuestionKinds = false
        configuration.phraseWeight = 0
        configuration.subjectWeight = 1
        configuration.clarifyMargin = 2
        return configuration
    }
}
