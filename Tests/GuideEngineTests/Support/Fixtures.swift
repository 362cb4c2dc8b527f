import Foundation
import GuideEngine
import Testing
import TestSupport

/// Paths and loaded values shared by the engine's tests.
enum Fixtures {
    /// The repository's root, found from this file's path.
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let bundledDirectory = repositoryRoot.appendingPathComponent("KnowledgeBase").path

    static func fixture(_ name: String) -> String {
        repositoryRoot.appendingPathComponent("Tests/GuideEngineTests/Fixtures/\(name)").path
    }

    /// The bundled knowledge base, loaded once for all tests.
    static let knowledgeBase: KnowledgeBase? = try? KnowledgeBaseLoader().load(directory: bundledDirectory)

    static func engine(_ configuration: MatcherConfiguration = MatcherConfiguration()) throws -> ChatEngine {
        let knowledgeBase = try #require(Self.knowledgeBase, "the bundled knowledge base must load")
        return ChatEngine(knowledgeBase: knowledgeBase, configuration: configuration)
    }

    /// The status of the bundled guide's reply to `text`, asked first in a new conversation.
    static func status(of text: String) throws -> Reply.Status {
        var session = try engine().makeSession()
        return session.respond(to: text).status
    }

    /// Expects each of `messages`, asked first in a new conversation, to
    /// get `status`; a failure names the message and points at the caller.
    static func expect(_ messages: [String], are status: Reply.Status, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for message in messages {
            #expect(try Self.status(of: message) == status, "\(message)", sourceLocation: sourceLocation)
        }
    }

    /// Expects none of `messages`, asked first in a new conversation, to
    /// raise an alarm; a failure names the message and points at the caller.
    static func expectNoAlarm(_ messages: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        for message in messages {
            #expect(try !isUrgent(message), "\(message)", sourceLocation: sourceLocation)
        }
    }

    /// Whether a fresh session raises an alarm (crisis, distress or emergency: `Reply.isUrgent`).
    static func isUrgent(_ text: String) throws -> Bool {
        var session = try engine().makeSession()
        return session.respond(to: text).isUrgent
    }

    /// Whether `text` is answered, not alarmed, with the crisis line one
    /// line away in the footnote (a history told, safety planning): nil
    /// when it is, else the reply, to show what came instead.
    static func missesTheCrisisFootnote(_ text: String) throws -> Reply? {
        var session = try engine().makeSession()
        let reply = session.respond(to: text)
        return !reply.isUrgent && reply.crisisFootnote?.contains("988") == true ? nil : reply
    }

    /// The bundled knowledge base with one `safety.txt` setting set to
    /// `value` (the bundled line kept as a comment), to show what the
    /// setting does by what happens without it.
    static func engine(withSafetySetting key: String, _ value: String) throws -> ChatEngine {
        try engine(withSafetySettings: [(key, value)])
    }

    /// The same with several settings set at once (a part and the other
    /// part that would catch the same message, both set aside).
    static func engine(withSafetySettings settings: [(key: String, value: String)]) throws -> ChatEngine {
        var safety = try String(contentsOfFile: bundledDirectory + "/safety.txt", encoding: .utf8)
        for (key, value) in settings {
            let marker = "\n" + key + ": "
            try #require(safety.contains(marker), "safety.txt has no \(key)")
            safety = safety.replacingOccurrences(of: marker, with: marker + value + "\n# was: ")
        }
        let directory = try scratchKnowledgeBase(["safety.txt": safety])
        return ChatEngine(knowledgeBase: try KnowledgeBaseLoader().load(directory: directory))
    }

    /// Whether a fresh session of the bundled guide with one `safety.txt`
    /// setting set to `value` raises an alarm: beside `isUrgent(text)`, what
    /// that setting decides.
    static func isUrgent(_ text: String, withSafetySetting key: String, _ value: String) throws -> Bool {
        var session = try engine(withSafetySetting: key, value).makeSession()
        return session.respond(to: text).isUrgent
    }

    /// Whether the bundled phrases alone, with nothing compared by meaning
    /// (no `safety-examples.txt`), raise an alarm: what a phrase catches,
    /// apart from what the model may catch anyway.
    static func phrasesAlarm(_ text: String) throws -> Bool {
        let directory = try scratchKnowledgeBase(["safety-examples.txt": nil])
        var session = ChatEngine(knowledgeBase: try KnowledgeBaseLoader().load(directory: directory)).makeSession()
        return session.respond(to: text).isUrgent
    }

    /// A scratch copy of the bundled knowledge base whose safety.txt has
    /// `line` added just after the line `[group]`, and the number of that
    /// line (0 when the group is missing): for what loading says of it.
    static func bundledSafety(adding line: String, toGroup group: String) throws -> (directory: String, line: Int) {
        let bundled = try String(contentsOfFile: bundledDirectory + "/safety.txt", encoding: .utf8)
        let text = bundled.replacingOccurrences(of: "[\(group)]\n", with: "[\(group)]\n" + line + "\n")
        let number = (text.components(separatedBy: "\n").firstIndex { $0 == line } ?? -1) + 1
        return (try scratchKnowledgeBase(["safety.txt": text]), number)
    }

    /// The warnings of loading the bundled knowledge base with `line` added
    /// to the safety file's `group`, and whether one names that line and
    /// says `text` (a validator check is tested by the line it should catch).
    static func loadWarnings(adding line: String, toGroup group: String, saying text: String) throws -> (atTheLine: Bool, all: [Diagnostic]) {
        let added = try bundledSafety(adding: line, toGroup: group)
        let warnings = try KnowledgeBaseLoader().load(directory: added.directory).loadWarnings
        return (warnings.contains { $0.description.contains("safety.txt:\(added.line)") && $0.message.contains(text) }, warnings)
    }

    static func labelledSet(_ name: String) throws -> LabelledSet {
        let path = fixture(name)
        return try LabelledSet.parse(String(contentsOfFile: path, encoding: .utf8), path: path)
    }

    /// A scratch knowledge base: the bundled one copied to a temporary
    /// folder, then changed by `edit` (relative path → new content, nil deletes).
    static func scratchKnowledgeBase(_ edits: [String: String?]) throws -> String {
        let folder = TestScratch.directory
            .appendingPathComponent("ketaguide-kb-\(UUID().uuidString)/KnowledgeBase")
        try FileManager.default.createDirectory(
            at: folder.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: bundledDirectory, toPath: folder.path)
        for (path, content) in edits {
            let url = folder.appendingPathComponent(path)
            if let content {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try content.write(to: url, atomically: true, encoding: .utf8)
            } else {
                try FileManager.default.removeItem(at: url)
            }
        }
        return folder.path
    }

    /// The diagnostics of loading the bundled knowledge base with `edits`,
    /// which must make it malformed (an issue is recorded if it loads).
    static func loadDiagnostics(_ edits: [String: String?], sourceLocation: SourceLocation = #_sourceLocation) throws -> [Diagnostic] {
        let directory = try scratchKnowledgeBase(edits)
        do {
            _ = try KnowledgeBaseLoader().load(directory: directory)
            Issue.record("the knowledge base loaded although it is malformed", sourceLocation: sourceLocation)
        } catch KnowledgeBaseError.malformed(let diagnostics) {
            return diagnostics
        }
        return []
    }
}
