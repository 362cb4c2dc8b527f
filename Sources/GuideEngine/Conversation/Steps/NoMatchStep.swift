/// Nothing fits well enough: guide.conf's no-match reply, with up to three
/// questions the guide can answer, nearest to what was asked. The last step:
/// it always replies.
public struct NoMatchStep: ReplyStep {
    public init() {}

    public func reply(to turn: inout Turn, in session: inout ChatSession) -> Reply? {
        let match = turn.match ?? turn.message.plainMatch
        return Reply(
            input: turn.message.input, status: .noMatch, confidence: match?.confidence ?? 0,
            answer: session.settings.reply("no-match"), suggestions: match.map { session.suggestions(for: $0) } ?? [])
    }
}
