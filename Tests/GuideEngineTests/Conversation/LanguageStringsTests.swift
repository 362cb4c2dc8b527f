import Foundation
import GuideEngine
import Testing

/// What the guide says besides answers comes from the language's strings
/// file: a changed line there changes what the user sees.
struct LanguageStringsTests {
    static func session(strings edits: [String: String]) throws -> ChatSession {
        var text = try String(contentsOfFile: Fixtures.bundledDirectory + "/language/strings-en.txt", encoding: .utf8)
        for (key, value) in edits {
            let line = try #require(text.split(separator: "\n").first { $0.hasPrefix(key + ":") })
            text = text.replacingOccurrences(of: line, with: key + ": " + value)
        }
        let directory = try Fixtures.scratchKnowledgeBase(["language/strings-en.txt": text])
        return ChatEngine(knowledgeBase: try KnowledgeBaseLoader().load(directory: directory)).makeSession()
    }

    @Test func helpAndWhySayWhatTheFileSays() throws {
        var session = try Self.session(strings: [
            "why-none": "Rien à expliquer.", "help-intro": "Posez une question :", "command-topics": "les sujets",
            "command-interactive-only": "{command} : seulement en mode interactif.",
        ])
        #expect(session.respond(to: "/why").answer == "Rien à expliquer.")
        let help = session.respond(to: "/help").answer
        #expect(help.hasPrefix("Posez une question :\n"))
        #expect(help.contains("/topics    les sujets"))
        #expect(session.respond(to: "/reload").answer == "/reload : seulement en mode interactif.")
    }

    @Test func guideConfRepliesWinOverTheStrings() throws {
        let conf = try String(contentsOfFile: Fixtures.bundledDirectory + "/guide.conf", encoding: .utf8)
            .replacingOccurrences(of: "[replies]\n", with: "[replies]\nwhy-none: Ask something first.\n")
        let directory = try Fixtures.scratchKnowledgeBase(["guide.conf": conf])
        var session = ChatEngine(knowledgeBase: try KnowledgeBaseLoader().load(directory: directory)).makeSession()
        #expect(session.respond(to: "/why").answer == "Ask something first.")
    }

    /// Every key the code asks for is in the English file, and validate
    /// names the ones a knowledge base lacks.
    @Test func theEnglishFileHasEveryKeyAndValidateNamesMissingOnes() throws {
        let knowledgeBase = try #require(Fixtures.knowledgeBase)
        #expect(StringKeys.all.filter { knowledgeBase.settings.replies[$0] == nil } == [])
        let directory = try Fixtures.scratchKnowledgeBase(["language/strings-en.txt": "[strings]\nwhy-none: Nothing yet.\n"])
        let report = try KnowledgeBaseValidator(today: "2026-12-01").validate(directory: directory)
        #expect(report.warnings.contains { $0.path.hasSuffix("language/strings-en.txt") && $0.message.contains("help-intro") })
    }
}
