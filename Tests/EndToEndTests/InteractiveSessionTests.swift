import Foundation
import Testing
import TestSupport

/// The interactive mode in a real terminal (tmux): what a person sees and the keys they use.
@Suite(.serialized) struct InteractiveSessionTests {
    /// A fresh state folder per test, so history files never leak between tests.
    func makeSession(columns: Int = 80, environment: [String: String] = [:], arguments: [String] = []) throws
        -> (TerminalSession, URL)
    {
        let state = TestScratch.directory.appendingPathComponent("state-\(UUID().uuidString)")
        // `swift test` exports NO_COLOR=1; an empty value means "not set" (no-color.org).
        var env = ["XDG_STATE_HOME": state.path, "LANG": "C.UTF-8", "NO_COLOR": ""]
        env.merge(environment) { $1 }
        let session = try TerminalSession(
            command: [TerminalSession.builtBinary().path] + arguments, environment: env, columns: columns, rows: 40)
        try session.waitFor("ask>")
        return (session, state)
    }

    @Test func aQuestionIsAnsweredWithBannerAndSources() throws {
        let (terminal, _) = try makeSession()
        defer { terminal.close() }
        let banner = terminal.screen()
        #expect(banner.contains("Ketamine Therapy Guide"))
        #expect(banner.contains("not medical advice"))
        #expect(banner.contains("/help"))
        terminal.type("is ketamine addictive")
        terminal.send(keys: "Enter")
        let screen = try terminal.waitFor("Sources:")
        #expect(screen.contains("Potential for abuse and dependence [2]"))
        #expect(!screen.contains("risks-and-safety.md"), "file paths are for authors (--show-paths)")
    }

    @Test func upArrowRecallsAndCtrlRSearchesHistory() throws {
        let (terminal, _) = try makeSession()
        defer { terminal.close() }
        for question in ["what is spravato", "is it addictive"] {
            terminal.type(question)
            terminal.send(keys: "Enter")
            try terminal.waitFor("Sources:")
            terminal.send(keys: "C-l")
        }
        terminal.send(keys: "Up")
        try terminal.waitFor("ask> is it addictive")
        terminal.send(keys: "C-u")
        terminal.send(keys: "C-r")
        terminal.type("sprav")
        try terminal.waitFor("what is spravato")
        terminal.send(keys: "Enter")
        try terminal.waitFor("FDA-approved")
    }

    @Test func tabCompletesCommandsAndTopicWords() throws {
        let (terminal, _) = try makeSession()
        defer { terminal.close() }
        terminal.type("/he")
        terminal.send(keys: "Tab")
        try terminal.waitFor("ask> /help")
        terminal.send(keys: "C-u")
        terminal.type("does it help fibrom")
        terminal.send(keys: "Tab")
        try terminal.waitFor("ask> does it help fibromyalgia")
        terminal.send(keys: "Enter")
        try terminal.waitFor("Chronic pain syndromes")
    }

