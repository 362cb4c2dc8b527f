/// One decision of the reply pipeline, in the manner of a channel handler:
/// it looks at the turn and either replies or passes it on (nil), perhaps
/// with something it concluded written into the turn for the steps after it.
///
/// A step holds no state of its own; the conversation's is in the session.
public protocol ReplyStep: Sendable {
    /// The reply to `turn`, or nil to pass it to the next step.
    func reply(to turn: inout Turn, in session: inout ChatSession) -> Reply?
}

/// A finishing touch to the reply a step chose: it adds a field (a note, a
/// footnote, a notice) and never replaces the reply.
public protocol ReplyFinishingStep: Sendable {
    func finish(_ reply: inout Reply, for turn: Turn, in session: inout ChatSession)
}
