/// The numbers the reply pipeline decides by, each named once (the matcher's
/// own are in `MatcherConfiguration`).
public struct ReplyThresholds: Sendable, Equatable {
    /// A match at least this confident (the share of the question its intent
    /// explains) is taken as it stands. Below it, the message gets the other
    /// readings a patient's message may need: a closing sentence of small
    /// talk ("… Goodbye and take care."), a story before the question, or
    /// several questions in one. Above it, those readings would only lose a
    /// good answer.
    public var strongMatch = 0.8
    /// Answers a session remembers, by their intents, before it starts
    /// afresh: a batch asks the same few hundred questions again and again,
    /// and the memory stays bounded.
    public var rememberedAnswers = 1_000
    /// Characters of an overlong message echoed in its too-long reply: enough
    /// to recognise it, never a pasted wall of text.
    public var tooLongEcho = 80

    public init() {}
}
