/// The guide's whole question-answering pipeline, built once per knowledge
/// base and shared by every conversation (it holds no conversation state).
///
/// A question's path: `ChatEngine.analyse` (`SafetyScreen`, `SmalltalkMatcher`,
/// `IntentMatcher`, `QuestionSplitter`, once each) → `AnalysedMessage` →
/// `ReplyPipeline` (its steps, with the conversation) → `Reply`.
public final class ChatEngine: Sendable {
    public let knowledgeBase: KnowledgeBase
    public let matcher: IntentMatcher
    public let composer: AnswerComposer
    public let smalltalk: SmalltalkMatcher
    public let safety: SafetyScreen
    public let splitter: QuestionSplitter

    public convenience init(knowledgeBase: KnowledgeBase, configuration: MatcherConfiguration = MatcherConfiguration()) {
        self.init(knowledgeBase: knowledgeBase, configuration: configuration, index: nil)
    }

    /// With `index`, the matcher's index already built or read from a cache.
    init(knowledgeBase: KnowledgeBase, configuration: MatcherConfiguration, index: MatcherIndex?) {
        self.knowledgeBase = knowledgeBase
        self.matcher = IntentMatcher(knowledgeBase: knowledgeBase, configuration: configuration, cached: index)
        self.composer = AnswerComposer(knowledgeBase: knowledgeBase)
        self.smalltalk = SmalltalkMatcher(intents: knowledgeBase.smalltalk, stopWords: knowledgeBase.stopWords)
        self.safety = SafetyScreen(
            rules: knowledgeBase.safety, analyzer: matcher.analyzer, embeddings: knowledgeBase.embeddings,
            harmless: { Self.harmlessSentences(of: knowledgeBase) })
        self.splitter = QuestionSplitter(
            partSeparators: knowledgeBase.settings.partSeparators, comparisonWords: knowledgeBase.settings.comparisonWords,
            tails: knowledgeBase.settings.questionTails, leads: knowledgeBase.settings.questionLeads)
    }

    public var settings: GuideSettings { knowledgeBase.settings }

    /// What the knowledge base itself asks and says: its example questions,
    /// suggestions and small talk, harmless by construction (at most
    /// `harmlessLimit` of them, so a large knowledge base starts quickly).
    static func harmlessSentences(of knowledgeBase: KnowledgeBase) -> [String] {
        var sentences = knowledgeBase.settings.suggestions + knowledgeBase.notCovered.questions
        sentences += knowledgeBase.smalltalk.flatMap(\.phrasings)
        for section in knowledgeBase.sections {
            if sentences.count >= harmlessLimit { break }
            sentences += section.questions
            sentences += section.passages.flatMap(\.questions)
        }
        return Array(sentences.prefix(harmlessLimit))
    }

    /// At most this many of the knowledge base's own sentences join the safe examples.
    static let harmlessLimit = 2_000

    /// A new conversation with this engine.
    public func makeSession(options: ChatSession.Options = ChatSession.Options()) -> ChatSession {
        ChatSession(engine: self, options: options)
    }
}
