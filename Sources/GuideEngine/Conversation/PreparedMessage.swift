/// The part of answering a message that does not depend on the
/// conversation: the safety screen, small talk and the plain match.
///
/// Worked out by `ChatEngine.prepare`, which is pure, so a batch can prepare
/// the next messages on another core while the session answers this one.
public struct PreparedMessage: Sendable {
    /// The message, trimmed.
    public let input: String
    let finding: SafetyScreen.Finding?
    let smalltalk: SmalltalkIntent?
    /// The match without conversation context, when the message will need one.
    let plainMatch: Match?
}

extension ChatEngine {
    /// The conversation-free work for `rawInput` under a session's `options`;
    /// `memo` is the calling thread's (see `WordMemo`).
    public func prepare(_ rawInput: String, options: ChatSession.Options, memo: inout WordMemo) -> PreparedMessage {
        let input = rawInput.trimmingWhitespace()
        let isCommand = input.hasPrefix("/")
        let finding = isCommand ? nil : safety.screen(input, memo: &memo)
        var isFlagged = false
        var isUrgent = false
        if case .flagged(let status, _, _) = finding {
            isFlagged = true
            isUrgent = status != .referral
        }
        // Empty, over-long, command and urgent messages are never matched.
        guard !isUrgent, !isCommand, !input.isEmpty, input.unicodeScalars.count <= options.maxInputLength else {
            return PreparedMessage(input: input, finding: finding, smalltalk: nil, plainMatch: nil)
        }
        // A referral is answered with its message and the plain match, never as small talk.
        let smalltalk = isFlagged ? nil : self.smalltalk.match(input, memo: &memo)
        let plainMatch = smalltalk == nil ? matcher.match(input, memo: &memo) : nil
        return PreparedMessage(input: input, finding: finding, smalltalk: smalltalk, plainMatch: plainMatch)
    }
}
