import GuideEngine

#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// The waiting-room kiosk: inviting to the next visitor, private about the
/// last one, and impossible to leave without the operator's passphrase.
///
/// After `idleTimeout` seconds without a key press the conversation, the
/// in-memory history, the half-typed line and the screen with its scrollback
/// are all cleared and the welcome is shown again.
public final class KioskSession {
    private var session: ChatSession
    private let editor: LineEditor
    private let output: OutputWriter
    private let style: TextStyle
    private let width: () -> Int
    private let options: KioskOptions
    private let gate: OperatorGate?
    private let alert: StaffAlert?
    private let isTerminal: Bool

    /// Clears the screen and the scrollback, and homes the cursor.
    static let clearScreen = "\u{1B}[H\u{1B}[2J\u{1B}[3J"

    /// - Parameter session: a conversation made with kiosk options
    ///   (`ChatSession.Options(maxInputLength: options.maxInputLength, isKiosk: true)`).
    public init(
        session: ChatSession, editor: LineEditor, output: OutputWriter, style: TextStyle, width: @escaping () -> Int,
        options: KioskOptions, isTerminal: Bool
    ) {
        self.session = session
        self.editor = editor
        self.output = output
        self.style = style
        self.width = width
        self.options = options
        self.gate = options.operatorPassphrase.map(OperatorGate.init)
        self.alert = options.alertCommand.map { StaffAlert(command: $0, kioskID: options.kioskID) }
        self.isTerminal = isTerminal
    }

    /// The welcome: name, what it answers, the notice, the emergency line,
    /// and five numbered questions to start with.
    public static func welcome(settings: GuideSettings, style: TextStyle, width: Int, helpLine: String? = nil) -> String {
        var lines = [
            style.bold(settings.name), settings.about, settings.disclaimer, style.alert(helpLine ?? settings.getHelp), "",
            "Type a question in your own words, or a number to ask one of these:",
        ]
        for (index, question) in settings.suggestions.prefix(5).enumerated() {
            lines.append("  \(index + 1). \(question)")
        }
        return lines.map { TerminalText.wrap($0, width: width).joined(separator: "\n") }.joined(separator: "\n")
    }

    /// Runs until an operator leaves (status 0) or, off a terminal, input ends.
    @discardableResult
    public func run() -> Int32 {
        editor.idleTimeout = options.idleTimeout
        startOver()
        while true {
            switch editor.readLine(prompt: style.accent("ask> ")) {
            case .line(let line):
                if handle(line.trimmingWhitespace()) { return 0 }
            case .interrupted:
                continue
            case .endOfInput:
                // On a terminal the editor never ends input in kiosk mode; a
                // closed pipe is the end of a scripted run.
                if !isTerminal { return 0 }
            case .idleTimeout:
                startOver()
            }
        }
    }

    /// Handles one line; true when an operator has left.
    private func handle(_ text: String) -> Bool {
        guard !text.isEmpty else { return false }
        if text.lowercased() == "/operator" { return operatorExit() }
        if InteractiveSession.quitWords.contains(text.lowercased()) {
            write("This guide stays open for the next person. Ask another question, or simply walk away.\n\n")
            return false
        }
        let suggestions = session.engine.settings.suggestions.prefix(5)
        var question = text
        if let number = Int(text), (1...suggestions.count).contains(number) {
            question = suggestions[suggestions.startIndex + number - 1]
            write(style.dim("> " + question) + "\n")
        }
        editor.addToHistory(question)
        let reply = session.respond(to: question)
        let renderer = TextRenderer(width: max(20, width() - 1), style: style, showsPaths: false)
        var shown = renderer.render(reply) + "\n\n"
        if reply.isUrgent {
            shown = "\u{7}" + style.alert(String(repeating: "=", count: min(60, width() - 1))) + "\n" + shown
            alert?.send(status: reply.status.rawValue)
        }
        write(shown)
        return false
    }

    private func operatorExit() -> Bool {
        guard let gate else {
            write("Operator exit is not configured on this kiosk.\n\n")
            return false
        }
        let attempt = OperatorGate.readSecret(prompt: "Operator passphrase: ") ?? ""
        if gate.check(attempt) {
            write("Leaving kiosk mode.\n")
            return true
        }
        sleep(gate.delayAfterFailure)
        write("That passphrase is not right.\n\n")
        return false
    }

    /// Forgets everything about the last visitor and welcomes the next.
    private func startOver() {
        session.reset()
        editor.clearHistory()
        write((isTerminal ? Self.clearScreen : "") + Self.welcome(
                    settings: session.engine.settings, style: style, width: width() - 1,
                    helpLine: session.engine.helpLine(for: session.options)) + "\n\n")
    }

    private func write(_ text: String) {
        output.write(text)
        output.flush()
    }
}
