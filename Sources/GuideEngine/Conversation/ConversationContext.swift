/// What a conversation remembers between questions.
public struct ConversationContext: Sendable, Equatable {
    /// The intent of the last answer.
    public private(set) var lastIntent: Intent?
    /// Its analysed topic words, lent to short follow-ups ("how is it taken?").
    public private(set) var topicTerms: [String] = []
    /// Whether the education-not-advice notice has been shown.
    public var hasShownNotice = false

    public init() {}

    mutating func remember(_ intent: Intent, terms: [String]) {
        lastIntent = intent
        topicTerms = terms
    }
}
