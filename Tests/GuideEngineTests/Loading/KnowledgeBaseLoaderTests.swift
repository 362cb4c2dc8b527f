import Foundation
import GuideEngine
import Testing

struct KnowledgeBaseLoaderTests {
    @Test func loadsTheBundledKnowledgeBase() throws {
        let knowledgeBase = try KnowledgeBaseLoader().load(directory: Fixtures.bundledDirectory)
        #expect(knowledgeBase.documents.count >= 5)
        #expect(knowledgeBase.displayName == "KnowledgeBase")
        let risks = try #require(knowledgeBase.sections.first { $0.id == "risks" })
        #expect(risks.passages.contains { $0.id == "risks.dependence" })
        #expect(knowledgeBase.safety.category(.crisis) != nil)
        #expect(!knowledgeBase.synonyms.isEmpty)
    }

    @Test func everyPassageOfTheBundledBaseIsCitableToItsLine() throws {
        let knowledgeBase = try #require(Fixtures.knowledgeBase)
        for document in knowledgeBase.documents {
            let file = Fixtures.repositoryRoot.appendingPathComponent(document.path).path
            let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            for passage in document.sections.flatMap(\.passages) {
                let line = String(lines[passage.line - 1])
                let firstWords = String(passage.text.prefix(20))
                #expect(line.contains(firstWords), "\(document.path):\(passage.line) should start '\(firstWords)'")
            }
        }
    }

    @Test func aMissingFolderIsNotFound() {
        #expect(throws: KnowledgeBaseError.notFound(path: "/no/such/folder")) {
            try KnowledgeBaseLoader().load(directory: "/no/such/folder")
        }
    }

    static let malformedCases: [(name: String, file: String, content: String, line: Int, message: String)] = [
        ("no front matter", "documents/bad.md", "# Title\n\n## A {#a}\nText.\n", 1, "missing front matter"),
        ("unclosed front matter", "documents/bad.md", "---\nid: bad\ntitle: Bad\n", 3, "front matter is not closed"),
        ("missing title", "documents/bad.md", "---\nid: bad\nsource: s\nreviewed: 2026-01-01\n---\n## A {#a}\nText.\n", 5, "lacks 'title:'"),
        ("bad date", "documents/bad.md", "---\nid: bad\ntitle: B\nsource: s\nreviewed: last week\n---\n## A {#a}\nText.\n", 6, "not a date"),
        ("heading without id", "documents/bad.md", "---\nid: bad\ntitle: B\nsource: s\nreviewed: 2026-01-01\n---\n\n## No id here\nText.\n", 8, "needs a stable id"),
        ("empty section", "documents/bad.md", "---\nid: bad\ntitle: B\nsource: s\nreviewed: 2026-01-01\n---\n\n## Empty {#empty}\n\n## Full {#full}\nText.\n", 8, "has no text"),
        ("duplicate id", "documents/bad.md", "---\nid: bad\ntitle: B\nsource: s\nreviewed: 2026-01-01\n---\n\n## Risks again {#risks}\nText.\n", 8, "id 'risks' is also used"),
        ("bad metadata", "documents/bad.md", "---\nid: bad\ntitle: B\nsource: s\nreviewed: 2026-01-01\n---\n\n## A {#a}\n> colour: blue\nText.\n", 9, "must be '> keywords"),
        ("one-word synonym group", "synonyms.txt", "# comment\nlonely\n", 2, "two or more terms"),
        ("one-word paraphrase group", "language/paraphrases-en.txt", "upsides, benefits\nlonely\n", 2, "two or more terms"),
        ("stem exception without a stem", "language/stems-en.txt", "# words\neffective\n", 2, "a word and its stem"),
        ("settings line", "guide.conf", "[guide]\nname Ketamine\n", 2, "expected 'key: value'"),
        ("unknown safety group", "safety.txt", "[crisis]\nmessage: m\nsay: x\n[panic]\nsay: y\n", 4, "unknown group [panic]"),
    ]

    @Test(arguments: malformedCases)
    func malformedFilesNameFileAndLine(
        _ testCase: (name: String, file: String, content: String, line: Int, message: String)
    ) throws {
        let directory = try Fixtures.scratchKnowledgeBase([testCase.file: testCase.content])
        do {
            _ = try KnowledgeBaseLoader().load(directory: directory)
            Issue.record("\(testCase.name): expected an error")
        } catch KnowledgeBaseError.malformed(let diagnostics) {
            // The place may be the diagnostic's own, or the other place it names.
            let expected = "KnowledgeBase/\(testCase.file):\(testCase.line)"
            #expect(
                diagnostics.contains { $0.description.contains(expected) && $0.message.contains(testCase.message) },
                "\(testCase.name): got \(diagnostics.map(\.description))")
        }
    }

    @Test func everydayParaphrasesJoinTheSynonyms() throws {
        let directory = try Fixtures.scratchKnowledgeBase(["language/paraphrases-en.txt": "# general\nupsides, benefits\n"])
        let base = try KnowledgeBaseLoader().load(directory: directory)
        #expect(base.synonyms.contains { $0.terms == ["upsides", "benefits"] && $0.line == 2 && $0.file == "language/paraphrases-en.txt" })
        #expect(base.synonyms.contains { $0.terms.contains("spravato") })
    }

    @Test func invalidUTF8IsReportedWithItsLine() throws {
        let directory = try Fixtures.scratchKnowledgeBase([:])
        let bytes: [UInt8] = Array("---\nid: x\n".utf8) + [0xFF, 0xFE, 0x0A]
        try Data(bytes).write(to: URL(fileURLWithPath: directory + "/documents/broken.md"))
        #expect(throws: KnowledgeBaseError.malformed([
            Diagnostic(path: "KnowledgeBase/documents/broken.md", line: 3, message: "the file is not valid UTF-8")
        ])) {
            try KnowledgeBaseLoader().load(directory: directory)
        }
    }
}

struct LineEndingTests {
    /// Files saved on Windows (CRLF) load exactly like the originals.
    @Test func crlfFilesLoadTheSame() throws {
        let original = try #require(Fixtures.knowledgeBase)
        var edits: [String: String?] = [:]
        for document in original.documents {
            let name = "documents/" + (document.path.split(separator: "/").last.map(String.init) ?? "")
            let text = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent(document.path), encoding: .utf8)
            edits[name] = text.replacingOccurrences(of: "\n", with: "\r\n")
        }
        for name in ["guide.conf", "synonyms.txt", "safety.txt", "smalltalk.txt"] {
            let text = try String(contentsOfFile: Fixtures.bundledDirectory + "/" + name, encoding: .utf8)
            edits[name] = text.replacingOccurrences(of: "\n", with: "\r\n")
        }
        let crlf = try KnowledgeBaseLoader().load(directory: try Fixtures.scratchKnowledgeBase(edits))
        #expect(crlf.documents.map(\.sections) == original.documents.map(\.sections))
        #expect(crlf.synonyms == original.synonyms)
        #expect(crlf.safety.categories.map(\.patterns.count) == original.safety.categories.map(\.patterns.count))
    }
}
