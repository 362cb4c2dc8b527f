#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Reads lines from standard input (or any descriptor) in 64 KiB blocks.
///
/// Invalid UTF-8 becomes U+FFFD rather than an error, a final line without a
/// newline still counts, and long lines cost linear time.
public final class PlainLineReader: LineEditor {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var isAtEnd = false
    public var idleTimeout: Double?

    public init(descriptor: Int32 = 0) {
        self.descriptor = descriptor
    }

    /// True when a whole line is already read and waiting (no read would block).
    public var hasBufferedLine: Bool {
        buffer[start...].contains(UInt8(ascii: "\n"))
    }

    public func readLine(prompt: String) -> LineEvent {
        var searchFrom = start
        while true {
            if let newline = buffer[searchFrom...].firstIndex(of: UInt8(ascii: "\n")) {
                var end = newline
                if end > start && buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let line = String(decoding: buffer[start..<end], as: UTF8.self)
                start = newline + 1
                return .line(line)
            }
            if isAtEnd {
                guard start < buffer.count else { return .endOfInput }
                let line = String(decoding: buffer[start...], as: UTF8.self)
                start = buffer.count
                return .line(line)
            }
            if start > 0 {
                buffer.removeFirst(start)
                start = 0
            }
            searchFrom = buffer.count
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 {
                isAtEnd = true
            } else {
                buffer.append(contentsOf: chunk[0..<count])
            }
        }
    }

    public func addToHistory(_ line: String) {}
    public func clearHistory() {}
}
