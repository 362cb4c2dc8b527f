import Foundation
import GuideEngine
import Testing

/// A `safety.txt` that is missing, empty or cut short must stop the guide
/// from loading, naming the file and line, never switch the screen off.
struct SafetyFileTests {
    /// The bundled file, cut after its first `count` lines.
    private static func bundledSafety(firstLines count: Int) throws -> String {
        let text = try String(contentsOfFile: Fixtures.bundledDirectory + "/safety.txt", encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false).prefix(count).joined(separator: "\n") + "\n"
    }

    /// The line of `[group]` in the bundled file.
    private static func lineOfGroup(_ name: String) throws -> Int {
        let text = try String(contentsOfFile: Fixtures.bundledDirectory + "/safety.txt", encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return try #require(lines.firstIndex { $0 == "[\(name)]" }) + 1
    }

    private static func diagnostics(_ content: String?) throws -> [Diagnostic] {
        // Without the examples, whose groups belong to the bundled safety.txt.
        let directory = try Fixtures.scratchKnowledgeBase(["safety.txt": content, "safety-examples.txt": nil])
        do {
            _ = try KnowledgeBaseLoader().load(directory: directory)
            return []
        } catch KnowledgeBaseError.malformed(let diagnostics) {
            return diagnostics
        }
    }

    private static func expect(_ diagnostics: [Diagnostic], line: Int, _ message: String) {
        #expect(
            diagnostics.contains { $0.path == "KnowledgeBase/safety.txt" && $0.line == line && $0.message.contains(message) },
            "got \(diagnostics.map(\.description))")
    }

    @Test func aMissingFileIsAnError() throws {
        Self.expect(try Self.diagnostics(nil), line: 1, "the file is missing")
    }

    @Test func anEmptyFileLacksBothGroups() throws {
        let diagnostics = try Self.diagnostics("")
        Self.expect(diagnostics, line: 1, "no [crisis] group")
        Self.expect(diagnostics, line: 1, "no [emergency] group")
    }

    @Test func aFileCutBeforeTheEmergencyGroupLacksIt() throws {
        let cut = try Self.lineOfGroup("emergency") - 1
        Self.expect(try Self.diagnostics(try Self.bundledSafety(firstLines: cut)), line: cut, "no [emergency] group")
    }

    @Test func aFileCutInsideTheEmergencyMessageHasNoPhrases() throws {
        let group = try Self.lineOfGroup("emergency")
        Self.expect(try Self.diagnostics(try Self.bundledSafety(firstLines: group + 1)), line: group, "[emergency] has no 'say:' or 'about-me:' phrase")
    }

    @Test func aGroupWithoutAMessageIsAnError() throws {
        let diagnostics = try Self.diagnostics("[crisis]\nsay: x\n[emergency]\nmessage: call\nsay: y\n")
        Self.expect(diagnostics, line: 1, "[crisis] needs a 'message:' line")
    }

    @Test func bothGroupsWithPhrasesAndMessagesLoad() throws {
        #expect(try Self.diagnostics("[crisis]\nmessage: m\nsay: x\n[emergency]\nmessage: n\nabout-me: y\n").isEmpty)
    }
}
