import ArgumentParser
import Foundation
import GuideEngine
import GuideTerminal

#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Chat: interactive on a terminal, one reply per line on a pipe, or the
/// locked-down waiting-room kiosk with `--kiosk`.
struct ChatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat",
        abstract: "Answer questions: interactively on a terminal, or one per line from standard input."
    )

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    @Option(help: "Batch output format: text or json (JSON Lines).")
    var format: BatchRunner.Format = .text

    @Flag(help: "Never use colour (also when NO_COLOR is set).")
    var noColor = false

    @Option(help: "Append each question the guide could not answer to FILE (the day and the question only; never crisis, emergency or referral messages).")
    var logUnanswered: String?

    @Flag(help: "Do not read or write the history file.")
    var noHistory = false

    @Flag(help: "Run as a locked-down waiting-room kiosk.")
    var kiosk = false

    @Option(help: "Kiosk: seconds without a key press before the session resets.")
    var idleTimeout: Double = 90

    @Option(help: "Kiosk: a file holding the passphrase that lets staff leave with /operator.")
    var operatorPassphraseFile: String?

    @Option(help: "Kiosk: a shell command run on a crisis or emergency (gets KETAGUIDE_KIOSK_ID and KETAGUIDE_STATUS).")
    var alertCommand: String?

    @Option(help: "Kiosk: this kiosk's name, passed to the alert command.")
    var kioskId = "kiosk"

    func validate() throws {
        guard idleTimeout > 0 else { throw ValidationError("--idle-timeout must be more than 0 seconds") }
    }

    func run() throws {
        let engine = try knowledgeBase.engine()
        try checkUnansweredLog()
        let isTerminal = isatty(0) == 1 && isatty(1) == 1
        let environment = ProcessInfo.processInfo.environment
        let style = TextStyle.decide(isTerminal: isTerminal, noColorFlag: noColor, environment: environment)
        let output = OutputWriter()
        if kiosk {
            try runKiosk(engine: engine, isTerminal: isTerminal, style: style, output: output)
        } else if isTerminal {
            let completer = Completer(engine: engine, isKiosk: false)
            let editor = try LibEditLineEditor(configuration: LibEditConfiguration(
                historyFile: noHistory ? nil : HistoryLocation.path(environment: environment),
                completions: { completer.completions(for: $0) }))
            LibEditLineEditor.installTerminalRestoreOnSignals()
            // While editing, Ctrl-C is a key (it clears the line); while an
            // answer is being written it must not end the program either.
            signal(SIGINT, SIG_IGN)
            let status = InteractiveSession(
                session: makeSession(engine), editor: editor, output: output, style: style,
                width: { LibEditLineEditor.currentTerminalWidth() }
            ).run()
            editor.close()
            try reportFaults(output: output)
            if status != 0 { throw ExitCode(status) }
        } else {
            var runner = BatchRunner(session: makeSession(engine), format: format)
            let input = PlainLineReader()
            runner.run(input: input, output: output)
            try reportFaults(input: input, output: output)
        }
    }

    private func runKiosk(engine: ChatEngine, isTerminal: Bool, style: TextStyle, output: OutputWriter) throws {
        var options = KioskOptions()
        options.idleTimeout = idleTimeout
        options.alertCommand = alertCommand
        options.kioskID = kioskId
        if let file = operatorPassphraseFile {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                printError("ketaguide: cannot read the operator passphrase file \(file)")
                throw ExitCode(66)
            }
            let passphrase = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !passphrase.isEmpty else {
                printError("ketaguide: the operator passphrase file \(file) is empty")
                throw ExitCode(65)
            }
            options.operatorPassphrase = passphrase
        }
        let editor: LineEditor
        if isTerminal {
            let completer = Completer(engine: engine, isKiosk: true)
            editor = try LibEditLineEditor(configuration: LibEditConfiguration(
                historyFile: nil, isKiosk: true, completions: { completer.completions(for: $0) }))
            LibEditLineEditor.installTerminalRestoreOnSIGTERM()
        } else {
            editor = PlainLineReader()
        }
        let session = makeSession(engine, options: .init(maxInputLength: options.maxInputLength, isKiosk: true))
        let status = KioskSession(
            session: session, editor: editor, output: output, style: style,
            width: { LibEditLineEditor.currentTerminalWidth() }, options: options, isTerminal: isTerminal
        ).run()
        (editor as? LibEditLineEditor)?.close()
        if status != 0 { throw ExitCode(status) }
    }
}

extension ChatCommand {
    /// A new conversation, logging unanswered questions when asked to.
    func makeSession(_ engine: ChatEngine, options: ChatSession.Options = ChatSession.Options()) -> ChatSession {
        var session = engine.makeSession(options: options)
        session.unansweredLog = unansweredLog(settings: engine.settings)
        return session
    }
}

extension BatchRunner.Format: ExpressibleByArgument {}
