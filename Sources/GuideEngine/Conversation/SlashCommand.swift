/// A slash command: how it is typed, what it does, where it works and what
/// the session does with it. `/help`, Tab completion, the session (batch and
/// interactive), the interactive loop and the kiosk all read the one table,
/// `SlashCommand.all`, so they cannot disagree.
public struct SlashCommand: Sendable, Equatable {
    /// Where a command works.
    public enum Availability: Sendable, Equatable {
        /// Every mode: the terminal, batch and the kiosk.
        case everywhere
        /// The terminal and batch, not the kiosk (which has no way out but `/operator`).
        case outsideKiosk
        /// The interactive terminal only.
        case interactiveOnly
        /// The kiosk only, for staff.
        case kioskOnly
    }

    /// What the session answers to the command with its argument (the words
    /// after it); nil for a command its front end handles itself (`/reload`
    /// reloads the interactive terminal's engine, `/operator` asks for the
    /// kiosk's passphrase), which the session then declines.
    public typealias Handler = @Sendable (_ session: inout ChatSession, _ argument: String) -> String

    /// The word typed, `/source`.
    public let name: String
    /// How it is typed with its argument, `/source N`.
    public let usage: String
    /// The key of what it does, a short phrase in the language's strings
    /// (`command-source` in `language/strings-en.txt`).
    public var summaryKey: String { "command-" + name.dropFirst() }
    public let availability: Availability
    /// Other ways to type it, plain words among them ("quit", "exit", "/exit").
    public let aliases: [String]
    /// Whether `/help` and completion show it; `/operator` is for staff, not
    /// advertised to visitors.
    public let isListed: Bool
    /// Whether its reply ends the session (outside the kiosk, which stays open).
    public let leaves: Bool
    public let handler: Handler?

    public init(
        name: String, usage: String? = nil, availability: Availability, aliases: [String] = [],
        isListed: Bool = true, leaves: Bool = false, handler: Handler?
    ) {
        self.name = name
        self.usage = usage ?? name
        self.availability = availability
        self.aliases = aliases
        self.isListed = isListed
        self.leaves = leaves
        self.handler = handler
    }

    public static func == (lhs: SlashCommand, rhs: SlashCommand) -> Bool { lhs.name == rhs.name }

    /// Every command, in the order `/help` lists them.
    public static let all: [SlashCommand] = [
        SlashCommand(name: "/help", availability: .everywhere) { session, _ in
            SlashCommand.help(isKiosk: session.options.isKiosk, settings: session.settings)
        },
        SlashCommand(name: "/topics", availability: .everywhere) { session, _ in
            session.topics()
        },
        SlashCommand(name: "/sources", availability: .everywhere) {
            session, _ in session.sources()
        },
        SlashCommand(
            name: "/source", usage: "/source N",
            availability: .everywhere
        ) { session, argument in session.source(argument) },
        SlashCommand(name: "/why", availability: .everywhere) {
            session, _ in session.explanation()
        },
        SlashCommand(name: "/reset", availability: .everywhere) { session, _ in
            session.reset()
            return session.settings.reply("reset")
        },
        SlashCommand(
            name: "/reload", availability: .interactiveOnly,
            handler: nil),
        SlashCommand(name: "/crisis", availability: .everywhere) {
            session, _ in session.crisisContacts()
        },
        SlashCommand(
            name: "/quit", availability: .outsideKiosk, aliases: ["/exit", "quit", "exit"], leaves: true
        ) { session, _ in session.settings.reply("goodbye") },
        SlashCommand(
            name: "/operator", availability: .kioskOnly, isListed: false,
            handler: nil),
    ]

    /// The command `word` names (its name or an alias, any case), if any.
    public static func named(_ word: String) -> SlashCommand? {
        let word = word.lowercased()
        return all.first { $0.name == word || $0.aliases.contains(word) }
    }

    /// The `/quit` command, whose words leave the interactive terminal.
    public static var quit: SlashCommand? { named("/quit") }

    /// Whether the command works in the kiosk, or outside it.
    public func isAvailable(isKiosk: Bool) -> Bool {
        switch availability {
        case .everywhere: return true
        case .outsideKiosk, .interactiveOnly: return !isKiosk
        case .kioskOnly: return isKiosk
        }
    }

    /// The listed commands that work in the kiosk, or outside it.
    public static func available(isKiosk: Bool) -> [SlashCommand] {
        all.filter { $0.isListed && $0.isAvailable(isKiosk: isKiosk) }
    }

    /// `/help`'s text: a line of introduction, then one row per command in two
    /// aligned columns (usage, summary); outside the kiosk the commands of
    /// the interactive terminal only say so. The words are the knowledge
    /// base's (`settings`), in its language.
    public static func help(isKiosk: Bool, settings: GuideSettings) -> String {
        let commands = available(isKiosk: isKiosk)
        let column = (commands.map(\.usage.count).max() ?? 0) + gap
        var lines = [settings.reply("help-intro")]
        for command in commands {
            let padding = String(repeating: " ", count: column - command.usage.count)
            let note = command.availability == .interactiveOnly ? " " + settings.reply("help-interactive-only") : ""
            lines.append(indent + command.usage + padding + settings.reply(command.summaryKey) + note)
        }
        return lines.joined(separator: "\n")
    }

    /// Spaces before each row of `/help`.
    static let indent = "  "
    /// Spaces between the two columns of `/help`, after the longest usage.
    static let gap = 2
}
