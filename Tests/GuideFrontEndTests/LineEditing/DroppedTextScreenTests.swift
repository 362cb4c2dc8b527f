import Foundation
import GuideEngine
import GuideFrontEnd
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// What a bounded reader throws away of an overlong line is still screened: a
/// danger told at the end of a pasted letter, or across the reader's cut, is
/// found; a harmless one is not.
struct DroppedTextScreenTests {
    static let bundled = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("KnowledgeBase").path
    static let engine: ChatEngine? = (try? KnowledgeBaseLoader().load(directory: bundled)).map { ChatEngine(knowledgeBase: $0) }

    /// Less than the letter, so its end is screened past the budget, as megabytes would be.
    static let budgetBytes = 16 * 1024
    static let letter = String(repeating: "I wanted to ask about parking and whether the lot is free on Thursdays. ", count: 600)

    /// A reader of `text` and a newline (from a file: more than a pipe holds), screening what it drops.
    func reader(_ text: String, maximumLineBytes: Int = 4004) throws -> PlainLineReader {
        let engine = try #require(Self.engine, "the bundled knowledge base must load")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dropped-\(UUID().uuidString).txt").path
        try #require(FileManager.default.createFile(atPath: path, contents: Data((text + "\nwhat is spravato\n").utf8)))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let descriptor = open(path, O_RDONLY)
        try #require(descriptor >= 0)
        return PlainLineReader(
            descriptor: descriptor, maximumLineBytes: maximumLineBytes,
            droppedTextScreen: DroppedTextScreen(safety: engine.safety, budgetBytes: Self.budgetBytes))
    }

    func status(_ finding: SafetyScreen.Finding?) -> Reply.Status? {
        guard case .flagged(let status, _, _)? = finding else { return nil }
        return status
    }

    @Test func aDangerAtTheEndOfALongLetterIsFound() throws {
        let input = try reader(Self.letter + "I took all 30 of my sertraline an hour ago and I'm shaking.")
        _ = input.readLine(prompt: "")
        #expect(input.droppedCharactersOfLastLine > 30_000)
        #expect(status(input.droppedFindingOfLastLine) == .emergency)
        _ = input.readLine(prompt: "")
        #expect(input.droppedFindingOfLastLine == nil, "the next, whole line has nothing dropped")
    }

    @Test func aDangerJustAfterTheCutIsFound() throws {
        let input = try reader(String(Self.letter.prefix(6000)) + "I want to kill myself. " + String(Self.letter.prefix(6000)))
        _ = input.readLine(prompt: "")
        #expect(status(input.droppedFindingOfLastLine) == .crisis)
    }

    @Test func aDangerCutInTwoByTheReaderIsReadWhole() throws {
        let prefix = String(Self.letter.prefix(90))
        let input = try reader(prefix + " I want to kill myself tonight. " + String(Self.letter.prefix(500)), maximumLineBytes: 100)
        guard case .line(let kept) = input.readLine(prompt: "") else {
            Issue.record("no line")
            return
        }
        #expect(!kept.contains("kill myself"), "the phrase is cut by the reader")
        #expect(status(input.droppedFindingOfLastLine) == .crisis)
    }

    @Test func aHarmlessLongLetterFindsNothing() throws {
        let input = try reader(Self.letter)
        _ = input.readLine(prompt: "")
        #expect(input.droppedCharactersOfLastLine > 30_000)
        #expect(input.droppedFindingOfLastLine == nil)
    }
}
