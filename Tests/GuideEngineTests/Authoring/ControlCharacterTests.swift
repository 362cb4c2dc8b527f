import Foundation
import GuideEngine
import Testing

extension Authoring {
    /// Escape sequences, other control characters and direction overrides in
    /// any knowledge-base string are errors with file and line.
    struct ControlCharacterTests {
        static let today = "2026-11-27"

        /// The bundled file `relative` with line `line` (1-based) changed by `edit`.
        static func edited(_ relative: String, line: Int, _ edit: (String) -> String) throws -> String {
            let text = try String(contentsOfFile: Fixtures.bundledDirectory + "/" + relative, encoding: .utf8)
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            lines[line - 1] = edit(lines[line - 1])
            return lines.joined(separator: "\n")
        }

        static func errors(_ edits: [String: String?]) throws -> [Diagnostic] {
            let directory = try Fixtures.scratchKnowledgeBase(edits)
            return try KnowledgeBaseValidator(today: today).validate(directory: directory).errors
        }

        @Test(arguments: [
            ("guide.conf", 6, "\u{1B}]0;owned\u{07}", "U+001B"),
            ("documents/benefits.md", 11, "\u{202E}", "U+202E"),
            ("documents/benefits.md", 11, "\u{9B}2J", "U+009B"),
            ("safety.txt", 16, "\u{0}", "U+0000"),
            ("synonyms.txt", 1, "\u{7F}", "U+007F"),
        ])
        func aControlCharacterIsAnErrorAtItsLine(file: String, line: Int, inserted: String, named: String) throws {
            let content = try Self.edited(file, line: line) { $0 + inserted }
            let errors = try Self.errors([file: content])
            #expect(
                errors.contains { $0.path == "KnowledgeBase/\(file)" && $0.line == line && $0.message.contains("control character \(named)") },
                "got \(errors.map(\.description))")
            #expect(!errors.contains { $0.message.unicodeScalars.contains(where: { $0.value == 0x1B }) })
        }

        @Test func aDocumentNameWithAnEscapeIsAnErrorAndShownEscaped() throws {
            let text = try String(contentsOfFile: Fixtures.bundledDirectory + "/documents/benefits.md", encoding: .utf8)
            let errors = try Self.errors(["documents/benefits.md": nil, "documents/bene\u{1B}[2Jfits.md": text])
            #expect(errors.contains { $0.path == "KnowledgeBase/documents/bene\\u{1B}[2Jfits.md" && $0.message.contains("file name") })
        }

        @Test func tabsAndWindowsLineEndsAreNotControlCharacters() throws {
            let content = try Self.edited("synonyms.txt", line: 1) { "#\t" + $0 }.replacingOccurrences(of: "\n", with: "\r\n")
            #expect(try Self.errors(["synonyms.txt": content]).isEmpty)
        }
    }
}
