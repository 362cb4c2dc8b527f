import Foundation
import Testing
import TestSupport

/// What a patient sees of an answer at 80×24, in the chat and the kiosk: the
/// question, the whole answer and one source line per section, no file path.
@Suite(.serialized) struct PatientViewTests {
    static let question = "what conditions does it treat"

    /// The answer's list items and its citations, from `--format json`, which
    /// keeps the file and line of every passage for scripts and authors.
    static func expectedAnswer() throws -> (items: [String], citations: [[String: Any]]) {
        let result = try Binary.run(["--format", "json"], lines: [question])
        let object = try #require(
            JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any], "one JSON reply")
        let answer = try #require(object["answer"] as? String)
        let citations = try #require(object["citations"] as? [[String: Any]])
        let items = answer.split(separator: "\n").filter { $0.hasPrefix("- ") }.map { line in
            // "- Anxiety disorders [5]" → "Anxiety disorders"
            String(line.dropFirst(2).prefix { $0 != "[" }).trimmingCharacters(in: .whitespaces)
        }
        return (items, citations)
    }

    @Test func jsonKeepsThePathAndLineOfEveryPassage() throws {
        let (items, citations) = try Self.expectedAnswer()
        #expect(items.count == 7, "the bundled knowledge base lists seven conditions")
        #expect(citations.count == items.count + 1, "each item and the sentence that introduces the list")
        for citation in citations {
            #expect((citation["path"] as? String)?.hasSuffix(".md") == true)
            #expect((citation["line"] as? Int ?? 0) > 0)
        }
        #expect(Set(citations.compactMap { $0["line"] as? Int }).count == citations.count, "one line per passage")
    }

    /// The screen from the echoed question to the prompt after the answer.
    static func answerOnScreen(_ terminal: TerminalSession) throws -> [String] {
        let screen = try terminal.waitUntil(what: "the answer and the next prompt") {
            $0.contains("Sources:") && $0.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("ask>")
        }
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = try #require(lines.firstIndex { $0.hasSuffix("ask> " + question) }, "the question is on screen:\n\(screen)")
        return Array(lines[start...])
    }

    static func check(_ lines: [String], items: [String]) throws {
        let text = lines.joined(separator: "\n")
        for item in items {
            // Wrapped lines are joined again to find an item that took two lines.
            #expect(text.replacingOccurrences(of: "\n  ", with: " ").contains("- " + item), "\(item) is on screen:\n\(text)")
        }
        let sourceStart = try #require(lines.firstIndex { $0.hasPrefix("Sources:") })
        let sourceLines = lines[sourceStart...].prefix { !$0.isEmpty && !$0.hasPrefix("Note:") && !$0.hasPrefix("ask>") }
        #expect(sourceLines.count <= 2, "at most two source lines:\n\(text)")
        #expect(sourceLines.joined().contains("reviewed"))
        #expect(!text.contains("KnowledgeBase/") && !text.contains(".md"), "no file path:\n\(text)")
        #expect(lines.allSatisfy { $0.count <= 80 })
    }

    @Test func chatShowsTheQuestionTheWholeAnswerAndOneSourceLine() throws {
        let (items, _) = try Self.expectedAnswer()
        let state = TestScratch.directory.appendingPathComponent("state-\(UUID().uuidString)")
        let terminal = try TerminalSession(
            command: [TerminalSession.builtBinary().path], environment: ["XDG_STATE_HOME": state.path, "LANG": "C.UTF-8"],
            columns: 80, rows: 24)
        defer { terminal.close() }
        try terminal.waitFor("ask>")
        terminal.type(Self.question)
        terminal.send(keys: "Enter")
        try Self.check(Self.answerOnScreen(terminal), items: items)
    }

    @Test func kioskShowsTheQuestionTheWholeAnswerAndOneSourceLine() throws {
        let (items, _) = try Self.expectedAnswer()
        let kiosk = try KioskTerminal.start(columns: 80, rows: 24)
        defer { kiosk.terminal.close() }
        kiosk.ask(Self.question)
        try Self.check(Self.answerOnScreen(kiosk.terminal), items: items)
    }

    @Test func showPathsGivesAuthorsTheFileAndLines() throws {
        let result = try Binary.run(["--show-paths"], lines: [Self.question])
        #expect(result.output.contains("KnowledgeBase/documents/conditions-treated.md:"))
        #expect(try Binary.run(["--kiosk", "--show-paths"], lines: []).status == 64)
    }
}
