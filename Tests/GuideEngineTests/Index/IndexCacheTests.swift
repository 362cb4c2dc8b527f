import Foundation
import GuideEngine
import Testing

/// The index cache must give the same answers as a fresh index, and a stale
/// or damaged file must be rebuilt, never trusted.
struct IndexCacheTests {
    private static func cacheFile(_ directory: String) -> String {
        IndexCache(knowledgeBaseDirectory: directory).path
    }

    private static func load(_ directory: String, _ policy: IndexCache.Policy = .always) throws -> (ChatEngine, IndexCache.Outcome) {
        let loaded = ChatEngine.load(try KnowledgeBaseLoader().load(directory: directory), cache: policy)
        return (loaded.engine, loaded.cache)
    }

    /// Every labelled question matched by both engines: same intent, confidence and candidates.
    private static func expectSameAnswers(_ cached: ChatEngine, _ fresh: ChatEngine) throws {
        let rows = try Fixtures.labelledSet("questions.tsv").rows
        #expect(rows.count > 200)
        for row in rows {
            let left = cached.matcher.match(row.question)
            let right = fresh.matcher.match(row.question)
            #expect(left == right, "\(row.question)")
        }
    }

    @Test func aSavedIndexAnswersExactlyLikeAFreshOne() throws {
        let directory = try Fixtures.scratchKnowledgeBase([:])
        let (built, first) = try Self.load(directory)
        #expect(first == .built(saved: true))
        #expect(FileManager.default.fileExists(atPath: Self.cacheFile(directory)))
        let (cached, second) = try Self.load(directory)
        #expect(second == .loaded)
        try Self.expectSameAnswers(cached, built)
        try Self.expectSameAnswers(cached, try Fixtures.engine())
    }

    @Test func anEditedSourceFileRebuildsTheIndex() throws {
        let directory = try Fixtures.scratchKnowledgeBase([:])
        _ = try Self.load(directory)
        try "upsides, benefits\n".write(toFile: directory + "/language/paraphrases-en.txt", atomically: true, encoding: .utf8)
        let (engine, outcome) = try Self.load(directory)
        #expect(outcome == .built(saved: true))
        #expect(engine.matcher.isKnownWord("upsides"))
        #expect(try Self.load(directory).1 == .loaded)
    }

    @Test func otherIndexSettingsDoNotUseTheFile() throws {
        let directory = try Fixtures.scratchKnowledgeBase([:])
        _ = try Self.load(directory)
        let base = try KnowledgeBaseLoader().load(directory: directory)
        let plain = ChatEngine.load(base, configuration: .plainBM25, cache: .always)
        #expect(plain.cache == .built(saved: true))
        try Self.expectSameAnswers(plain.engine, ChatEngine(knowledgeBase: base, configuration: .plainBM25))
    }

    /// Truncated, bit-flipped, emptied or foreign files: rebuilt, same answers.
    @Test(arguments: ["truncate", "flip", "flip a float", "flip the last byte", "append", "empty", "garbage", "header only"])
    func aDamagedFileIsRebuilt(_ damage: String) throws {
        let directory = try Fixtures.scratchKnowledgeBase([:])
        _ = try Self.load(directory)
        let path = Self.cacheFile(directory)
        var data = try #require(FileManager.default.contents(atPath: path))
        switch damage {
        case "truncate": data = data.prefix(data.count / 2)
        case "flip": data[data.count / 3] ^= 0x40
        case "flip a float": data[data.count / 2] ^= 0x01  // inside the postings: only the body's hash tells
        case "flip the last byte": data[data.count - 1] ^= 0x01
        case "append": data.append(contentsOf: [0, 1, 2, 3])
        case "empty": data = Data()
        case "garbage": data = Data((0..<data.count).map { UInt8(truncatingIfNeeded: $0 &* 7919) })
        default: data = data.prefix(36)
        }
        try data.write(to: URL(fileURLWithPath: path))
        let (engine, outcome) = try Self.load(directory)
        #expect(outcome == .built(saved: true))
        try Self.expectSameAnswers(engine, try Fixtures.engine())
    }

    @Test func smallKnowledgeBasesAndNeverSkipTheFile() throws {
        let directory = try Fixtures.scratchKnowledgeBase([:])
        #expect(try Self.load(directory, .automatic).1 == .notUsed)
        #expect(try Self.load(directory, .never).1 == .notUsed)
        #expect(!FileManager.default.fileExists(atPath: Self.cacheFile(directory)))
    }
}
