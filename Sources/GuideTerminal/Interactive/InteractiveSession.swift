import GuideEngine
import GuideFrontEnd

#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// The interactive front end: a banner, a prompt, answers wrapped to the
/// terminal's width, and the keys a terminal user expects.
///
/// It works with any `LineEditor`, so the same loop is tested with plain
/// input and used with libedit on a terminal.
public final class InteractiveSession {
    private var session: ChatSession
    private let editor: LineEditor
    private let output: OutputWriter
    private let style: TextStyle
    private let width: () -> Int
    /// Whether source lines show file paths and lines (`--show-paths`, for authors).
    public var showsPaths = false
    /// Plain words that leave, besides `/quit` and Ctrl-D.
    /// (`/quit` and its aliases in `SlashCommand.all`.)
    public static let quitWords: Set<String> = Set(SlashCommand.quit.map { [$0.name] + $0.aliases } ?? [])

    public init(session: ChatSession, editor: LineEditor, output: OutputWriter, style: TextStyle, width: @escaping () -> Int) {
        self.session = session
        self.editor = editor
        self.output = output
        self.style = style
        self.width = width
    }

    /// The prompt, its colour reset before the space that follows it: libedit
    /// writes an invisible sequence together with the next visible character,
    /// so a reset at the very end of the prompt never reached the terminal and
    /// everything typed after it came out in the prompt's colour.
    public static func prompt(style: TextStyle) -> String {
        style.accent("ask>") + " "
    }

    /// The welcome text: what the guide answers, that it is education and not
    /// advice, how to get help, and how to see the commands. The wording comes
    /// from the knowledge base's `guide.conf`, so it is sanitised like input.
    public static func banner(settings: GuideSettings, style: TextStyle, width: Int, helpLine: String? = nil) -> String {
        let lines = [
            style.bold(TerminalText.sanitized(settings.name)),
            TerminalText.sanitized(settings.about),
            TerminalText.sanitized(settings.disclaimer),
            TerminalText.sanitized(helpLine ?? settings.getHelp),
            TerminalText.sanitized(settings.reply("banner-hint")),
        ]
        return lines.map { TerminalText.wrap($0, width: width).joined(separator: "\n") }.joined(separator: "\n")
    }

    /// Runs until the user leaves; returns the exit status (0).
    @discardableResult
    public func run() -> Int32 {
        write(Self.banner(
                settings: session.engine.settings, style: style, width: width() - 1,
                helpLine: session.engine.helpLine(for: session.options)) + "\n\n")
        while true {
            switch editor.readLine(prompt: Self.prompt(style: style)) {
            case .line(let line):
                let text = line.trimmingWhitespace()
                if text.isEmpty { continue }
                if Self.quitWords.contains(text.lowercased()) {
                    write(TerminalText.sanitized(session.engine.settings.reply("goodbye")) + "\n")
                    return 0
                }
                if let command = SlashCommand.named(text), command.availability == .interactiveOnly, command.handler == nil {
                    editor.addToHistory(text)
                    reload()
                    continue
                }
                let reply = session.respond(to: text)
                // What someone says in a crisis is not kept in a file on disk.
                if !reply.isUrgent { editor.addToHistory(text) }
                show(reply)
                if reply.endsSession { return 0 }
            case .interrupted, .idleTimeout:
                continue
            case .endOfInput:
                write("\n")
                return 0
            }
        }
    }

    /// Loads the knowledge base again from its folder and reports what
    /// changed; on an error the loaded one stays in use and the error is shown.
    private func reload() {
        let old = session.engine.knowledgeBase
        do {
            let new = try KnowledgeBaseLoader().load(directory: old.directory)
            let engine = ChatEngine.load(new, configuration: session.engine.matcher.configuration).engine
            var fresh = engine.makeSession(options: session.options)
            fresh.unansweredLog = session.unansweredLog
            session = fresh
            let summary = TerminalText.sanitized(KnowledgeBaseDiff(from: old, to: new).summary)
            write(TerminalText.wrap(summary, width: width() - 1).joined(separator: "\n") + "\n\n")
        } catch {
            let message = TerminalText.sanitized("\(error)")
            let heading = TerminalText.sanitized(session.engine.settings.reply("reload-failed"))
            write(style.alert(heading) + "\n" + message + "\n\n")
        }
    }

    private func show(_ reply: Reply) {
        let renderer = TextRenderer(
            wording: ReplyWording(settings: session.engine.settings), width: max(20, width() - 1), style: style,
            showsPaths: showsPaths)
        var text = renderer.render(reply) + "\n\n"
        if reply.isUrgent { text = "\u{7}" + text }
        write(text)
    }

    private func write(_ text: String) {
        output.write(text)
        output.flush()
    }
}
