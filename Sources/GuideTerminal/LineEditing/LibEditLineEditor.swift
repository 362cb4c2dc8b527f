@preconcurrency import CLibEdit
@preconcurrency import CLibEditSystem
import GuideFrontEnd
#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// How a `LibEditLineEditor` behaves.
public struct LibEditConfiguration: Sendable {
    /// Used as libedit's program name and as the prefix of warnings ("ketaguide: warning: ...").
    public var programName: String
    /// Where history is kept across sessions (an absolute path; `~` is not expanded). nil = no file.
    public var historyFile: String?
    /// The most lines kept in history (and in the file).
    public var historyLimit: Int
    /// Kiosk mode: ^C, ^D, ^Z and ^\ never end or suspend the program.
    public var isKiosk: Bool
    /// Tab completion. Given the word before the cursor (or, when the line starts with "/",
    /// the whole line up to the cursor), returns the candidates that complete it.
    public var completions: @Sendable (String) -> [String]

    public init(
        programName: String = "ketaguide",
        historyFile: String? = nil,
        historyLimit: Int = 1000,
        isKiosk: Bool = false,
        completions: @escaping @Sendable (String) -> [String] = { _ in [] }
    ) {
        self.programName = programName
        self.historyFile = historyFile
        self.historyLimit = historyLimit
        self.isKiosk = isKiosk
        self.completions = completions
    }
}

public enum LibEditError: Error, Equatable, CustomStringConvertible {
    /// libedit keeps static state for signals: only one editor may be open per process.
    case anotherEditorIsOpen
    /// el_init or history_init failed.
    case initializationFailed

    public var description: String {
        switch self {
        case .anotherEditorIsOpen: return "another line editor is already open in this process"
        case .initializationFailed: return "libedit could not be initialised"
        }
    }
}

/// A `LineEditor` over libedit's EditLine and History (the histedit.h API).
///
/// Keys: emacs bindings, arrows, Up/Down through history, ^R incremental search,
/// Tab completion (`LibEditConfiguration.completions`), ^C discards the line
/// (`.interrupted`), ^D on an empty line ends input (`.endOfInput`) and deletes
/// the character under the cursor otherwise; ^Z suspends the program.
/// In kiosk mode ^C and ^D discard the line (`.interrupted`), ^Z and ^\ do nothing,
/// and SIGINT, SIGQUIT and SIGTSTP are ignored while the editor is open (between
/// prompts the tty is in normal mode, where those keys send signals); a REPL that
/// wants ^C to cancel an answer installs its own SIGINT handler after `init`.
///
/// Signals: libedit's own handling (EL_SIGNAL) is off: it would restore the tty and
/// re-send every signal to the whole process group. Instead the tty's signal keys are
/// off while editing (`settty -d -isig`), so ^C, ^Z and ^\ arrive as keys, and (when
/// stdin is a tty) a SIGWINCH handler (SA_RESTART) only sets a flag; the read function,
/// woken from poll() with EINTR, calls `el_resize` and redraws the line. libedit also
/// re-reads the size at every prompt. The previous SIGWINCH handler is put back by `close()`.
/// Signals that end the program (SIGTERM, SIGHUP, SIGUSR1, …): call `installTerminalRestoreOnSignals()`
/// early in `main`.
///
/// When stdin is a tty, a custom read function (EL_GETCFN) polls stdin so that
/// `idleTimeout` works; it decodes UTF-8 itself (invalid bytes become U+FFFD).
/// On timeout it hands libedit a private key (U+009F) bound to a function that ends
/// the line, so even a ^R search or a pending ESC ends cleanly.
/// Line editing needs stdin and stdout to be terminals (`isInteractive`). Otherwise libedit
/// prints no prompt and just reads lines: with stdin not a tty its own reader is used and
/// `idleTimeout` is ignored (prefer `PlainLineReader` there); with stdin a tty but stdout a
/// pipe, the tty echoes and `idleTimeout` still works.
///
/// `~/.editrc` is not read, so every user (and every kiosk) gets the same keys.
/// Not thread-safe: use one editor from one thread; only one may be open per process.
public final class LibEditLineEditor: LineEditor {
    public let configuration: LibEditConfiguration

