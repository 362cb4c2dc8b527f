import Foundation

/// A compact binary copy of the matcher's index, kept in the knowledge-base
/// folder (`.ketaguide-index`), so a large knowledge base starts in the time
/// it takes to read its files rather than to index them.
///
/// Never trusted blindly: it is used only when its header names the same
/// format, byte order, source fingerprint (every file's name and bytes) and
/// index settings, when the hash of its body matches the one it was written
/// with, and when every count, offset and id in it is in range and agrees
/// with the knowledge base just loaded. Anything else, and the index
/// is built again and the file rewritten.
public struct IndexCache: Sendable {
    /// When to use the cache.
    public enum Policy: String, Sendable, CaseIterable {
        /// Only for knowledge bases large enough to gain (`minimumSections`).
        case automatic = "auto"
        case always
        case never
    }

    /// What happened at start-up, for tools and benchmarks to report.
    public enum Outcome: Sendable, Equatable {
        case loaded
        case built(saved: Bool)
        case notUsed
        /// Something other than a regular file (a FIFO, a device, a folder, or a
        /// link to one) has the cache's name: the index was built, and that
        /// thing was neither read (a FIFO would block start-up) nor replaced.
        case notARegularFile
    }

    public static let fileName = ".ketaguide-index"
    /// Below this many sections, indexing takes a few milliseconds: no file is worth it.
    public static let minimumSections = 500
    /// Bump when analysis or the layout changes, so old files are rebuilt.
    static let formatVersion: UInt32 = 3
    static let magic: UInt32 = 0x5849_474B  // "KGIX"
    static let byteOrderMark: UInt32 = 0x0102_0304
    /// A temporary file (`.ketaguide-index.<UUID>.tmp`) older than this many
    /// seconds was left by a process killed before its rename, and is removed
    /// when the cache is next written; a younger one may be another process's
    /// write in progress.
    public static let staleTemporaryAge: Double = 3600

    public let path: String

    public init(knowledgeBaseDirectory: String) {
        path = URL(fileURLWithPath: knowledgeBaseDirectory).appendingPathComponent(Self.fileName).path
    }

    /// What has the cache's name in the knowledge-base folder.
    enum Entry {
        case missing
        case regularFile
        /// A FIFO, device, socket or folder, or a symbolic link (to anything).
        case other
    }

    /// What is at `path`, without following a symbolic link and without opening it.
    var entry: Entry {
        var status = stat()
        guard lstat(path, &status) == 0 else { return errno == ENOENT ? .missing : .other }
        return (status.st_mode & S_IFMT) == S_IFREG ? .regularFile : .other
    }

    /// Whether the name is free for an index cache, or holds one that may be read
    /// and replaced: a link to a regular file is followed when reading, but
    /// anything else is left alone.
    var isUsable: Bool {
        switch entry {
        case .missing, .regularFile: return true
        case .other:
            var status = stat()
            return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
        }
    }

    /// The engine for `knowledgeBase` from the cache file alone, or nil when the
    /// file is missing, stale, damaged or not a regular file: nothing is
    /// built and nothing written (tools and tests that check a cache).
    public func engine(for knowledgeBase: KnowledgeBase, configuration: MatcherConfiguration = MatcherConfiguration()) -> ChatEngine? {
        read(for: knowledgeBase, configuration: configuration).map {
            ChatEngine(knowledgeBase: knowledgeBase, configuration: configuration, index: $0)
        }
    }

    /// The index stored for `knowledgeBase`, or nil when the file is missing,
    /// stale or damaged.
    func read(for knowledgeBase: KnowledgeBase, configuration: MatcherConfiguration) -> MatcherIndex? {
        guard let fingerprint = knowledgeBase.sourceFingerprint, let file = FileSource(regularFileAt: path) else { return nil }
        var reader = BinaryReader(file)
        guard reader.read(UInt32.self) == Self.magic, reader.read(UInt32.self) == Self.formatVersion,
            reader.read(UInt32.self) == Self.byteOrderMark, reader.read(UInt64.self) == fingerprint,
            reader.read(UInt64.self) == Self.settingsKey(configuration), let bodyHash = reader.read(UInt64.self)
        else { return nil }
        // The body is read straight into the index's arrays (no second copy of
        // a large file in memory) and hashed on the way; a damaged body is
        // caught by the decoder's checks or, at the end, by the hash.
        file.startHashing()
        guard let index = MatcherIndex.decode(from: &reader, checkedAgainst: knowledgeBase, configuration: configuration),
            file.hash == bodyHash
        else { return nil }
        return index
    }

