#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// A `LineEditor` for input that is not a terminal (pipes, files, tests): reads the file
/// descriptor in 64 KiB blocks, splits on "\n" (dropping a "\r" before it) and decodes UTF-8
/// (invalid bytes become U+FFFD). No prompt is printed, there is no history and no timeout.
/// Each byte is scanned once, so very long lines cost linear time.
public final class PlainLineReader: LineEditor {
    private let fileDescriptor: Int32
    /// Bytes read but not yet returned: `pending[consumed...]`.
    private var pending: [UInt8] = []
    private var consumed = 0
    /// `pending[consumed..<scanned]` is known to hold no newline.
    private var scanned = 0
    private var reachedEnd = false
    private let blockSize = 64 * 1024
    /// Where read(2) puts each block before it is appended to `pending`.
    private let block: UnsafeMutableRawBufferPointer

    /// Ignored: plain input has no idle timeout.
    public var idleTimeout: Double?

    public init(descriptor: Int32 = STDIN_FILENO) {
        self.fileDescriptor = descriptor
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
        while true {
            if let newline = findNewline() {
                let line = takeLine(upTo: newline)
                consumed = newline + 1
                scanned = consumed
                compactIfNeeded()
                return .line(line)
            }
            scanned = pending.count
            if reachedEnd {
                guard consumed < pending.count else { return .endOfInput }
                let line = takeLine(upTo: pending.count)
                consumed = pending.count
                scanned = consumed
                return .line(line)
            }
            fill()
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
        while true {
            let count = read(fileDescriptor, block.baseAddress, block.count)
            if count > 0 {
                pending.append(contentsOf: UnsafeRawBufferPointer(rebasing: block[0..<count]))
                return
            }
            if count < 0 && errno == EINTR { continue }
            // End of file, or an error that will not go away: either way there is no more input.
            reachedEnd = true
            return
        }
    }
}
