import Foundation
import Testing
import TestSupport

/// The history file of the interactive mode, with real sessions in real terminals.
@Suite(.serialized) struct HistoryFileEndToEndTests {
    func start(state: URL, shellPrefix: String = "") throws -> TerminalSession {
        let terminal = try TerminalSession(
            command: ["/bin/sh", "-c", shellPrefix + "exec \"$0\"", TerminalSession.builtBinary().path],
            environment: ["XDG_STATE_HOME": state.path, "LANG": "C.UTF-8"])
        try terminal.waitFor("ask>")
        return terminal
    }

    func ask(_ terminal: TerminalSession, _ question: String) throws {
        terminal.type(question)
        terminal.send(keys: "Enter")
        try terminal.waitUntil(what: "the reply to \(question)") { screen in
            let lines = screen.split(separator: "\n")
            guard let asked = lines.lastIndex(where: { $0.hasSuffix(question) }) else { return false }
            return lines[(asked + 1)...].contains { $0.hasPrefix("ask>") }
        }
    }

    @Test func twoSessionsOnOneAccountKeepEachOthersQuestions() throws {
        let state = TestScratch.directory.appendingPathComponent("state-\(UUID().uuidString)")
        let first = try start(state: state)
        defer { first.close() }
        let second = try start(state: state)
        defer { second.close() }
        try ask(first, "what is bdnf")
        try ask(second, "what is spravato")
        try ask(first, "what is glutamate")
        let history = try String(
            contentsOf: state.appendingPathComponent("ketaguide/history"), encoding: .utf8)
        for question in ["what\\040is\\040bdnf", "what\\040is\\040spravato", "what\\040is\\040glutamate"] {
            #expect(history.contains(question), "\(question) in\n\(history)")
        }
    }

    /// A disk that fills while the file is written (here a file-size limit of 4 KB): the
    /// old file stays whole, and the session says so once and goes on.
    @Test func aWriteThatFailsLeavesTheOldFileWhole() throws {
        let state = TestScratch.directory.appendingPathComponent("state-\(UUID().uuidString)")
        let folder = state.appendingPathComponent("ketaguide")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("history")
        let old = "_HiStOrY_V2_\n" + (1...400).map { "earlier\\040question\\040number\\040\($0)\n" }.joined()
        try old.write(to: file, atomically: true, encoding: .utf8)
        // dash counts `ulimit -f` in blocks of 512 bytes: 8 is 4 KB, a quarter of the file.
        let terminal = try start(state: state, shellPrefix: "ulimit -f 8; ")
        defer { terminal.close() }
        try ask(terminal, "what is bdnf")
        #expect(terminal.screen().contains("warning: cannot write history file"))
        terminal.send(keys: "C-d")
        _ = try terminal.waitForExit()
        #expect(try String(contentsOf: file, encoding: .utf8) == old)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["history"], "no temporary file is left")
    }
}
