/// A message over the session's limit is refused, saying its real length
/// and echoing only its start (`ReplyThresholds.tooLongEcho`).
public struct TooLongStep: ReplyStep {
    public init() {}

    public func reply(to turn: inout Turn, in session: inout ChatSession) -> Reply? {
        let message = turn.message
        guard message.isTooLong else { return nil }
        let limit = session.options.maxInputLength
        return Reply(
            input: String(message.input.unicodeScalars.prefix(session.options.thresholds.tooLongEcho)), status: .error,
            answer: session.settings.reply("too-long", ["length": "\(message.length)", "limit": "\(limit)"]))
    }
}
