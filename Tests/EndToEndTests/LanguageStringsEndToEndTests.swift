import Foundation
import Testing
import TestSupport

/// The built binary shows the knowledge base's strings, not wording of its own.
struct LanguageStringsEndToEndTests {
    @Test func aChangedStringChangesWhatTheBinaryPrints() throws {
        let folder = TestScratch.directory.appendingPathComponent("kb-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Binary.repositoryRoot.appendingPathComponent("KnowledgeBase"), to: folder)
        let file = folder.appendingPathComponent("language/strings-en.txt")
        let text = try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(of: "why-none: There is no question to explain yet.", with: "why-none: Nothing to explain, friend.")
            .replacingOccurrences(of: "command-crisis: show who to contact if you need help now", with: "command-crisis: who to call")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = try Binary.run(["--kb", folder.path], lines: ["/why", "/help"])
        #expect(result.status == 0)
        #expect(result.output.contains("Nothing to explain, friend."))
        #expect(!result.output.contains("There is no question to explain yet."))
        #expect(result.output.contains("/crisis    who to call"))
    }
}
