import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A signal that ends the interactive guide puts the terminal back as it was (echo, canonical
/// input, signal keys), starts a new line, and ends the program with that signal, so the
/// shell sees 128 + N.
@Suite(.serialized) struct TerminalSignalTests {
    /// The guide run by a shell that, once it ends, prints its status on a line of its own
    /// and keeps the terminal open (tmux closes it when the pane's command ends).
    static let script = "\"$0\" --no-history; echo \"exit $?\"; exec sleep 600"

    /// The words of `stty -a` that say whether a mode is on ("echo") or off ("-echo").
    func modes(_ terminal: TerminalSession) throws -> Set<Substring> {
        let text = try #require(terminal.terminalModes(), "stty -a of the pane")
        return Set(text.split(whereSeparator: { $0 == " " || $0 == ";" || $0 == "\n" }))
    }

    @Test(arguments: [SIGHUP, SIGTERM, SIGUSR1, SIGUSR2, SIGALRM])
    func theTerminalIsRestoredAndTheSignalEndsTheProgram(_ signal: Int32) throws {
        let terminal = try TerminalSession(
            command: ["/bin/sh", "-c", Self.script, TerminalSession.builtBinary().path], environment: ["LANG": "C.UTF-8"])
        defer { terminal.close() }
        try terminal.waitFor("ask>")
        terminal.type("half typed")
        try terminal.waitFor("ask> half typed")
        let editing = try modes(terminal)
        #expect(editing.contains("-icanon") && editing.contains("-echo"), "the editor holds the terminal raw")
        let shell = try #require(terminal.processID())
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        let guide = try #require(children.split(separator: " ").first.flatMap { Int32($0) })
        kill(guide, signal)
        let screen = try terminal.waitFor("exit ")
        #expect(screen.split(separator: "\n").contains("exit \(128 + signal)"), "on a line of its own:\n\(screen)")
        let after = try modes(terminal)
        for mode in ["icanon", "echo", "isig"] {
            #expect(after.contains(Substring(mode)), "\(mode) is back on after signal \(signal)")
        }
    }
}