    /// Saves `index` atomically; false when the folder is not writable or the
    /// cache's name holds something other than a regular file.
    @discardableResult
    func write(_ index: MatcherIndex, for knowledgeBase: KnowledgeBase, configuration: MatcherConfiguration) -> Bool {
        guard let fingerprint = knowledgeBase.sourceFingerprint, entry != .other else { return false }
        removeStaleTemporaryFiles()
        var writer = BinaryWriter()
        writer.write(Self.magic)
        writer.write(Self.formatVersion)
        writer.write(Self.byteOrderMark)
        writer.write(fingerprint)
        writer.write(Self.settingsKey(configuration))
        var body = BinaryWriter()
        index.encode(to: &body)
        writer.write(SourceFingerprint.hash(body.data))
        // Header and body written one after the other (no third copy of a
        // large index in memory), to a temporary file renamed over the old one,
        // so a reader never sees half a file.
        let temporary = path + ".\(UUID().uuidString).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: writer.data) else { return false }
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        guard let handle = FileHandle(forWritingAtPath: temporary) else { return false }
        do {
            try handle.seekToEnd()
            try handle.write(contentsOf: body.data)
            try handle.close()
        } catch {
            return false
        }
        return rename(temporary, path) == 0
    }

    /// Removes the temporary files of writes that never finished (see `staleTemporaryAge`).
    func removeStaleTemporaryFiles(now: Date = Date()) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let prefix = Self.fileName + "."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            let file = folder + "/" + name
            var status = stat()
            guard lstat(file, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { continue }
            let modified = Double(status.st_mtim.tv_sec) + Double(status.st_mtim.tv_nsec) / 1e9
            if now.timeIntervalSince1970 - modified > Self.staleTemporaryAge { unlink(file) }
        }
    }

    /// The settings that shape the index (not those applied when asking).
    static func settingsKey(_ configuration: MatcherConfiguration) -> UInt64 {
        let settings = [
            configuration.useKeywords, configuration.useExampleQuestions,
        ].map(String.init) + [
            configuration.headingWeight, configuration.keywordWeight, configuration.questionWeight,
            configuration.textWeight, configuration.inheritedWeight,
        ].map { String($0.bitPattern) }
        return SourceFingerprint.hash(Data(settings.joined(separator: " ").utf8))
    }
}

extension ChatEngine {
    /// The engine for a loaded knowledge base, its index read from the cache
    /// file when valid, else built (and saved, when the policy wants a cache).
    public static func load(
        _ knowledgeBase: KnowledgeBase, configuration: MatcherConfiguration = MatcherConfiguration(),
        cache policy: IndexCache.Policy = .automatic
    ) -> (engine: ChatEngine, cache: IndexCache.Outcome) {
        let wanted: Bool
        switch policy {
        case .always: wanted = true
        case .never: wanted = false
        case .automatic: wanted = knowledgeBase.documents.reduce(0) { $0 + $1.sections.count } >= IndexCache.minimumSections
        }
        guard wanted, knowledgeBase.sourceFingerprint != nil else {
            return (ChatEngine(knowledgeBase: knowledgeBase, configuration: configuration), .notUsed)
        }
        let cache = IndexCache(knowledgeBaseDirectory: knowledgeBase.directory)
        guard cache.isUsable else {
            return (ChatEngine(knowledgeBase: knowledgeBase, configuration: configuration), .notARegularFile)
        }
        if let stored = cache.read(for: knowledgeBase, configuration: configuration) {
            return (ChatEngine(knowledgeBase: knowledgeBase, configuration: configuration, index: stored), .loaded)
        }
        let analyzer = knowledgeBase.analyzer
        let built = MatcherIndex.build(knowledgeBase: knowledgeBase, configuration: configuration, analyzer: analyzer)
        let saved = cache.write(built, for: knowledgeBase, configuration: configuration)
        return (ChatEngine(knowledgeBase: knowledgeBase, configuration: configuration, index: built), .built(saved: saved))
    }
}