    @Test func ctrlCClearsTheLineAndCtrlDLeavesWithStatusZero() throws {
        let (terminal, _) = try makeSession()
        defer { terminal.close() }
        terminal.type("half a question")
        terminal.send(keys: "C-c")
        try terminal.waitUntil(what: "a fresh prompt") { $0.hasSuffix("ask>") || $0.components(separatedBy: "ask>").count >= 3 }
        terminal.type("hi")
        terminal.send(keys: "Enter")
        try terminal.waitFor("Hello!")
        #expect(!terminal.screen().contains("half a question hi"))
        #expect(terminal.exitStatus() == nil, "still running after Ctrl-C")
        // Ctrl-D only once the prompt is back: sent while the answer is still
        // being written, the terminal's end-of-file can be lost as libedit
        // switches it to raw mode.
        try terminal.waitUntil(what: "the prompt after the answer") {
            $0.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("ask>")
        }
        terminal.send(keys: "C-d")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test(arguments: ["/quit", "quit", "exit"])
    func quitWordsLeaveWithStatusZero(_ word: String) throws {
        let (terminal, _) = try makeSession()
        defer { terminal.close() }
        terminal.type(word)
        terminal.send(keys: "Enter")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func answersWrapAtSixtyColumns() throws {
        let (terminal, _) = try makeSession(columns: 60)
        defer { terminal.close() }
        terminal.type("what is spravato")
        terminal.send(keys: "Enter")
        let screen = try terminal.waitFor("Sources:")
        for line in screen.split(separator: "\n") {
            #expect(line.count < 60, "line too wide for 60 columns: \(line)")
        }
        #expect(screen.contains("Esketamine (Spravato) is an FDA-approved derivative of\nketamine, given as a nasal spray. [1]"))
    }

    @Test func answersFitTheWindowAfterAResize() throws {
        let (terminal, _) = try makeSession(columns: 100)
        defer { terminal.close() }
        terminal.resize(columns: 50, rows: 40)
        Thread.sleep(forTimeInterval: 0.3)
        terminal.type("what is spravato")
        terminal.send(keys: "Enter")
        let screen = try terminal.waitFor("Sources:")
        let answer = screen.components(separatedBy: "ask> what is spravato").last ?? ""
        for line in answer.split(separator: "\n") {
            #expect(line.count < 50, "line too wide after the resize: \(line)")
        }
    }

    @Test func colourOnATerminalButNoEscapeCodesWithNoColor() throws {
        let (coloured, _) = try makeSession()
        defer { coloured.close() }
        coloured.type("what is spravato")
        coloured.send(keys: "Enter")
        try coloured.waitFor("Sources:")
        #expect(coloured.screenWithEscapes().contains("\u{1B}["))

        let (plain, _) = try makeSession(environment: ["NO_COLOR": "1"])
        defer { plain.close() }
        plain.type("what is spravato")
        plain.send(keys: "Enter")
        try plain.waitFor("Sources:")
        #expect(!plain.screenWithEscapes().contains("\u{1B}["))
    }

    @Test func historyPersistsWithMode0600AndReloads() throws {
        let (first, state) = try makeSession()
        first.type("what is bdnf")
        first.send(keys: "Enter")
        try first.waitFor("Sources:")
        first.send(keys: "C-d")
        #expect(try first.waitForExit() == 0)
        first.close()
        let file = state.appendingPathComponent("ketaguide/history")
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(try String(contentsOf: file, encoding: .utf8).contains("bdnf"))

        let second = try TerminalSession(
            command: [TerminalSession.builtBinary().path], environment: ["XDG_STATE_HOME": state.path, "LANG": "C.UTF-8"])
        defer { second.close() }
        try second.waitFor("ask>")
        second.send(keys: "Up")
        try second.waitFor("ask> what is bdnf")
    }

    @Test func noHistoryWritesNoFileAndCrisisWordsAreNeverSaved() throws {
        let (terminal, state) = try makeSession(arguments: ["--no-history"])
        terminal.type("what is bdnf")
        terminal.send(keys: "Enter")
        try terminal.waitFor("Sources:")
        terminal.send(keys: "C-d")
        _ = try terminal.waitForExit()
        terminal.close()
        #expect(!FileManager.default.fileExists(atPath: state.appendingPathComponent("ketaguide/history").path))

        let (other, otherState) = try makeSession()
        other.type("I want to end my life")
        other.send(keys: "Enter")
        try other.waitFor("988")
        other.send(keys: "C-d")
        _ = try other.waitForExit()
        other.close()
        let saved = (try? String(contentsOf: otherState.appendingPathComponent("ketaguide/history"), encoding: .utf8)) ?? ""
        #expect(!saved.contains("end\\040my\\040life"))
    }

    @Test func utf8InputEditsAndAnswers() throws {
        let (terminal, _) = try makeSession()
        defer { terminal.close() }
        terminal.type("“Is ketamine addictive?” ☕ café")
        terminal.send(keys: "Enter")
        try terminal.waitFor("Potential for abuse and dependence")
    }

    /// One engine, two front ends: the same words, whatever the wrapping.
    @Test func theTerminalGivesTheSameTextAsBatchMode() throws {
        let question = "how does ketamine work"
        let batch = try Binary.run(["--no-color"], lines: [question]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let (terminal, _) = try makeSession(columns: 200, environment: ["NO_COLOR": "1"])
        defer { terminal.close() }
        terminal.type(question)
        terminal.send(keys: "Enter")
        let screen = try terminal.waitFor("Note:")
        let shown = screen.components(separatedBy: "ask> " + question + "\n").last ?? ""
        let answer = shown.components(separatedBy: "\n\nask>").first?.trimmingCharacters(in: .whitespacesAndNewlines)
        func words(_ text: String?) -> [Substring] { (text ?? "").split(whereSeparator: \.isWhitespace) }
        #expect(!batch.isEmpty)
        #expect(words(answer) == words(batch))
    }
}

/// `/reload` after editing the knowledge base on disk.
@Suite(.serialized) struct ReloadTests {
    @Test func aPassageEditedOnDiskIsAnsweredInItsNewFormAndABrokenEditKeepsTheOld() throws {
        let folder = TestScratch.directory.appendingPathComponent("reload-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let kb = folder.appendingPathComponent("KnowledgeBase")
        try FileManager.default.copyItem(at: Binary.repositoryRoot.appendingPathComponent("KnowledgeBase"), to: kb)
        let terminal = try TerminalSession(
            command: [TerminalSession.builtBinary().path, "--kb", kb.path, "--no-history"],
            environment: ["LANG": "C.UTF-8"], columns: 100, rows: 40)
        defer { terminal.close() }
        try terminal.waitFor("ask>")

        let file = kb.appendingPathComponent("documents/risks-and-safety.md")
        let original = try String(contentsOf: file, encoding: .utf8)
        try original.replacingOccurrences(of: "- Potential for abuse and dependence {#dependence}", with: "- A potential for misuse and dependence {#dependence}")
            .write(to: file, atomically: true, encoding: .utf8)
        terminal.type("/reload")
        terminal.send(keys: "Enter")
        let reloaded = try terminal.waitFor("changed 1.")
        #expect(reloaded.contains("documents changed: risks-and-safety"))
        terminal.type("is ketamine addictive")
        terminal.send(keys: "Enter")
        try terminal.waitFor("A potential for misuse and dependence [2]")

        try (original + "\n## Broken heading without an id\nText.\n").write(to: file, atomically: true, encoding: .utf8)
        terminal.type("/reload")
        terminal.send(keys: "Enter")
        let failed = try terminal.waitFor("stays in use")
        // The broken heading is the second line after the original text.
        let brokenLine = original.split(separator: "\n", omittingEmptySubsequences: false).count + 1
        #expect(failed.contains("risks-and-safety.md:\(brokenLine): error: heading 'Broken heading without an id'"))
        terminal.type("is ketamine addictive")
        terminal.send(keys: "Enter")
        try terminal.waitUntil(what: "the old answer") { $0.components(separatedBy: "A potential for misuse").count >= 2 }
    }
}
