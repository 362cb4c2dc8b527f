import Foundation
import GuideEngine
import Testing
import TestSupport

/// The built binary, driven through pipes the way scripts use it.
@Suite(.serialized) struct BatchModeTests {
    func jsonLines(_ result: Binary.Result) throws -> [[String: Any]] {
        try result.output.split(separator: "\n").map { line in
            try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not JSON: \(line)")
        }
    }

    @Test func jsonModeWritesOneObjectPerNonEmptyLineInOrder() throws {
        let result = try Binary.run(
            ["--format", "json"], lines: ["is ketamine addictive?", "", "   ", "what's the weather", "hello", "/topics"])
        #expect(result.status == 0)
        let objects = try jsonLines(result)
        #expect(objects.count == 4)
        #expect(objects.map { $0["status"] as? String } == ["answered", "no_match", "smalltalk", "command"])
        #expect(objects[0]["input"] as? String == "is ketamine addictive?")
        #expect(objects[0]["intent"] as? String == "risks.dependence")
        #expect(objects[1]["intent"] is NSNull)
        let confidence = try #require(objects[0]["confidence"] as? Double)
        #expect((0...1).contains(confidence))
        let citations = try #require(objects[0]["citations"] as? [[String: Any]])
        #expect(citations.first?["n"] as? Int == 1)
        #expect(citations.first?["document"] as? String == "risks-and-safety")
        #expect((citations.first?["path"] as? String)?.hasPrefix("KnowledgeBase/documents/") == true)
        #expect((citations.first?["line"] as? Int ?? 0) > 0)
        #expect(citations.first?["title"] is String && citations.first?["section"] is String)
        #expect((objects[1]["suggestions"] as? [String])?.isEmpty == false)
    }

    @Test func textModeShowsAnswerThenNumberedSources() throws {
        let result = try Binary.run([], lines: ["what is spravato"])
        #expect(result.status == 0)
        #expect(result.output.contains("Esketamine (Spravato) is an FDA-approved derivative of ketamine, given as a nasal spray. [1]"))
        #expect(result.output.contains("\nSources: [1–3] Forms of ketamine therapy › Esketamine (Spravato) nasal spray, reviewed 20"))
        #expect(!result.output.contains("KnowledgeBase/"), "file paths only with --show-paths")
        #expect(!result.output.contains("\u{1B}"), "no escape codes on a pipe")
    }

    @Test func linesAreOneConversationUntilReset() throws {
        let objects = try jsonLines(try Binary.run(
            ["--format", "json"], lines: ["what is bdnf", "what is glutamate", "/reset", "what is spravato"]))
        let notices = objects.map { $0["notice"] as? String }
        #expect(notices[0] != nil)
        #expect(notices[1] == nil)
        #expect(objects[2]["status"] as? String == "command")
        #expect(notices[3] != nil, "a new conversation shows the notice again")
    }

    /// A batch ends at the end of its input only: /quit gets a reply like any
    /// command, and the lines after it are answered, one reply per line.
    @Test func quitIsAnsweredAndReadingGoesOn() throws {
        let objects = try jsonLines(try Binary.run(["--format", "json"], lines: ["hi", "/quit", "what is spravato"]))
        #expect(objects.map { $0["status"] as? String } == ["smalltalk", "command", "answered"])
        #expect(objects[1]["input"] as? String == "/quit")
    }

