import GuideEngine

#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// A `LineEditor` for input that is not a terminal (pipes, files, tests): reads the file
/// descriptor in 64 KiB blocks, splits on "\n" (dropping a "\r" before it) and decodes UTF-8
/// (invalid bytes become U+FFFD). No prompt is printed, there is no history and no timeout.
/// Each byte is scanned once, so very long lines cost linear time.
///
/// Memory is bounded whatever arrives: a line keeps at most `maximumLineBytes` bytes; the rest
/// of an overlong line is read and thrown away block by block up to its newline (or the end of
/// input: `/dev/zero` is one endless line), counted in `droppedCharactersOfLastLine` and,
/// with a `DroppedTextScreen`, screened as it passes (`droppedFindingOfLastLine`). The line
/// is returned once, cut, so it gets one reply.
public final class PlainLineReader: LineEditor {
    /// Bytes one character (Unicode scalar) takes at most in UTF-8.
    public static let maximumBytesPerCharacter = 4

    /// The bytes a line keeps when questions are limited to `characterLimit` characters:
    /// room for one character more than the limit at the widest UTF-8, so a line cut here is
    /// still over the limit and gets the too-long reply, never an answer to its first part.
    public static func maximumLineBytes(forCharacterLimit characterLimit: Int) -> Int {
        (max(0, characterLimit) + 1) * maximumBytesPerCharacter
    }

    /// The most bytes of one line held in memory (see `maximumLineBytes(forCharacterLimit:)`).
    public let maximumLineBytes: Int

    private let fileDescriptor: Int32
    /// Bytes read but not yet returned: `pending[consumed...]`.
    private var pending: [UInt8] = []
    private var consumed = 0
    /// `pending[consumed..<scanned]` is known to hold no newline.
    private var scanned = 0
    private var reachedEnd = false
    /// True while the rest of an overlong line is being thrown away.
    private var discarding = false
    private let blockSize = 64 * 1024
    /// Where read(2) puts each block before it is appended to `pending`.
    private let block: UnsafeMutableRawBufferPointer

    /// Characters of the line last returned that were thrown away (0 when it was whole),
    /// counted as UTF-8 lead bytes (an invalid byte counts as one).
    public private(set) var droppedCharactersOfLastLine = 0

    /// Screens the dropped part of each overlong line (nil: it is only counted).
    private let droppedTextScreen: DroppedTextScreen?

    /// The most urgent finding in the part of the line last returned that was thrown away
    /// (nil when the line is whole, without `droppedTextScreen`, or nothing urgent is in it).
    public var droppedFindingOfLastLine: SafetyScreen.Finding? {
        droppedCharactersOfLastLine > 0 ? droppedTextScreen?.finding : nil
    }

    /// Why reading stopped early (errno of read(2): EISDIR when standard input is a
    /// directory, EIO…); nil at a normal end of input. The lines before it were returned.
    public private(set) var readError: Int32?

    /// Ignored: plain input has no idle timeout.
    public var idleTimeout: Double?

    /// - Parameters:
    ///   - descriptor: where lines are read from (standard input by default).
    ///   - maximumLineBytes: bytes kept of one line; at least 4 (one character). By default
    ///     enough for the chat's question limit (`ChatSession.Options.maxInputLength`).
    ///   - droppedTextScreen: screens what is thrown away of an overlong line
    ///     (`droppedFindingOfLastLine`).
    public init(
        descriptor: Int32 = STDIN_FILENO,
        maximumLineBytes: Int = maximumLineBytes(forCharacterLimit: ChatSession.Options().maxInputLength),
        droppedTextScreen: DroppedTextScreen? = nil
    ) {
        self.fileDescriptor = descriptor
        self.droppedTextScreen = droppedTextScreen
        self.maximumLineBytes = max(Self.maximumBytesPerCharacter, maximumLineBytes)
        self.block = .allocate(byteCount: blockSize, alignment: 16)
    }

    deinit {
        block.deallocate()
    }

    /// True when a whole line is already read and waiting (the next `readLine` will not block).
    public var hasBufferedLine: Bool {
        if findNewline() != nil { return true }
        scanned = pending.count  // never scan these bytes again
        return false
    }

    /// The next line; the prompt is ignored. A last line without "\n" is returned before `.endOfInput`.
    public func readLine(prompt: String) -> LineEvent {
        droppedCharactersOfLastLine = 0
        while true {
            if let newline = findNewline() {
                var end = newline
                if !discarding && newline - consumed > maximumLineBytes {
                    // A whole overlong line that arrived in one block: cut it the same way.
                    end = keptEnd()
                    let stop = pending[newline - 1] == 0x0D ? newline - 1 : newline  // "\r\n" ends it
                    pending.withUnsafeBytes { bytes in
                        startDropping(kept: UnsafeRawBufferPointer(rebasing: bytes[consumed..<end]))
                        drop(UnsafeRawBufferPointer(rebasing: bytes[end..<stop]))
                    }
                }
                if droppedCharactersOfLastLine > 0 { droppedTextScreen?.finish() }
                let line = takeLine(upTo: end)
                consumed = newline + 1
                scanned = consumed
                compactIfNeeded()
                return .line(line)
            }
            scanned = pending.count
            if !discarding && pending.count - consumed > maximumLineBytes {
                cutOverlongLine()
            }
            if reachedEnd {
                if discarding { droppedTextScreen?.finish() }
                discarding = false
                guard consumed < pending.count || droppedCharactersOfLastLine > 0 else { return .endOfInput }
                let line = takeLine(upTo: pending.count)
                consumed = pending.count
                scanned = consumed
                return .line(line)
            }
            if discarding { discardUntilNewline() } else { fill() }
        }
    }

