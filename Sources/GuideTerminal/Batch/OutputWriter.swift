#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Collects output and writes it to a file descriptor in large blocks.
///
/// Batch mode writes thousands of replies: one `write(2)` per reply would
/// dominate the cost. A closed pipe (`head` stopped reading) ends the writing
/// quietly instead of killing the process with SIGPIPE.
public final class OutputWriter {
    private var buffer: [UInt8] = []
    private let descriptor: Int32
    /// False once the reader has gone away.
    public private(set) var isOpen = true

    public init(descriptor: Int32 = 1) {
        self.descriptor = descriptor
        buffer.reserveCapacity(1 << 16)
        signal(SIGPIPE, SIG_IGN)
    }

    public func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Lets `body` append bytes straight to the buffer (no string in between).
    public func write(with body: (inout [UInt8]) -> Void) {
        body(&buffer)
        if buffer.count >= 1 << 16 { flush() }
    }

    public func flush() {
        var offset = 0
        while offset < buffer.count && isOpen {
            let written = buffer.withUnsafeBytes { raw in
                Glibc.write(descriptor, raw.baseAddress.map { $0 + offset }, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                isOpen = false
            } else {
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
