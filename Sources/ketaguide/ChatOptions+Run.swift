import ArgumentParser
import Foundation
import GuideEngine
import GuideFrontEnd
import GuideTerminal

#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Chat: interactive on a terminal, one reply per line on a pipe (or with
/// `--format json`), or the locked-down waiting-room kiosk with `--kiosk`.
extension ChatOptions {
    func run() throws {
        let engine = try knowledgeBase.engine()
        let privacy = try logUnanswered == nil ? nil : loadPrivacyFilter(engine)
        try checkUnansweredLog()
        try checkRegion(engine)
        let isTerminal = isatty(0) == 1 && isatty(1) == 1
        let environment = ProcessInfo.processInfo.environment
        let style = TextStyle.decide(isTerminal: isTerminal, noColorFlag: noColor, environment: environment)
        let output = OutputWriter()
        func makeSession(_ options: ChatSession.Options = ChatSession.Options()) -> ChatSession {
            var options = options
            options.region = region?.lowercased()
            options.staffOnSite = staffOnSite
            var session = engine.makeSession(options: options)
            session.unansweredLog = unansweredLog(privacy: privacy)
            return session
        }
        if kiosk {
            try runKiosk(engine: engine, session: makeSession(.init(maxInputLength: KioskOptions().maxInputLength, isKiosk: true)),
                         isTerminal: isTerminal, style: style, output: output)
        } else if isTerminal && format == .text {
            let completer = Completer(engine: engine, isKiosk: false)
            let editor = try LibEditLineEditor(configuration: LibEditConfiguration(
                historyFile: noHistory ? nil : HistoryLocation.path(environment: environment),
                completions: { completer.completions(for: $0) }))
            LibEditLineEditor.installTerminalRestoreOnSignals()
            // While editing, Ctrl-C is a key (it clears the line); while an
            // answer is being written it must not end the program either.
            signal(SIGINT, SIG_IGN)
            let interactive = InteractiveSession(
                session: makeSession(), editor: editor, output: output, style: style,
                width: { LibEditLineEditor.currentTerminalWidth() })
            interactive.showsPaths = showPaths
            let status = interactive.run()
            editor.close()
            try reportFaults(output: output)
            if status != 0 { throw ExitCode(status) }
        } else {
            if isatty(0) == 1 && format == .json {
                printError("ketaguide: --format json: one question per line, one JSON reply per line; Ctrl-D ends")
            }
            var runner = BatchRunner(session: makeSession(), format: format, showsPaths: showPaths)
            let input = PlainLineReader(droppedTextScreen: DroppedTextScreen(safety: engine.safety))
            runner.run(input: input, output: output)
            try reportFaults(input: input, output: output)
        }
    }

    /// `--region` must name a region of the knowledge base's crisis-lines.txt.
    private func checkRegion(_ engine: ChatEngine) throws {
        guard let region = region?.lowercased() else { return }
        let known = engine.knowledgeBase.safety.regions.map(\.key)
        guard known.contains(region) else {
            printError("ketaguide: --region \(region) is not in the knowledge base's crisis-lines.txt (known: \(known.joined(separator: ", ")))")
            throw ExitCode.validationFailure
        }
    }

    /// The knowledge base's list of personal-detail words, which the
    /// unanswered log cannot do without: exits 66 when it is missing, 65 when
    /// it is malformed, like the knowledge base itself.
    private func loadPrivacyFilter(_ engine: ChatEngine) throws -> PrivacyFilter {
        do {
            return try PrivacyFilter.load(
                knowledgeBaseDirectory: engine.knowledgeBase.directory,
                files: LanguageFiles(language: engine.knowledgeBase.settings.language))
        } catch KnowledgeBaseError.notFound(let path) {
            printError("ketaguide: --log-unanswered needs \(path), the words that mark personal details to leave out of the log")
            throw ExitCode(ExitStatus.knowledgeBaseNotFound)
        } catch {
            printError("ketaguide: \(error)")
            throw ExitCode(ExitStatus.malformedKnowledgeBase)
        }
    }

    private func runKiosk(
        engine: ChatEngine, session: ChatSession, isTerminal: Bool, style: TextStyle, output: OutputWriter
    ) throws {
        var options = KioskOptions()
        options.idleTimeout = idleTimeout ?? options.idleTimeout
        options.alertCommand = alertCommand
        options.kioskID = kioskId ?? options.kioskID
        if let file = operatorPassphraseFile {
            do {
                options.operatorPassphrase = try PassphraseFile.read(path: file)
            } catch {
                printError("ketaguide: \(error)")
                switch error {
                case .tooOpen: throw ExitCode(ExitStatus.passphraseFileTooOpen)
                case .missing, .unreadable, .notAPassphrase: throw ExitCode(ExitStatus.passphraseFileUnusable)
                }
            }
        }
        let editor: LineEditor
        if isTerminal {
            let completer = Completer(engine: engine, isKiosk: true)
            editor = try LibEditLineEditor(configuration: LibEditConfiguration(
                historyFile: nil, isKiosk: true, completions: { completer.completions(for: $0) }))
            LibEditLineEditor.installTerminalRestoreOnSignals()
        } else {
            editor = PlainLineReader(droppedTextScreen: DroppedTextScreen(safety: engine.safety))
        }
        let status = KioskSession(
            session: session, editor: editor, output: output, style: style,
            width: { LibEditLineEditor.currentTerminalWidth() }, options: options, isTerminal: isTerminal
        ).run()
        (editor as? LibEditLineEditor)?.close()
        if status != 0 { throw ExitCode(status) }
    }
}
