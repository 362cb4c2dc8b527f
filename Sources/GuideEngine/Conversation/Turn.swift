/// A message on its way through the reply steps: the analysed message, and
/// what earlier steps concluded about it in this conversation.
public struct Turn: Sendable {
    public let message: AnalysedMessage
    /// The whole message matched with the conversation's context
    /// (`ContextMatchStep`); nil until then, and for messages never matched.
    public var contextMatch: Match?
    /// The match the answer steps go by: `contextMatch`, or the question
    /// after a story when that reads better (`StoryThenQuestionStep`).
    public var match: Match?
    /// The intent the whole message was answered with (`AnswerStep`); nil
    /// for any other reply, an answer in parts among them.
    public var wholeAnswer: Intent?

    public init(message: AnalysedMessage) {
        self.message = message
    }
}