    /// Seconds without a key press before `readLine` returns `.idleTimeout`; nil waits forever.
    /// Every key press restarts the count. Only used when stdin is a tty.
    public var idleTimeout: Double?

    /// True when stdin and stdout are both terminals (prompt shown, line editing on).
    public let isInteractive: Bool

    /// Columns of the terminal on stdout (80 when it is not a terminal).
    public var terminalWidth: Int { Self.currentTerminalWidth() }

    private var editLine: OpaquePointer?
    private var history: OpaquePointer?
    private let stdinIsTerminal: Bool

    /// The prompt handed to libedit; owned here, replaced by `setPrompt`.
    fileprivate private(set) var promptStorage: UnsafeMutablePointer<CChar>?
    private var currentPrompt: String?
    /// Columns taken by the last line of the prompt.
    private var promptWidth = 0

    /// Set by key functions / the read function; returned by `readLine` instead of the line.
    private var pendingEvent: LineEvent?
    /// The last line (not from a tty) ended at "\r": a "\n" alone next is its end, not a line.
    private var swallowBareNewline = false
    private var lastKeyPress: Double = 0
    /// Set by the read function when it hands libedit the idle key.
    private var idleDeadlinePassed = false
    /// Terminal width libedit was last told about.
    private var editColumns = 80

    /// Bytes read from stdin but not yet given to libedit.
    private let inputBytes: UnsafeMutableBufferPointer<UInt8>
    private var inputStart = 0
    private var inputEnd = 0

    private var historyWarningShown = false
    /// The history file, nil without one (`LibEditConfiguration.historyFile`).
    private let historyFile: HistoryFile?
    /// Lines added in this session and not yet in the file (kept after a failed write).
    private var unsavedHistory: [String] = []
    /// False after the file could not be read: saving would overwrite what it holds.
    private var historyFileWritable = true

    private var kioskSavedSignals: [(Int32, (@convention(c) (Int32) -> Void)?)] = []

    // MARK: Life cycle

    /// Opens the editor on stdin/stdout. Throws `LibEditError.anotherEditorIsOpen` when another
    /// `LibEditLineEditor` of this process has not been closed.
    public init(configuration: LibEditConfiguration) throws {
        guard clibedit_claim_editor() == 1 else {
            throw LibEditError.anotherEditorIsOpen
        }
        Self.configureLocale()
        self.configuration = configuration
        self.historyFile = configuration.historyFile.map {
            HistoryFile(path: $0, limit: max(1, configuration.historyLimit))
        }
        self.stdinIsTerminal = isatty(STDIN_FILENO) == 1
        self.isInteractive = stdinIsTerminal && isatty(STDOUT_FILENO) == 1
        guard let el = el_init(configuration.programName, stdin, stdout, stderr) else {
            clibedit_release_editor()
            throw LibEditError.initializationFailed
        }
        guard let hist = history_init() else {
            el_end(el)
            clibedit_release_editor()
            throw LibEditError.initializationFailed
        }
        inputBytes = .allocate(capacity: 4096)
        editLine = el
        history = hist
        configure(el, hist)
        loadHistory()
    }

    deinit {
        close()
        inputBytes.deallocate()
    }

    /// Restores the terminal and releases libedit. Further `readLine` calls return `.endOfInput`.
    public func close() {
        guard let el = editLine else { return }
        editLine = nil
        if stdinIsTerminal {
            _ = clibedit_set_read_function(el, nil)
            clibedit_restore_sigwinch()
        }
        el_end(el)  // puts the tty back as it was at el_init
        if let hist = history {
            history_end(hist)
            history = nil
        }
        free(promptStorage)
        promptStorage = nil
        for (signo, handler) in kioskSavedSignals {
            _ = signal(signo, handler)
        }
        kioskSavedSignals = []
        clibedit_release_editor()
    }

