import GuideEngine

/// What the REPL needs from a source of lines, so the loop does not care whether libedit or plain stdin is behind it.
public enum LineEvent: Sendable, Equatable {
    case line(String)   // a complete line without its newline
    case interrupted    // Ctrl-C: the half-typed line was discarded
    case endOfInput     // Ctrl-D on an empty line, or end of file
    case idleTimeout    // no key press for `idleTimeout` seconds (the half-typed line is discarded)
}

public protocol LineEditor: AnyObject {
    func readLine(prompt: String) -> LineEvent
    func addToHistory(_ line: String)
    func clearHistory()
    /// Seconds without a key press before `readLine` returns `.idleTimeout`; nil waits forever.
    var idleTimeout: Double? { get set }
    /// True when a whole line is already read and waiting, so the next
    /// `readLine` will not block (a batch reads ahead only then).
    var hasBufferedLine: Bool { get }
    /// Characters a bounded reader threw away from the end of the line it returned last
    /// (0 when the line is whole), so the reply can say how long the line was.
    var droppedCharactersOfLastLine: Int { get }
    /// The most urgent safety finding in that thrown-away part (nil when none or not screened,
    /// `DroppedTextScreen`): a danger past the part kept outranks the too-long reply.
    var droppedFindingOfLastLine: SafetyScreen.Finding? { get }
    /// Forgets input read ahead but not yet returned as a line, so that
    /// what follows (a passphrase) is read by someone else, or not at all.
    func discardTypeAhead()
}

extension LineEditor {
    public var hasBufferedLine: Bool { false }
    public var droppedCharactersOfLastLine: Int { 0 }
    public var droppedFindingOfLastLine: SafetyScreen.Finding? { nil }
    public func discardTypeAhead() {}
}
