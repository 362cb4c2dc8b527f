@preconcurrency import CLibEdit
@preconcurrency import CLibEditSystem
#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// The interactive history file (libedit's `_HiStOrY_V2_` format), read and written so that
/// nothing is lost and nothing else is touched.
///
/// - **Never through a symbolic link** (`O_NOFOLLOW`, `lstat`): a link at the path is refused
///   with a warning, so a dangling link never creates its target and another program's file
///   is never rewritten or chmodded. Anything but a regular file is refused the same way.
/// - **Atomic**: a new version is written to a temporary file in the same folder (0600),
///   flushed to disk (`fsync`) and renamed over the old one, so a full disk or a crash leaves
///   the old file whole instead of a file cut short.
/// - **Merged**: just before writing, the file is read again and this session's new entries
///   are added after what is there, so two sessions on one account keep each other's
///   questions; a repeated question keeps only its latest place, and only the newest
///   `limit` entries are kept.
struct HistoryFile {
    /// Why the file was not read or written, for the one warning the session shows.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let path: String
    /// The most entries kept in the file.
    let limit: Int

    /// Loads the file's entries into `history`. A missing file is not an error.
    func load(into history: OpaquePointer) throws(Failure) {
        guard let descriptor = try openExisting() else { return }
        defer { close(descriptor) }
        var info = stat()
        if fstat(descriptor, &info) == 0, info.st_size == 0 { return }
        if clibedit_history_load(history, "/dev/fd/\(descriptor)") < 0 {
            throw Failure(description: "not a libedit history file (it will not be overwritten)")
        }
    }

    /// Writes the entries on disk now followed by `newEntries`, deduplicated and capped.
    func save(appending newEntries: [String]) throws(Failure) {
        try write(try entriesOnDisk() + newEntries)
    }

    /// Replaces the file with an empty history.
    func clear() throws(Failure) {
        _ = try openExisting().map { close($0) }  // refuses a link or a non-regular file
        try write([])
    }

    /// `entries` without earlier repeats (each keeps its latest place), at most `limit`, newest last.
    static func merged(_ entries: [String], limit: Int) -> [String] {
        var seen = Set<String>()
        var newestFirst: [String] = []
        for entry in entries.reversed() where newestFirst.count < limit {
            if seen.insert(entry).inserted { newestFirst.append(entry) }
        }
        return newestFirst.reversed()
    }

    // MARK: Reading

    /// The file opened for reading, nil when it does not exist; refuses links and anything
    /// that is not a regular file (a FIFO would block: O_NONBLOCK).
    private func openExisting() throws(Failure) -> Int32? {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        if descriptor < 0 {
            let code = errno
            if code == ENOENT { return nil }
            if code == ELOOP { throw Failure(description: "it is a symbolic link, which is not followed") }
            throw Failure(description: String(cString: strerror(code)))
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            throw Failure(description: "not a regular file")
        }
        return descriptor
    }

    /// The entries of the file as it is now, oldest first.
    private func entriesOnDisk() throws(Failure) -> [String] {
        guard let scratch = history_init() else { throw Failure(description: "libedit could not be initialised") }
        defer { history_end(scratch) }
        // Room for every entry of a file written by another program with a larger limit.
        _ = clibedit_history_set_size(scratch, Int32.max)
        try load(into: scratch)
        var entries: [String] = []
        var entry = clibedit_history_oldest(scratch)
        while let text = entry {
            var line = String(cString: text)
            if line.hasSuffix("\n") { line.removeLast() }
            entries.append(line)
            entry = clibedit_history_newer(scratch)
        }
        return entries
    }

    // MARK: Writing

    private func write(_ entries: [String]) throws(Failure) {
        guard let history = history_init() else { throw Failure(description: "libedit could not be initialised") }
        defer { history_end(history) }
        _ = clibedit_history_set_size(history, Int32(clamping: max(1, limit)))
        for entry in Self.merged(entries, limit: limit) {
            _ = clibedit_history_enter(history, entry)
        }
        try makeParentDirectories()
        var template = Array((path + ".XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkstemp($0) } ?? -1
        }
        guard descriptor >= 0 else { throw Failure(description: String(cString: strerror(errno))) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        _ = fchmod(descriptor, 0o600)
        // Closes the descriptor, also on failure.
        if clibedit_history_save_synced(history, descriptor) < 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure(description: reason)
        }
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure(description: reason)
        }
    }

    /// mkdir -p for the folder holding the file (new folders 0700).
    private func makeParentDirectories() throws(Failure) {
        guard let slash = path.lastIndex(of: "/") else { return }
        let directory = path[..<slash]
        // Every prefix ending before a "/" (and the directory itself): "/a/b" -> "/a", "/a/b".
        var prefixes: [Substring] = []
        for index in directory.indices where directory[index] == "/" && index != directory.startIndex {
            prefixes.append(directory[..<index])
        }
        if !directory.isEmpty { prefixes.append(directory) }
        for prefix in prefixes {
            let prefix = String(prefix)
            if mkdir(prefix, 0o700) == 0 { continue }
            let code = errno
            var info = stat()
            if stat(prefix, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { continue }
            throw Failure(description: code == EEXIST ? "\(prefix) is not a directory" : String(cString: strerror(code)))
        }
    }
}
