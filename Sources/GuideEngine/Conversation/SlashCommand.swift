/// A slash command as people see it: how it is typed, what it does, and
/// where it works. `/help`, Tab completion and the kiosk all read the one
/// table, `SlashCommand.all`, so they cannot disagree.
public struct SlashCommand: Sendable, Equatable {
    /// Where a command works.
    public enum Availability: Sendable, Equatable {
        /// Every mode: the terminal, batch and the kiosk.
        case everywhere
        /// The terminal and batch, not the kiosk (which has no way out but `/operator`).
        case outsideKiosk
        /// The interactive terminal only.
        case interactiveOnly
    }

    /// The word typed, `/source`.
    public let name: String
    /// How it is typed with its argument, `/source N`.
    public let usage: String
    /// What it does, a short phrase.
    public let summary: String
    public let availability: Availability

    /// Every command, in the order `/help` lists them. The kiosk's `/operator`
    /// is left out on purpose: it is for staff, not advertised to visitors.
    public static let all: [SlashCommand] = [
        SlashCommand(name: "/help", usage: "/help", summary: "show this help", availability: .everywhere),
        SlashCommand(name: "/topics", usage: "/topics", summary: "list what I can answer", availability: .everywhere),
        SlashCommand(
            name: "/sources", usage: "/sources", summary: "list the documents my answers come from", availability: .everywhere),
        SlashCommand(
            name: "/source", usage: "/source N", summary: "show the full text of source N of the last answer",
            availability: .everywhere),
        SlashCommand(name: "/why", usage: "/why", summary: "explain how I matched the last question", availability: .everywhere),
        SlashCommand(name: "/reset", usage: "/reset", summary: "start a new conversation", availability: .everywhere),
        SlashCommand(
            name: "/reload", usage: "/reload", summary: "load the knowledge base again after an edit",
            availability: .interactiveOnly),
        SlashCommand(name: "/crisis", usage: "/crisis", summary: "show who to contact if you need help now", availability: .everywhere),
        SlashCommand(name: "/quit", usage: "/quit", summary: "leave", availability: .outsideKiosk),
    ]

    /// The commands that work in the kiosk, or outside it.
    public static func available(isKiosk: Bool) -> [SlashCommand] {
        all.filter { !isKiosk || $0.availability == .everywhere }
    }

    /// `/help`'s text: a line of introduction, then one row per command in two
    /// aligned columns (usage, summary); outside the kiosk the commands of
    /// the interactive terminal only say so.
    public static func help(isKiosk: Bool) -> String {
        let commands = available(isKiosk: isKiosk)
        let column = (commands.map(\.usage.count).max() ?? 0) + gap
        var lines = ["Ask a question in your own words. Commands:"]
        for command in commands {
            let padding = String(repeating: " ", count: column - command.usage.count)
            let note = command.availability == .interactiveOnly ? " (interactive only)" : ""
            lines.append(indent + command.usage + padding + command.summary + note)
        }
        return lines.joined(separator: "\n")
    }

    /// Spaces before each row of `/help`.
    static let indent = "  "
    /// Spaces between the two columns of `/help`, after the longest usage.
    static let gap = 2
}
