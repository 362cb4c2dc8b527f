import GuideEngine
import GuideFrontEnd

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
    /// Seconds without a key already spent before the next prompt (a penalty wait).
    private var idleTimeSpent: Double = 0
    /// The shortest idle timeout left after a penalty wait, so the prompt is seen.
    static let minimumIdleTimeout: Double = 1

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
        // The wording comes from the knowledge base: sanitised like input.
        let clean = TerminalText.sanitized
        var lines = [
            style.bold(clean(settings.name)), clean(settings.about), clean(settings.disclaimer),
            style.alert(clean(helpLine ?? settings.getHelp)), "",
            clean(settings.reply("kiosk-welcome")),
        ]
        for (index, question) in settings.suggestions.prefix(5).enumerated() {
            lines.append("  \(index + 1). \(clean(question))")
        }
        return lines.map { TerminalText.wrap($0, width: width).joined(separator: "\n") }.joined(separator: "\n")
    }

    /// Runs until an operator leaves (`KioskOptions.operatorExitStatus`) or,
    /// off a terminal, input ends (0).
    @discardableResult
    public func run() -> Int32 {
        startOver()
        while true {
            // Idle time already spent in a penalty wait counts, so the last
            // visitor's screen is never kept longer than the idle timeout.
            editor.idleTimeout = max(Self.minimumIdleTimeout, options.idleTimeout - idleTimeSpent)
            idleTimeSpent = 0
            switch editor.readLine(prompt: InteractiveSession.prompt(style: style)) {
            case .line(let line):
                let text = line.trimmingWhitespace()
                // The staff command of the table (`/operator`), handled here.
                guard editor.droppedCharactersOfLastLine == 0, let command = SlashCommand.named(text),
                    command.availability == .kioskOnly
                else {
                    handle(text)
                    continue
                }
                switch operatorSignIn() {
                case .leave: return KioskOptions.operatorExitStatus
                case .stay: continue
                case .startOver: startOver()
                }
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

    /// Answers one line (a question, a number from the welcome, a command).
    private func handle(_ text: String) {
        // A line cut by a bounded reader is answered whole: with its real
        // length, or as the danger past the part kept, whatever that part says.
        let dropped = editor.droppedCharactersOfLastLine
        if dropped > 0 {
            answer(session.analyse(text, droppedCharacters: dropped, droppedFinding: editor.droppedFindingOfLastLine))
            return
        }
        guard !text.isEmpty else { return }
        if InteractiveSession.quitWords.contains(text.lowercased()) {
            write(TerminalText.sanitized(session.engine.settings.reply("kiosk-stays-open")) + "\n\n")
            return
        }
        let suggestions = session.engine.settings.suggestions.prefix(5)
        var question = text
        // A number answers "Which did you mean?" when that was just asked;
        // otherwise it asks one of the welcome's questions.
        if session.context.pendingChoice.isEmpty, let number = Int(text), (1...suggestions.count).contains(number) {
            question = suggestions[suggestions.startIndex + number - 1]
            write(style.dim("> " + question) + "\n")
        }
        editor.addToHistory(question)
        answer(session.analyse(question))
    }

    /// Writes the reply to `message`, alerting staff when it is urgent.
    private func answer(_ message: AnalysedMessage) {
        let reply = session.respond(to: message)
        let renderer = TextRenderer(
            wording: ReplyWording(settings: session.engine.settings), width: max(20, width() - 1), style: style,
            showsPaths: false)
        var shown = renderer.render(reply) + "\n\n"
        if reply.isUrgent {
            shown = "\u{7}" + style.alert(String(repeating: "=", count: min(60, width() - 1))) + "\n" + shown
            alert?.send(status: reply.status.rawValue)
        }
        write(shown)
    }

    private enum SignIn {
        case leave, stay, startOver
    }

    /// `/operator`: asks for the passphrase without showing it, and never
    /// lets it become a question, a history line or a log line.
    ///
    /// The prompt closes after `KioskOptions.passphraseTimeout` (the kiosk
    /// then resets as after any idle time) or on Ctrl-C. A wrong passphrase
    /// is followed by the gate's wait, during which typing is discarded; a
    /// wait longer than the idle timeout ends in a reset, and the rest of it
    /// still applies to the next `/operator`, whoever types it.
    private func operatorSignIn() -> SignIn {
        guard let gate else {
            write(operatorText("operator-not-configured", fallback: "Operator exit is not configured on this kiosk.") + "\n\n")
            return .stay
        }
        let wait = gate.remainingWait(at: monotonicSeconds())
        if wait > 0 {
            write(
                operatorText(
                    "operator-paused", ["seconds": String(Int(wait.rounded(.up)))],
                    fallback: "Operator sign-in is paused after a wrong passphrase. Try again in {seconds} s.") + "\n\n")
            return .stay
        }
        guard isTerminal else { return scriptedSignIn(gate) }
        // Typed ahead after "/operator" (a paste): never part of the passphrase, never a question.
        editor.discardTypeAhead()
        let prompt = PassphrasePrompt()
        prompt.begin()
        defer { prompt.end() }
        write(operatorText("operator-prompt", fallback: "Operator passphrase (not shown; Ctrl-C cancels):") + " ")
        let outcome = prompt.read(timeout: options.effectivePassphraseTimeout)
        write("\n")
        switch outcome {
        case .cancelled:
            write(operatorText("operator-cancelled", fallback: "Cancelled.") + "\n\n")
            return .stay
        case .timedOut, .endOfInput:
            return .startOver
        case .entered(let attempt):
            if gate.check(attempt, at: monotonicSeconds()) {
                write(operatorText("operator-leaving", fallback: "Leaving kiosk mode.") + "\n")
                return .leave
            }
            write(operatorText("operator-wrong", fallback: "That passphrase is not right.") + "\n")
            let penalty = gate.remainingWait(at: monotonicSeconds())
            let held = min(penalty, options.idleTimeout)
            prompt.hold(for: held)
            idleTimeSpent = held
            write("\n")
            return held < penalty ? .startOver : .stay
        }
    }

    /// Off a terminal (a scripted run), the passphrase is the next line.
    private func scriptedSignIn(_ gate: OperatorGate) -> SignIn {
        guard case .line(let attempt) = editor.readLine(prompt: "") else { return .stay }
        if gate.check(attempt.trimmingWhitespace(), at: monotonicSeconds()) {
            write(operatorText("operator-leaving", fallback: "Leaving kiosk mode.") + "\n")
            return .leave
        }
        write(operatorText("operator-wrong", fallback: "That passphrase is not right.") + "\n\n")
        return .stay
    }

    /// Forgets everything about the last visitor and welcomes the next.
    private func startOver() {
        session.reset()
        editor.clearHistory()
        write((isTerminal ? Self.clearScreen : "") + Self.welcome(
                    settings: session.engine.settings, style: style, width: width() - 1,
                    helpLine: session.engine.helpLine(for: session.options)) + "\n\n")
    }

    /// A message of the staff exit, in the knowledge base's words
    /// (`operator-*` in its language's strings). The one place with a wording
    /// of its own: staff must be able to leave a kiosk whose knowledge base
    /// lacks the strings (an imported one), and know what is asked of them.
    private func operatorText(_ key: String, _ values: [String: String] = [:], fallback: String) -> String {
        TerminalText.sanitized(session.engine.settings.reply(key, values, fallback: fallback))
    }

    private func write(_ text: String) {
        output.write(text)
        output.flush()
    }

    private func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1_000_000_000
    }
}