    public func addToHistory(_ line: String) {}
    public func clearHistory() {}

    private func findNewline() -> Int? {
        guard scanned < pending.count else { return nil }
        return pending.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress,
                  let hit = memchr(base + scanned, 0x0A, buffer.count - scanned)
            else { return nil }
            return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
        }
    }

    private func takeLine(upTo end: Int) -> String {
        var stop = end
        if stop > consumed && pending[stop - 1] == 0x0D { stop -= 1 }
        return pending.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[consumed..<stop]), as: UTF8.self)
        }
    }

    /// Keeps the first `maximumLineBytes` bytes of the line (cut before a character, never
    /// inside one), counts and drops the rest, and starts discarding up to the newline.
    private func cutOverlongLine() {
        let cut = keptEnd()
        pending.withUnsafeBytes { bytes in
            startDropping(kept: UnsafeRawBufferPointer(rebasing: bytes[consumed..<cut]))
            drop(UnsafeRawBufferPointer(rebasing: bytes[cut...]))
        }
        pending.removeSubrange(cut...)
        scanned = cut
        discarding = true
    }

    /// Where the kept part of the current (overlong) line ends: `maximumLineBytes` after its
    /// start, moved back to the start of the character there.
    private func keptEnd() -> Int {
        var cut = consumed + maximumLineBytes
        var backedOff = 0
        while backedOff < Self.maximumBytesPerCharacter - 1 && Self.isContinuationByte(pending[cut]) {
            cut -= 1
            backedOff += 1
        }
        return cut
    }

    /// Reads one block: the bytes before its first newline are counted and dropped; from the
    /// newline on it is kept, which ends the overlong line.
    private func discardUntilNewline() {
        guard let count = readBlock() else { return }
        let bytes = UnsafeRawBufferPointer(rebasing: block[0..<count])
        guard let base = bytes.baseAddress, let hit = memchr(base, 0x0A, count) else {
            drop(bytes)
            return
        }
        let newline = UnsafeRawPointer(hit) - base
        let stop = newline > 0 && bytes[newline - 1] == 0x0D ? newline - 1 : newline  // "\r\n" ends it
        drop(UnsafeRawBufferPointer(rebasing: bytes[0..<stop]))
        pending.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[newline...]))
        discarding = false
    }

    /// An overlong line starts being thrown away after `kept`.
    private func startDropping(kept: UnsafeRawBufferPointer) {
        droppedTextScreen?.start(keptEnd: kept)
    }

    /// Counts `bytes` as thrown away, and screens them.
    private func drop(_ bytes: UnsafeRawBufferPointer) {
        droppedCharactersOfLastLine += Self.countCharacters(bytes)
        droppedTextScreen?.add(bytes)
    }

    private static func isContinuationByte(_ byte: UInt8) -> Bool {
        byte & 0xC0 == 0x80
    }

    /// Characters in `bytes`: every byte but UTF-8 continuation bytes starts one.
    private static func countCharacters(_ bytes: UnsafeRawBufferPointer) -> Int {
        var count = 0
        for byte in bytes where !isContinuationByte(byte) { count += 1 }
        return count
    }

    /// Drops returned bytes once they are most of the buffer (amortised linear).
    private func compactIfNeeded() {
        if consumed == pending.count {
            pending.removeAll(keepingCapacity: pending.count <= 4 * blockSize)
            consumed = 0
            scanned = 0
        } else if consumed >= blockSize && consumed * 2 >= pending.count {
            pending.removeSubrange(0..<consumed)
            scanned -= consumed
            consumed = 0
        }
    }

    private func fill() {
        guard let count = readBlock() else { return }
        pending.append(contentsOf: UnsafeRawBufferPointer(rebasing: block[0..<count]))
    }

    /// Reads the next block into `block`: its byte count, or nil (and `reachedEnd` set) at the
    /// end of input or on an error that will not go away; either way there is no more input.
    private func readBlock() -> Int? {
        while true {
            let count = read(fileDescriptor, block.baseAddress, block.count)
            if count > 0 { return count }
            if count < 0 {
                if errno == EINTR { continue }
                readError = errno
            }
            reachedEnd = true
            return nil
        }
    }
}