    /// Saves the terminal settings now and, for every catchable signal that would end the
    /// program (SIGHUP, SIGTERM, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, …; those ignored now stay
    /// ignored), installs a handler that restores them, starts a new line and lets the signal
    /// end the program, so the exit status says which signal it was (128 + N in a shell).
    /// Without it a killed editor leaves the terminal raw (`-echo -icanon -isig`). Call it
    /// early in `main`, before the first prompt, so the saved settings are the normal ones.
    public static func installTerminalRestoreOnSignals() {
        _ = clibedit_install_terminal_restore(STDIN_FILENO)
    }

    /// The same as `installTerminalRestoreOnSignals()` (once only SIGTERM was handled).
    public static func installTerminalRestoreOnSIGTERM() {
        installTerminalRestoreOnSignals()
    }

    /// True when stdin is a terminal.
    public static var standardInputIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }

    /// Columns of the terminal on `fileDescriptor` (ioctl TIOCGWINSZ), 80 when unknown.
    public static func currentTerminalWidth(fileDescriptor: Int32 = STDOUT_FILENO) -> Int {
        var size = winsize()
        if ioctl(fileDescriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        return 80
    }

    // MARK: LineEditor

    public func readLine(prompt: String) -> LineEvent {
        guard let el = editLine else { return .endOfInput }
        setPrompt(prompt)
        pendingEvent = nil
        idleDeadlinePassed = false
        lastKeyPress = monotonicSeconds()
        editColumns = terminalWidth
        _ = clibedit_take_sigwinch()  // el_gets re-reads the size itself
        while true {
            var count: Int32 = 0
            let result = el_gets(el, &count)
            if let event = pendingEvent {
                pendingEvent = nil
                return event
            }
            guard let result, count > 0 else {
                if count < 0 && errno == EINTR { continue }
                return .endOfInput
            }
            // libedit owns the buffer: copy it now, without the trailing "\n" / "\r\n".
            var length = strlen(result)
            let bytes = UnsafeRawPointer(result).assumingMemoryBound(to: UInt8.self)
            // Without a tty libedit ends a line at "\r" too, so "a\r\n" comes as "a\r" then "\n".
            if swallowBareNewline {
                swallowBareNewline = false
                if length == 1 && bytes[0] == 0x0A { continue }
            }
            if length > 0 && bytes[length - 1] == 0x0A {
                length -= 1
            } else if length > 0 && bytes[length - 1] == 0x0D {
                swallowBareNewline = true
            }
            if length > 0 && bytes[length - 1] == 0x0D { length -= 1 }
            return .line(String(decoding: UnsafeBufferPointer(start: bytes, count: length), as: UTF8.self))
        }
    }

    /// Adds a line (blank lines are skipped; a repeat of the previous line is collapsed) and
    /// saves the history file at once, so the line survives a crash of the program.
    public func addToHistory(_ line: String) {
        guard let hist = history else { return }
        if line.allSatisfy({ $0.isWhitespace }) { return }
        _ = clibedit_history_enter(hist, line)
        unsavedHistory.append(line)
        saveHistory()
    }

    /// Forgets every line, in memory and in the history file.
    public func clearHistory() {
        guard let hist = history else { return }
        _ = clibedit_history_clear(hist)
        unsavedHistory.removeAll()
        guard let file = historyFile, historyFileWritable else { return }
        do {
            try file.clear()
        } catch {
            warnHistory("write", file.path, error.description)
        }
    }

    /// Drops the bytes read from stdin but not yet given to libedit, and
    /// those still waiting in the terminal.
    public func discardTypeAhead() {
        inputStart = inputEnd
        if stdinIsTerminal { tcflush(STDIN_FILENO, TCIFLUSH) }
    }

    /// Number of lines in history.
    public var historyCount: Int {
        guard let hist = history else { return 0 }
        return Int(clibedit_history_count(hist))
    }

    // MARK: Set-up

    /// UTF-8 must work even under LANG=C: libedit drops non-ASCII bytes in a C/POSIX locale.
    private static func configureLocale() {
        let name = setlocale(LC_CTYPE, "").map { String(cString: $0) } ?? "C"
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        if name == "C" || name == "POSIX" || codeset != "UTF-8" {
            if setlocale(LC_CTYPE, "C.UTF-8") == nil {
                _ = setlocale(LC_CTYPE, "en_US.UTF-8")
            }
        }
    }

    private func configure(_ el: OpaquePointer, _ hist: OpaquePointer) {
        _ = clibedit_set_clientdata(el, Unmanaged.passUnretained(self).toOpaque())
        setPrompt("")
        _ = clibedit_set_prompt(el, promptCallback, 1)
        _ = clibedit_set_editor(el, "emacs")
        _ = clibedit_set_signal(el, 0)

        _ = clibedit_history_set_size(hist, Int32(clamping: max(0, configuration.historyLimit)))
        _ = clibedit_history_set_unique(hist, 1)
        _ = clibedit_set_history(el, hist)

        _ = clibedit_add_function(el, "ketaguide-complete", "Complete the word before the cursor", completeCallback)
        _ = clibedit_add_function(el, "ketaguide-interrupt", "Discard the line", interruptCallback)
        _ = clibedit_add_function(el, "ketaguide-eof", "End of input on an empty line, else delete", endOfFileCallback)
        _ = clibedit_add_function(el, "ketaguide-suspend", "Suspend the program", suspendCallback)
        _ = clibedit_add_function(el, "ketaguide-ignore", "Do nothing", ignoreCallback)
        _ = clibedit_add_function(el, "ketaguide-idle", "Idle timeout (sent by the read function)", idleCallback)
        _ = clibedit_bind_key(el, "^I", "ketaguide-complete")
        _ = clibedit_bind_key(el, "^C", "ketaguide-interrupt")
        _ = clibedit_bind_key(el, "^D", "ketaguide-eof")
        _ = clibedit_bind_key(el, "^R", "em-inc-search-prev")
        _ = clibedit_bind_key(el, "\u{9F}", "ketaguide-idle")  // Self.idleKey

        // Signal keys arrive as keys while editing.
        _ = clibedit_set_tty(el, "-d", "-isig")
        if configuration.isKiosk {
            _ = clibedit_bind_key(el, "^Z", "ketaguide-ignore")
            _ = clibedit_bind_key(el, "^\\", "ketaguide-ignore")
            // ^S would otherwise freeze the screen until ^Q, which looks like a hang:
            // off while editing (-d) and between prompts, while an answer is written (-x).
            _ = clibedit_set_tty(el, "-d", "-ixon")
            _ = clibedit_set_tty(el, "-x", "-ixon")
            for signo in [SIGINT, SIGQUIT, SIGTSTP] {
                kioskSavedSignals.append((signo, signal(signo, SIG_IGN)))
            }
        } else {
            _ = clibedit_bind_key(el, "^Z", "ketaguide-suspend")
        }

        if stdinIsTerminal {
            _ = clibedit_set_read_function(el, readCallback)
            _ = clibedit_install_sigwinch()
        }
    }

    private func setPrompt(_ prompt: String) {
        if prompt == currentPrompt, promptStorage != nil { return }
        currentPrompt = prompt
        let marked = Self.markEscapeSequences(prompt)
        free(promptStorage)
        promptStorage = strdup(marked)
        let lastLine = marked.split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        var visible = ""
        var hidden = false
        for scalar in lastLine.unicodeScalars {
            if scalar == "\u{1}" { hidden.toggle() } else if !hidden { visible.unicodeScalars.append(scalar) }
        }
        promptWidth = Self.displayWidth(visible)
    }

    /// Wraps ANSI escape sequences in \u{1} so libedit (EL_PROMPT_ESC) does not count them as columns.
    static func markEscapeSequences(_ prompt: String) -> String {
        if prompt.unicodeScalars.contains("\u{1}") || !prompt.unicodeScalars.contains("\u{1B}") {
            return prompt
        }
        var out = String.UnicodeScalarView()
        let scalars = Array(prompt.unicodeScalars)
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "\u{1B}" else {
                out.append(scalars[i])
                i += 1
                continue
            }
            var end = i + 1
            if end < scalars.count, scalars[end] == "[" {
                end += 1
                while end < scalars.count, !(0x40...0x7E).contains(scalars[end].value) { end += 1 }
                end = min(end + 1, scalars.count)
            } else if end < scalars.count, scalars[end] == "]" {
                while end < scalars.count, scalars[end] != "\u{7}",
                      !(scalars[end] == "\\" && scalars[end - 1] == "\u{1B}") { end += 1 }
                end = min(end + 1, scalars.count)
            } else {
                end = min(end + 1, scalars.count)
            }
            out.append("\u{1}")
            out.append(contentsOf: scalars[i..<end])
            out.append("\u{1}")
            i = end
        }
        return String(out)
    }

    // MARK: History file

    private func loadHistory() {
        guard let file = historyFile, let hist = history else { return }
        do {
            try file.load(into: hist)
        } catch {
            historyFileWritable = false
            warnHistory("read", file.path, error.description)
        }
    }

    /// Writes the history file (see `HistoryFile`: atomic, never through a link, merged with
    /// what other sessions wrote). Entries not written stay queued for the next save.
    private func saveHistory() {
        guard let file = historyFile, historyFileWritable else { return }
        do {
            try file.save(appending: unsavedHistory)
            unsavedHistory.removeAll()
        } catch {
            warnHistory("write", file.path, error.description)
        }
    }

    /// One warning per editor; the session goes on without (part of) its history file.
    private func warnHistory(_ verb: String, _ path: String, _ reason: String) {
        if historyWarningShown { return }
        historyWarningShown = true
        fflush(stdout)
        let message = "\(configuration.programName): warning: cannot \(verb) history file \(path): \(reason)"
        fputs(TerminalText.sanitized(message) + "\n", stderr)
        fflush(stderr)
    }

    // MARK: Reading keys (EL_GETCFN)

    private enum ByteRead {
        case byte(UInt8)
        case endOfFile
        case failure
        case timedOut
    }

    /// Next byte of stdin, waiting at most until the idle deadline. Handles SIGWINCH.
    private func nextByte() -> ByteRead {
        while true {
            if inputStart < inputEnd {
                let byte = inputBytes[inputStart]
                inputStart += 1
                return .byte(byte)
            }
            if clibedit_take_sigwinch() != 0 {
                handleResize()
            }
            var timeoutMilliseconds: Int32 = -1
            if let limit = idleTimeout {
                let remaining = limit - (monotonicSeconds() - lastKeyPress)
                if remaining <= 0 { return .timedOut }
                timeoutMilliseconds = Int32(min((remaining * 1000).rounded(.up), Double(Int32.max)))
            }
            var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, timeoutMilliseconds)
            if ready < 0 {
                if errno == EINTR { continue }
                return .failure
            }
            if ready == 0 { continue }  // the deadline is checked at the top
            let count = read(STDIN_FILENO, inputBytes.baseAddress, inputBytes.count)
            if count > 0 {
                inputStart = 0
                inputEnd = count
                lastKeyPress = monotonicSeconds()
                continue
            }
            if count == 0 { return .endOfFile }
            if errno == EINTR || errno == EAGAIN { continue }
            return .failure
        }
    }

    /// Reads one character for libedit: 1 = stored in `wc`, 0 = end of file, -1 = stop (error or idle timeout).
    fileprivate func readCharacter(into wc: UnsafeMutablePointer<wchar_t>) -> Int32 {
        wc.pointee = 0
        let first: UInt8
        switch nextByte() {
        case .byte(let byte): first = byte
        case .endOfFile: return 0
        case .failure: return -1
        case .timedOut:
            return idleTimeoutReached(wc)
        }
        var value: UInt32
        let continuationCount: Int
        switch first {
        case 0x00...0x7F:
            wc.pointee = wchar_t(first)
            return 1
        case 0xC2...0xDF: value = UInt32(first & 0x1F); continuationCount = 1
        case 0xE0...0xEF: value = UInt32(first & 0x0F); continuationCount = 2
        case 0xF0...0xF4: value = UInt32(first & 0x07); continuationCount = 3
        default:
            wc.pointee = 0xFFFD
            return 1
        }
        for _ in 0..<continuationCount {
            switch nextByte() {
            case .byte(let byte):
                guard byte & 0xC0 == 0x80 else {
                    inputStart -= 1  // not part of this character: read it again next time
                    wc.pointee = 0xFFFD
                    return 1
                }
                value = value << 6 | UInt32(byte & 0x3F)
            case .endOfFile, .failure:
                wc.pointee = 0xFFFD
                return 1
            case .timedOut:
                return idleTimeoutReached(wc)
            }
        }
        let minimum: UInt32 = continuationCount == 1 ? 0x80 : continuationCount == 2 ? 0x800 : 0x10000
        // A C1 control or a bidirectional override (U+202E…) would reach the
        // screen raw as libedit echoes the line: it is shown, and read, as U+FFFD.
        if value < minimum || Unicode.Scalar(value).map(TerminalText.isUnsafe) ?? true {
            value = 0xFFFD
        }
        wc.pointee = wchar_t(bitPattern: value)
        return 1
    }

    /// The idle deadline passed: hand libedit the private idle key, whose function ends the line.
    /// (Returning -1 would end el_gets too, but during a ^R search libedit then moves the cursor
    /// itself; as a key, the search ends cleanly first, like for ^C.)
    /// Without line editing (stdout not a tty) there are no key functions: stop reading instead.
    private func idleTimeoutReached(_ wc: UnsafeMutablePointer<wchar_t>) -> Int32 {
        guard isInteractive else {
            pendingEvent = .idleTimeout
            return -1
        }
        idleDeadlinePassed = true
        wc.pointee = Self.idleKey
        return 1
    }

    // MARK: Key functions (EL_ADDFN)

    /// U+009F (a C1 control no terminal sends) stands for "idle timeout" in the key map.
    static let idleKey: wchar_t = 0x9F

    fileprivate func idleKeyPressed() -> UInt8 {
        guard idleDeadlinePassed else { return UInt8(CC_ERROR) }  // a real U+009F: refuse it
        idleDeadlinePassed = false
        pendingEvent = .idleTimeout
        leaveLine(marker: "")
        return UInt8(CC_EOF)
    }

    fileprivate func interruptKey() -> UInt8 {
        pendingEvent = .interrupted
        leaveLine(marker: "^C")
        return UInt8(CC_EOF)
    }

    fileprivate func endOfFileKey() -> UInt8 {
        guard let el = editLine, let info = el_line(el)?.pointee else { return UInt8(CC_ERROR) }
        if configuration.isKiosk {
            pendingEvent = .interrupted
            leaveLine(marker: "")
            return UInt8(CC_EOF)
        }
        if info.buffer == info.lastchar {
            pendingEvent = .endOfInput
            leaveLine(marker: "")
            return UInt8(CC_EOF)
        }
        if info.cursor == info.lastchar {
            return UInt8(CC_ERROR)  // beep, as libedit does
        }
        _ = el_cursor(el, 1)
        el_deletestr(el, 1)
        return UInt8(CC_REFRESH)
    }

    fileprivate func suspendKey() -> UInt8 {
        guard let el = editLine else { return UInt8(CC_NORM) }
        leaveLine(marker: "")
        _ = clibedit_prepare_terminal(el, 0)
        _ = kill(0, SIGTSTP)  // stops here until SIGCONT (ignored in an orphaned process group)
        _ = clibedit_prepare_terminal(el, 1)
        _ = clibedit_refresh(el)  // the cursor is at the start of a fresh line
        return UInt8(CC_NORM)
    }

    fileprivate func completeKey() -> UInt8 {
        guard let el = editLine, let info = el_line(el)?.pointee,
              let buffer = info.buffer, let cursor = info.cursor, let last = info.lastchar
        else { return UInt8(CC_ERROR) }
        let start = UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self)
        let before = String(decoding: UnsafeBufferPointer(start: start, count: cursor - buffer), as: UTF8.self)
        let lineStartsWithSlash = last > buffer && start[0] == UInt8(ascii: "/")
        let query: String
        if lineStartsWithSlash {
            query = before
        } else if let space = before.lastIndex(where: { $0.isWhitespace }) {
            query = String(before[before.index(after: space)...])
        } else {
            query = before
        }

        var seen = Set<String>()
        let candidates = configuration.completions(query).filter { !$0.isEmpty && seen.insert($0).inserted }
        if candidates.isEmpty {
            return UInt8(CC_REFRESH_BEEP)
        }
        if candidates.count == 1 {
            var text = candidates[0]
            if !text.hasSuffix(" ") && !text.hasSuffix("/") { text += " " }
            return replace(query, with: text, in: el)
        }
        let common = Self.longestCommonPrefix(candidates)
        if common.count > query.count {
            return replace(query, with: common, in: el)
        }
        showCandidates(candidates, cursorColumn: promptWidth + Self.displayWidth(before))
        return UInt8(CC_REDISPLAY)
    }

    private func replace(_ query: String, with text: String, in el: OpaquePointer) -> UInt8 {
        el_deletestr(el, Int32(query.unicodeScalars.count))
        if el_insertstr(el, text) != 0 {
            return UInt8(CC_REFRESH_BEEP)
        }
        return UInt8(CC_REFRESH)
    }

    static func longestCommonPrefix(_ strings: [String]) -> String {
        guard var prefix = strings.first.map({ Array($0) }) else { return "" }
        for string in strings.dropFirst() {
            var length = 0
            for (a, b) in zip(prefix, string) {
                if a != b { break }
                length += 1
            }
            prefix.removeSubrange(length...)
            if prefix.isEmpty { break }
        }
        return String(prefix)
    }

    /// Prints the candidates in columns below the line. libedit then redraws the prompt and
    /// line (CC_REDISPLAY) relative to where it thinks the cursor is, so blank rows are added
    /// for the rows of a wrapped line above the cursor.
    private func showCandidates(_ candidates: [String], cursorColumn: Int) {
        let width = max(1, terminalWidth)
        let widths = candidates.map(Self.displayWidth)
        let columnWidth = (widths.max() ?? 1) + 2
        let columns = max(1, min(candidates.count, width / columnWidth))
        let rows = (candidates.count + columns - 1) / columns
        var out = textAfterCursor() + "\r\n"
        for row in 0..<rows {
            for column in 0..<columns {
                let index = column * rows + row
                guard index < candidates.count else { break }
                out += candidates[index]
                let isLastInRow = column == columns - 1 || (column + 1) * rows + row >= candidates.count
                if !isLastInRow {
                    out += String(repeating: " ", count: columnWidth - widths[index])
                }
            }
            out += "\r\n"
        }
        out += String(repeating: "\r\n", count: cursorColumn / max(1, editColumns))
        writeOutput(out)
    }

    // MARK: Screen helpers

    /// Moves the terminal cursor past the end of the line (by printing the text after the
    /// cursor again), prints `marker` and starts a new line, so the next output begins cleanly.
    private func leaveLine(marker: String) {
        writeOutput(textAfterCursor() + marker + "\r\n")
    }

    private func textAfterCursor() -> String {
        guard let el = editLine, let info = el_line(el)?.pointee,
              let cursor = info.cursor, let last = info.lastchar, last > cursor
        else { return "" }
        let bytes = UnsafeBufferPointer(
            start: UnsafeRawPointer(cursor).assumingMemoryBound(to: UInt8.self), count: last - cursor)
        // Shown as libedit shows it: "\n" breaks the line (^R search puts "\nbck:pattern" after
        // the text), a tab moves to the next tab stop, other control characters are ^X.
        var shown = String.UnicodeScalarView()
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            switch scalar.value {
            case 0x0A:
                shown.append(contentsOf: "\r\n".unicodeScalars)
            case 0x09:
                shown.append(scalar)
            case 0x00..<0x20, 0x7F:
                shown.append("^")
                shown.append(Unicode.Scalar(UInt8(scalar.value ^ 0x40)))
            default:
                shown.append(scalar)
            }
        }
        return String(shown)
    }

    /// After SIGWINCH: tell libedit the new size and redraw the line. A line that fits on one
    /// row (before and after) is redrawn in place; a wrapped one is redrawn on a new row,
    /// because the terminal may have re-wrapped the old rows.
    private func handleResize() {
        guard let el = editLine, isInteractive else { return }
        let oldColumns = editColumns
        let newColumns = terminalWidth
        editColumns = newColumns
        el_resize(el)
        var line = ""
        if let info = el_line(el)?.pointee, let buffer = info.buffer, let last = info.lastchar {
            let bytes = UnsafeBufferPointer(
                start: UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self), count: last - buffer)
            line = String(decoding: bytes, as: UTF8.self)
        }
        let fitsOneRow = !line.unicodeScalars.contains { $0.value < 0x20 }
            && promptWidth + Self.displayWidth(line) < min(oldColumns, newColumns)
        if fitsOneRow {
            writeOutput("\r")
        } else {
            writeOutput(textAfterCursor() + "\r\n")
        }
        _ = clibedit_refresh(el)
    }

    private func writeOutput(_ text: String) {
        fputs(text, stdout)
        fflush(stdout)
    }

    static func displayWidth(_ text: String) -> Int {
        var total = 0
        for scalar in text.unicodeScalars {
            let width = clibedit_char_width(wchar_t(bitPattern: scalar.value))
            total += width < 0 ? 2 : Int(width)  // control characters show as ^X
        }
        return total
    }
}

