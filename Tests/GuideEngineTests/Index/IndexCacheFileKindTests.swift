import Foundation
import GuideEngine
import Testing

/// Something other than a regular file with the cache's name (a FIFO, a link
/// to one) must neither block start-up nor be replaced; temporary files of a
/// killed writer are cleaned up.
struct IndexCacheFileKindTests {
    /// How long a load may take before the test calls it a hang (a debug
    /// build of the bundled knowledge base loads in well under a second).
    private static let hangLimit: DispatchTimeInterval = .seconds(20)

    /// Runs `load` on another thread; if it has not finished within
    /// `hangLimit`, opens the FIFO for writing and closes it (again, until it
    /// finishes), which ends a blocked reader's `open` and `read`, so a
    /// failing test fails instead of hanging the suite.
    private static func withoutHanging<Result: Sendable>(fifo: String, _ load: @escaping @Sendable () -> Result) -> Result? {
        let box = ResultBox<Result>()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            box.result = load()
            done.signal()
        }
        guard done.wait(timeout: .now() + hangLimit) == .timedOut else { return box.result }
        Issue.record("loading the knowledge base blocked on \(fifo)")
        repeat {
            let writer = open(fifo, O_WRONLY | O_NONBLOCK)
            if writer >= 0 { close(writer) }
        } while done.wait(timeout: .now() + .milliseconds(100)) == .timedOut
        return nil
    }

    private static func isFIFO(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFIFO
    }

    @Test(arguments: [false, true])
    func aFIFONamedLikeTheCacheIsIgnoredAndKept(throughALink: Bool) throws {
        let directory = try Fixtures.scratchKnowledgeBase([:])
        let knowledgeBase = try KnowledgeBaseLoader().load(directory: directory)
        let cachePath = IndexCache(knowledgeBaseDirectory: directory).path
        let fifo = throughALink ? directory + "/../elsewhere.fifo" : cachePath
        #expect(mkfifo(fifo, 0o600) == 0)
        if throughALink { #expect(symlink(fifo, cachePath) == 0) }

        let loaded = Self.withoutHanging(fifo: fifo) { ChatEngine.load(knowledgeBase, cache: .always) }
        #expect(loaded?.cache == .notARegularFile)
        #expect(Self.isFIFO(cachePath))
        let fromCacheAlone = Self.withoutHanging(fifo: fifo) { IndexCache(knowledgeBaseDirectory: directory).engine(for: knowledgeBase) }
        #expect(fromCacheAlone.map { $0 == nil } == true)
        // The guide still answers, from an index built in memory.
        var session = try #require(loaded).engine.makeSession()
        #expect(session.respond(to: "is ketamine addictive").intent == "risks.dependence")
    }

    @Test func aLinkToARegularCacheIsStillRead() throws {
        let directory = try Fixtures.scratchKnowledgeBase([:])
        let knowledgeBase = try KnowledgeBaseLoader().load(directory: directory)
        let cachePath = IndexCache(knowledgeBaseDirectory: directory).path
        _ = ChatEngine.load(knowledgeBase, cache: .always)
        let elsewhere = directory + "/../cache-copy"
        try FileManager.default.moveItem(atPath: cachePath, toPath: elsewhere)
        #expect(symlink(elsewhere, cachePath) == 0)
        #expect(ChatEngine.load(knowledgeBase, cache: .always).cache == .loaded)
    }

    @Test func staleTemporaryFilesAreRemovedWhenTheCacheIsWritten() throws {
        let directory = try Fixtures.scratchKnowledgeBase([:])
        let knowledgeBase = try KnowledgeBaseLoader().load(directory: directory)
        let cachePath = IndexCache(knowledgeBaseDirectory: directory).path
        let stale = cachePath + ".\(UUID().uuidString).tmp"
        let recent = cachePath + ".\(UUID().uuidString).tmp"
        let unrelated = directory + "/notes.tmp"
        for path in [stale, recent, unrelated] {
            #expect(FileManager.default.createFile(atPath: path, contents: Data("partial".utf8)))
        }
        let old = Date(timeIntervalSinceNow: -(IndexCache.staleTemporaryAge + 600))
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: stale)
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: unrelated)

        #expect(ChatEngine.load(knowledgeBase, cache: .always).cache == .built(saved: true))
        #expect(!FileManager.default.fileExists(atPath: stale))
        // A young one may be another process's write in progress.
        #expect(FileManager.default.fileExists(atPath: recent))
        #expect(FileManager.default.fileExists(atPath: unrelated))
    }
}

/// The result of work done on another thread, read once the thread has
/// signalled (the semaphore orders the accesses).
private final class ResultBox<Value>: @unchecked Sendable {
    var result: Value?
}
