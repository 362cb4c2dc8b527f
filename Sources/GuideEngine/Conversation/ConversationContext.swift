/// What a conversation remembers between questions.
public struct ConversationContext: Sendable, Equatable {
    /// The intent of the last answer.
    public private(set) var lastIntent: Intent?
    /// Its analysed topic words, lent to short follow-ups ("how is it taken?").
    public private(set) var topicTerms: [String] = []
    /// Whether the education-not-advice notice has been shown.
    public var hasShownNotice = false
    /// Whether the last reply was a crisis or emergency message, so that
    /// "never mind" can be accepted gently.
    public var lastWasUrgent = false
    /// The intents offered by the last reply's "Which did you mean?", in
    /// order, for a next line that picks one ("2", "the first one").
    public var pendingChoice: [Intent] = []

    public init() {}

    mutating func remember(_ intent: Intent, terms: [String]) {
        lastIntent = intent
        topicTerms = terms
    }
}
