/// The part of answering a message that does not depend on the
/// conversation: the safety screen, small talk and the plain match.
///
/// Worked out by `ChatEngine.prepare`, which is pure, so a batch can prepare
/// the next messages on another core while the session answers this one.
public struct PreparedMessage: Sendable {
    /// The message, trimmed.
    public let input: String
    /// The message's length in Unicode scalars, counting the characters a
    /// line reader dropped from an overlong line (so the too-long reply can
    /// say how long the line really was).
    public let length: Int
    let finding: SafetyScreen.Finding?
    let smalltalk: SmalltalkIntent?
    /// The match without conversation context, when the message will need one.
    let plainMatch: Match?
}

extension ChatEngine {
    /// The conversation-free work for `rawInput` under a session's `options`;
    /// `memo` is the calling thread's (see `WordMemo`).
    ///
    /// - Parameter droppedCharacters: characters of the line a bounded reader
    ///   discarded after `rawInput` (0 for a whole line). A line that is too
    ///   long is screened for crisis and emergency language only: a referral
    ///   phrase or a sensitive topic at the start of megabytes of text is not
    ///   a question to answer, the line gets the too-long reply.
    public func prepare(
        _ rawInput: String, droppedCharacters: Int = 0, options: ChatSession.Options, memo: inout WordMemo
    ) -> PreparedMessage {
        let input = Self.withoutByteOrderMark(rawInput).trimmingWhitespace()
        let length = input.unicodeScalars.count + max(0, droppedCharacters)
        let isTooLong = length > options.maxInputLength
        let isCommand = input.hasPrefix("/")
        var finding = isCommand ? nil : safety.screen(input, memo: &memo)
        var isFlagged = false
        var isUrgent = false
        if case .flagged(let status, _, _) = finding {
            isFlagged = true
            isUrgent = status != .referral
        }
        if isTooLong && !isUrgent {
            finding = nil
            isFlagged = false
        }
        // Empty, over-long, command and urgent messages are never matched.
        guard !isUrgent, !isCommand, !input.isEmpty, !isTooLong else {
            return PreparedMessage(input: input, length: length, finding: finding, smalltalk: nil, plainMatch: nil)
        }
        // A referral is answered with its message and the plain match, never as small talk.
        let smalltalk = isFlagged ? nil : self.smalltalk.match(input, memo: &memo)
        let plainMatch = smalltalk == nil ? matcher.match(input, memo: &memo) : nil
        return PreparedMessage(
            input: input, length: length, finding: finding, smalltalk: smalltalk, plainMatch: plainMatch)
    }

    /// A byte-order mark (U+FEFF) some editors put at the start of a file,
    /// and so of its first line, is not part of the question ("\u{FEFF}/help"
    /// is the command /help).
    static func withoutByteOrderMark(_ text: String) -> String {
        guard text.unicodeScalars.first == "\u{FEFF}" else { return text }
        return String(text.unicodeScalars.dropFirst())
    }
}
