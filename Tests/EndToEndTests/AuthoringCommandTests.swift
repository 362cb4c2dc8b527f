import Foundation
import Testing
import TestSupport

/// The authors' subcommands of the built binary.
@Suite(.serialized) struct AuthoringCommandTests {
    @Test func validateAcceptsTheBundledKnowledgeBase() throws {
        let result = try Binary.run(["validate"])
        #expect(result.status == 0, "\(result.output)\(result.stderr)")
        #expect(result.output.contains("0 errors"))
    }

    @Test func validateExits65OnABrokenKnowledgeBase() throws {
        let folder = TestScratch.directory.appendingPathComponent("kb-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Binary.repositoryRoot.appendingPathComponent("KnowledgeBase"), to: folder)
        try "---\nid: x\n".write(to: folder.appendingPathComponent("documents/x.md"), atomically: true, encoding: .utf8)
        let result = try Binary.run(["validate", "--kb", folder.path])
        #expect(result.status == 65)
        #expect((result.output + result.stderr).contains("documents/x.md:2: error: front matter is not closed"))
    }

    /// An empty safety.txt would switch the safety screen off: the guide and
    /// `validate` both refuse it with status 65, naming the file.
    @Test func anEmptySafetyFileExits65() throws {
        let folder = TestScratch.directory.appendingPathComponent("kb-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Binary.repositoryRoot.appendingPathComponent("KnowledgeBase"), to: folder)
        try "".write(to: folder.appendingPathComponent("safety.txt"), atomically: true, encoding: .utf8)
        let chat = try Binary.run(["--kb", folder.path], lines: ["I want to kill myself"])
        #expect(chat.status == 65)
        #expect(chat.stderr.contains("safety.txt:1: error: the file has no [crisis] group"), "\(chat.stderr)")
        #expect(!chat.output.contains("no_match"))
        let validate = try Binary.run(["validate", "--kb", folder.path])
        #expect(validate.status == 65)
        #expect((validate.output + validate.stderr).contains("safety.txt:1: error: the file has no [emergency] group"))
    }

    @Test func ingestingTheSeedGivesADocumentThatAnswers() throws {
        let seed = Binary.repositoryRoot.appendingPathComponent("Tests/GuideEngineTests/Fixtures/Authoring/seed-leaflet.txt")
        let folder = TestScratch.directory.appendingPathComponent("kb-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Binary.repositoryRoot.appendingPathComponent("KnowledgeBase"), to: folder)
        let documents = folder.appendingPathComponent("documents")
        try FileManager.default.removeItem(at: documents)
        try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
        let ingest = try Binary.run([
            "ingest", seed.path, "--id", "leaflet", "--title", "How ketamine works",
            "--output", documents.appendingPathComponent("leaflet.md").path,
        ])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(try Binary.run(["validate", "--kb", folder.path]).status == 0)
        let answer = try Binary.run(["--kb", folder.path, "--format", "json"], lines: ["is ketamine addictive?"])
        #expect(answer.output.contains("\"status\":\"answered\""))
        #expect(answer.output.contains("abuse and dependence"))
    }

    /// `import` cites the collection as its options say; `import-medquad`
    /// is the same with MedQuAD's values. Both folders load and answer.
    @Test func importConvertsAnyCollectionAndMedQuADAsOne() throws {
        let input = TestScratch.directory.appendingPathComponent("pairs-\(UUID().uuidString).jsonl")
        try """
            {"id": "0001-1", "collection": "1_Test_QA", "source": "Test", "url": "https://example.org/a", "focus": "Plaster casts", "qtype": "care", "question": "How do I keep my cast dry?", "answer": "Cover it with a plastic bag when you wash."}
            {"focus": "Plaster casts", "question": "What if my cast itches?", "answer": "A cool hair dryer can ease the itch."}

            """.write(to: input, atomically: true, encoding: .utf8)
        let folder = TestScratch.directory.appendingPathComponent("import-\(UUID().uuidString)")
        let missing = try Binary.run(["import", input.path, folder.path, "--collection-name", "Cast FAQ"])
        #expect(missing.status == 64, "the licence and review day are required")
        let generic = try Binary.run([
            "import", input.path, folder.path, "--collection-name", "Cast FAQ", "--licence", "CC0 1.0",
            "--source-url", "https://example.org/faq", "--reviewed", "2026-03-01",
        ])
        #expect(generic.status == 0, "\(generic.stderr)")
        #expect(generic.output.contains("Wrote 2 documents with 2 sections"))
        let document = try String(contentsOf: folder.appendingPathComponent("documents/plaster-casts-2.md"), encoding: .utf8)
        #expect(document.contains("source: Cast FAQ, CC0 1.0; https://example.org/faq\nreviewed: 2026-03-01\n"))
        let answer = try Binary.run(["--kb", folder.path, "--format", "json"], lines: ["how do I keep my cast dry"])
        #expect(answer.output.contains("plastic bag"), "\(answer.output)")

        let medQuAD = TestScratch.directory.appendingPathComponent("medquad-\(UUID().uuidString)")
        let converted = try Binary.run(["import-medquad", input.path, medQuAD.path])
        #expect(converted.status == 0, "\(converted.stderr)")
        let first = try String(contentsOf: medQuAD.appendingPathComponent("documents/plaster-casts.md"), encoding: .utf8)
        #expect(first.contains("source: MedQuAD, CC BY 4.0; Test (1_Test_QA); https://example.org/a\nreviewed: 2019-10-22\n"))
        #expect(try Binary.run(["import-medquad", input.path, medQuAD.path]).status == 73, "a folder with documents is not replaced")
    }

    @Test func evalFailsBelowTheMinimumAccuracy() throws {
        let file = TestScratch.directory.appendingPathComponent("set-\(UUID().uuidString).tsv")
        try "is it addictive\trisks.dependence\nhi\tgreeting\nwhat is bdnf\tconditions.ptsd\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let passing = try Binary.run(["eval", file.path, "--min-accuracy", "0.6"])
        #expect(passing.status == 0)
        #expect(passing.output.contains("accuracy 66.7% (2/3)"))
        #expect(passing.output.contains("expected conditions.ptsd, got mechanism.bdnf"))
        #expect(try Binary.run(["eval", file.path, "--min-accuracy", "0.9"]).status == 1)
    }
}
