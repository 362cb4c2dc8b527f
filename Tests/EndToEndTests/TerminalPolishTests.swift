import Foundation
import Testing
import TestSupport

/// Details of the terminal: the prompt's colour ends with the prompt, and
/// `--format json` on a terminal does what it says.
@Suite(.serialized) struct TerminalPolishTests {
    func start(_ arguments: [String] = [], waitFor text: String = "ask>") throws -> TerminalSession {
        let state = TestScratch.directory.appendingPathComponent("state-\(UUID().uuidString)")
        let terminal = try TerminalSession(
            command: [TerminalSession.builtBinary().path] + arguments,
            environment: ["XDG_STATE_HOME": state.path, "LANG": "C.UTF-8", "NO_COLOR": ""], columns: 80, rows: 30)
        try terminal.waitFor(text)
        return terminal
    }

    @Test func typedTextIsNotInThePromptsColour() throws {
        let terminal = try start()
        defer { terminal.close() }
        terminal.type("hello there")
        try terminal.waitFor("ask> hello there")
        let line = try #require(terminal.screenWithEscapes().split(separator: "\n").first { $0.contains("hello there") })
        #expect(line.contains("\u{1B}[36mask>"), "the prompt is coloured: \(line.debugDescription)")
        let typed = line[(line.range(of: "ask>")?.upperBound ?? line.endIndex)...]
        // tmux reports the reset to the default colour as ESC[39m (or ESC[0m).
        #expect(typed.hasPrefix("\u{1B}[39m") || typed.hasPrefix("\u{1B}[0m"), "\(line.debugDescription)")
    }

    @Test func jsonOnATerminalIsJSON() throws {
        let terminal = try start(["--format", "json"], waitFor: "JSON reply per line")
        defer { terminal.close() }
        terminal.type("hi")
        terminal.send(keys: "Enter")
        try terminal.waitFor("{\"input\":\"hi\",\"status\":\"smalltalk\"")
        terminal.send(keys: "C-d")
        #expect(try terminal.waitForExit() == 0)
    }
}