// MARK: - C callbacks (self comes back through EL_CLIENTDATA)

private func editor(of el: OpaquePointer) -> LibEditLineEditor? {
    guard let data = clibedit_get_clientdata(el) else { return nil }
    return Unmanaged<LibEditLineEditor>.fromOpaque(data).takeUnretainedValue()
}

private let promptCallback: clibedit_prompt_fn = { el in
    editor(of: el)?.promptStorage
}

private let readCallback: clibedit_read_fn = { el, wc in
    guard let editor = editor(of: el) else { return -1 }
    return editor.readCharacter(into: wc)
}

private let completeCallback: clibedit_key_fn = { el, _ in
    editor(of: el)?.completeKey() ?? UInt8(CC_ERROR)
}

private let interruptCallback: clibedit_key_fn = { el, _ in
    editor(of: el)?.interruptKey() ?? UInt8(CC_ERROR)
}

private let endOfFileCallback: clibedit_key_fn = { el, _ in
    editor(of: el)?.endOfFileKey() ?? UInt8(CC_ERROR)
}

private let suspendCallback: clibedit_key_fn = { el, _ in
    editor(of: el)?.suspendKey() ?? UInt8(CC_ERROR)
}

private let idleCallback: clibedit_key_fn = { el, _ in
    editor(of: el)?.idleKeyPressed() ?? UInt8(CC_ERROR)
}

private let ignoreCallback: clibedit_key_fn = { _, _ in
    UInt8(CC_NORM)
}

private func monotonicSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1_000_000_000
}
