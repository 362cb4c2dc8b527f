#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Collects output and writes it to a file descriptor in large blocks.
///
/// Batch mode writes thousands of replies: one `write(2)` per reply would
/// dominate the cost. A closed pipe (`head` stopped reading) ends the writing
/// quietly instead of killing the process with SIGPIPE; any other write error
/// (a full disk, `/dev/full`, a closed descriptor) ends it too and is kept in
/// `failure`, for the program to report and exit non-zero.
public final class OutputWriter {
    /// Why the output stopped being written.
    public enum Failure: Equatable, Sendable {
        /// The reader went away (EPIPE): nobody wants the rest, nothing to report.
        case readerGone
        /// write(2) failed with this errno: the replies were lost.
        case writeFailed(Int32)
    }

    private var buffer: [UInt8] = []
    private let descriptor: Int32
    /// Bytes buffered before they are written.
    private static let blockSize = 1 << 16
    /// False once writing has stopped (see `failure`).
    public var isOpen: Bool { failure == nil }
    /// Set when a write failed; later output is dropped.
    public private(set) var failure: Failure?

    public init(descriptor: Int32 = 1) {
        self.descriptor = descriptor
        buffer.reserveCapacity(Self.blockSize)
        signal(SIGPIPE, SIG_IGN)
        // Past a file-size limit (ulimit -f) write(2) fails with EFBIG instead of the
        // process being killed, so the limit is reported like a full disk.
        signal(SIGXFSZ, SIG_IGN)
    }

    public func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.blockSize { flush() }
    }

    /// Lets `body` append bytes straight to the buffer (no string in between).
    public func write(with body: (inout [UInt8]) -> Void) {
        body(&buffer)
        if buffer.count >= Self.blockSize { flush() }
    }

    public func flush() {
        var offset = 0
        while offset < buffer.count && isOpen {
            let written = buffer.withUnsafeBytes { raw in
                Glibc.write(descriptor, raw.baseAddress.map { $0 + offset }, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN {  // a non-blocking descriptor: wait until it takes more
                    var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&ready, 1, -1)
                    continue
                }
                failure = errno == EPIPE ? .readerGone : .writeFailed(errno)
            } else {
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// The message for a write failure worth reporting (nil when writing went well or the
    /// reader simply went away).
    public var failureMessage: String? {
        guard case .writeFailed(let code) = failure else { return nil }
        return "cannot write to standard output: \(String(cString: strerror(code)))"
    }
}
