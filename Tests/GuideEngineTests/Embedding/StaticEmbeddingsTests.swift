import Foundation
import GuideEngine
import Testing

/// The static embeddings read here give the vectors the distilling tool's own
/// tokenizer gives (Fixtures/embedding-vectors.tsv, written by model2vec over
/// the same table): accents, punctuation, unknown words and CJK included.
struct StaticEmbeddingsTests {
    @Test func sentenceVectorsAgreeWithTheToolThatBuiltTheTable() throws {
        let embeddings = try #require(try Fixtures.engine().knowledgeBase.embeddings, "the bundled knowledge base has embeddings")
        let text = try String(contentsOfFile: Fixtures.fixture("embedding-vectors.tsv"), encoding: .utf8)
        var checked = 0
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let columns = line.split(separator: "\t")
            guard columns.count == 2 else { continue }
            let expected = columns[1].split(separator: " ").compactMap { Float($0) }
            let vector = try #require(embeddings.vector(of: String(columns[0])))
            #expect(vector.count == expected.count)
            let cosine = zip(vector, expected).reduce(Float(0)) { $0 + $1.0 * $1.1 }
            #expect(cosine > 0.9999, "\(columns[0]): cosine \(cosine)")
            checked += 1
        }
        #expect(checked == 6)
    }

    @Test func aTableThatIsNotOneIsRefusedWithItsName() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ketaguide-emb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = folder.appendingPathComponent("e.bin").path
        let vocabulary = folder.appendingPathComponent("e.vocab").path
        try Data("KGEMB001".utf8 + [2, 0, 0, 0, 4, 0, 0, 0, 1]).write(to: URL(fileURLWithPath: binary))
        try "a\nb\n".write(toFile: vocabulary, atomically: true, encoding: .utf8)
        #expect(throws: KnowledgeBaseError.self) {
            try StaticEmbeddings.load(binaryPath: binary, vocabularyPath: vocabulary, displayName: "e")
        }
    }
}
