/// A slash command (`/help`, `/source 2`) gets the command's reply
/// (`ChatSession.command`, from the one table of `SlashCommand`).
public struct CommandStep: ReplyStep {
    public init() {}

    public func reply(to turn: inout Turn, in session: inout ChatSession) -> Reply? {
        guard turn.message.isCommand else { return nil }
        return session.command(turn.message.input)
    }
}
