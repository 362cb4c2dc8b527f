import Foundation
import Testing
import TestSupport

/// Text from a knowledge base or a log reaches the terminal only through the same sanitiser
/// as the visitor's input: a `guide.conf` name that retitles the terminal, a document file
/// name that clears the screen and a logged question with ESC and U+202E are shown defused.
@Suite(.serialized) struct KnowledgeBaseTextSanitisingTests {
    static let retitle = "\u{1B}]0;PWNED\u{7}"
    static let clearScreen = "\u{1B}[2J"

    /// A copy of the bundled knowledge base whose name retitles the terminal and whose
    /// risks document's file name clears the screen.
    func hostileKnowledgeBase() throws -> URL {
        let folder = TestScratch.directory.appendingPathComponent("kb-hostile-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Binary.repositoryRoot.appendingPathComponent("KnowledgeBase"), to: folder)
        let conf = folder.appendingPathComponent("guide.conf")
        let text = try String(contentsOf: conf, encoding: .utf8)
        let renamed = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("name:") ? "name: Guide \(Self.retitle)X" : String(line)
        }.joined(separator: "\n")
        #expect(renamed != text)
        try renamed.write(to: conf, atomically: true, encoding: .utf8)
        let documents = folder.appendingPathComponent("documents")
        try FileManager.default.moveItem(
            at: documents.appendingPathComponent("risks-and-safety.md"),
            to: documents.appendingPathComponent("risks\(Self.clearScreen)x.md"))
        return folder
    }

    func expectNoRawControls(_ text: String, _ what: String) {
        for scalar in text.unicodeScalars where scalar != "\n" {
            let value = scalar.value
            let unsafe = value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
                || (0x2066...0x2069).contains(value)
            #expect(!unsafe, "\(what): raw U+\(String(value, radix: 16))")
        }
    }

    @Test func chatAndValidateShowAHostileFileNameDefused() throws {
        let kb = try hostileKnowledgeBase()
        let chat = try Binary.run(["--kb", kb.path], lines: ["is ketamine addictive", "/source 1"])
        #expect(chat.output.contains("risks\u{FFFD}[2Jx.md"))
        expectNoRawControls(chat.output, "chat")
        let validate = try Binary.run(["validate", "--kb", kb.path])
        #expect(validate.output.contains("risks\u{FFFD}[2Jx.md"))
        expectNoRawControls(validate.output, "validate")
    }

    @Test func aLoadErrorNamingAHostileFileIsDefused() throws {
        let kb = try hostileKnowledgeBase()
        try "---\nid: broken\n---\n\n## No id\nText.\n".write(
            to: kb.appendingPathComponent("documents/broken\(Self.clearScreen).md"), atomically: true, encoding: .utf8)
        let result = try Binary.run(["--kb", kb.path], lines: ["hi"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("broken\u{FFFD}[2J.md"))
        expectNoRawControls(result.stderr, "stderr")
    }

    @Test func unansweredShowsLoggedEscapesAndBidiOverridesDefused() throws {
        let log = TestScratch.directory.appendingPathComponent("unanswered-\(UUID().uuidString).log")
        try "2026-11-30\tis \u{1B}[2Jparking \u{202E}free\n2026-12-01\tcan I bring my dog\n".write(
            to: log, atomically: true, encoding: .utf8)
        let result = try Binary.run(["unanswered", log.path])
        #expect(result.status == 0)
        #expect(result.output.contains("parking"))
        expectNoRawControls(result.output, "unanswered")
    }

    @Test func theBannerDoesNotRetitleTheTerminal() throws {
        let kb = try hostileKnowledgeBase()
        let terminal = try TerminalSession(
            command: [TerminalSession.builtBinary().path, "--kb", kb.path, "--no-history"],
            environment: ["LANG": "C.UTF-8"])
        defer { terminal.close() }
        let screen = try terminal.waitFor("ask>")
        // Raw, tmux would take the sequence as a new title and show only "Guide X".
        #expect(screen.contains("]0;PWNED"))
        #expect(terminal.paneTitle() != "PWNED")
    }
}