    /// A long batch is answered in blocks, the next questions prepared on a
    /// second core: the replies must be exactly those of one session answering
    /// the lines one by one, in order, follow-ups, resets and /quit included
    /// (which does not end a batch).
    @Test func aLongBatchAnswersExactlyLikeOneSessionInOrder() throws {
        let questions = try String(
            contentsOf: Binary.repositoryRoot.appendingPathComponent("Tests/GuideEngineTests/Fixtures/questions.tsv"), encoding: .utf8
        ).split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { $0.split(separator: "\t").first.map(String.init) }
        var lines: [String] = []
        for round in 0..<3 {
            for (index, question) in questions.enumerated() {
                lines.append(question)
                if (index + round) % 97 == 0 { lines.append("/reset") }
                if index % 50 == 0 { lines.append("  ") }
            }
        }
        lines += ["/quit", "is ketamine addictive"]
        #expect(lines.count > 800)

        let objects = try jsonLines(try Binary.run(["--format", "json"], lines: lines))
        let knowledgeBase = try KnowledgeBaseLoader().load(directory: Binary.repositoryRoot.appendingPathComponent("KnowledgeBase").path)
        var session = ChatEngine(knowledgeBase: knowledgeBase).makeSession()
        var expected: [Reply] = []
        for line in lines where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            expected.append(session.respond(to: line))
        }
        #expect(objects.count == expected.count)
        for (object, reply) in zip(objects, expected) {
            #expect(object["input"] as? String == reply.input)
            #expect(object["status"] as? String == reply.status.rawValue, "\(reply.input)")
            #expect(object["intent"] as? String == reply.intent, "\(reply.input)")
            #expect(object["answer"] as? String == reply.answer, "\(reply.input)")
        }
    }

    @Test func crisisIsCaughtInBatchModeToo() throws {
        let objects = try jsonLines(try Binary.run(["--format", "json"], lines: ["I want to end my life"]))
        #expect(objects.first?["status"] as? String == "crisis")
        #expect((objects.first?["answer"] as? String)?.contains("988") == true)
    }

    @Test func aMissingKnowledgeBaseExits66() throws {
        let result = try Binary.run(["--kb", "/no/such/kb"], lines: ["hi"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("knowledge base not found at /no/such/kb"))
        #expect(result.output.isEmpty)
    }

    @Test func aMalformedKnowledgeBaseExits65NamingFileAndLine() throws {
        let folder = TestScratch.directory.appendingPathComponent("kb-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Binary.repositoryRoot.appendingPathComponent("KnowledgeBase"), to: folder)
        try "---\nid: broken\ntitle: Broken\nsource: test\nreviewed: 2026-01-01\n---\n\n## No id\nText.\n"
            .write(to: folder.appendingPathComponent("documents/broken.md"), atomically: true, encoding: .utf8)
        let result = try Binary.run(["--kb", folder.path], lines: ["hi"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(folder.lastPathComponent)/documents/broken.md:8: error: heading 'No id' needs a stable id"))
    }

    @Test func badUsageExits64() throws {
        let result = try Binary.run(["--format", "yaml"], lines: ["hi"])
        #expect(result.status == 64)
        #expect(!result.stderr.isEmpty)
    }

    @Test func hostileInputNeitherCrashesNorReachesTheTerminalRaw() throws {
        var input = Data()
        input += Data(String(repeating: "a", count: 1_000_000).utf8) + Data("\n".utf8)  // a 1 MB line
        input += Data([0x69, 0x73, 0x20, 0xFF, 0xFE, 0x20, 0x69, 0x74, 0x20, 0x73, 0x61, 0x66, 0x65, 0x0A])  // invalid UTF-8
        input += Data("what\u{0}is spravato\n".utf8)  // a NUL byte
        input += Data("\u{1B}[2J\u{1B}]0;pwned\u{07}is it addictive \u{1B}[31m\n".utf8)  // escape sequences
        input += Data("/source \u{1B}[1m\n".utf8)
        let result = try Binary.run([], input: input)
        #expect(result.status == 0)
        let replies = result.output.components(separatedBy: "\n\n").filter { !$0.isEmpty }
        #expect(replies.count == 5, "one reply per line")
        #expect(replies.first?.contains("too long") == true)
        for scalar in result.output.unicodeScalars where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
            #expect(scalar == "\n", "raw control character U+\(String(scalar.value, radix: 16)) in output")
        }
    }

    @Test func jsonEscapesControlCharactersFromTheInput() throws {
        let result = try Binary.run(["--format", "json"], input: Data("is it \u{1B}[31msafe\u{7}\n".utf8))
        #expect(!result.output.contains("\u{1B}"))
        #expect(result.output.contains("\\u001b[31msafe\\u0007"))
        #expect(try jsonLines(result).count == 1)
    }

    @Test func theBundledKnowledgeBaseIsFoundFromAnyFolder() throws {
        let result = try Binary.run([], input: Data("hi\n".utf8), directory: TestScratch.directory)
        #expect(result.status == 0)
        #expect(result.output.contains("Hello"))
    }
}
