import Foundation

/// Appends fixed-width numbers and arrays of them, little-endian as the
/// machine lays them out; an index cache is read back only on a machine
/// like the one that wrote it (the header records the byte order).
struct BinaryWriter {
    private(set) var data = Data()

    mutating func write<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }

    mutating func write(_ value: Double) { write(value.bitPattern) }

    /// A count, then the elements' bytes.
    mutating func write<T: BitwiseCopyable>(array: [T]) {
        write(UInt64(array.count))
        array.withUnsafeBytes { data.append(contentsOf: $0) }
    }

    /// Strings as one block of UTF-8 and the end offset of each.
    mutating func write(strings: [String]) {
        var bytes: [UInt8] = []
        var ends: [UInt32] = []
        ends.reserveCapacity(strings.count)
        for string in strings {
            bytes.append(contentsOf: string.utf8)
            ends.append(UInt32(bytes.count))
        }
        write(array: ends)
        write(array: bytes)
    }
}

/// Reads what `BinaryWriter` wrote, checking every length against the bytes
/// left: a truncated or corrupt file gives nil, never a crash.
struct BinaryReader {
    private let source: any ByteSource

    init(_ data: Data) {
        source = MemorySource(data)
    }

    /// Reads straight from a file, so a large array goes from the file into
    /// its own memory without a copy of the whole file in between.
    init(_ file: FileSource) {
        source = file
    }

    var isAtEnd: Bool { source.remaining == 0 }

    mutating func read<T: FixedWidthInteger>(_: T.Type = T.self) -> T? {
        var value: T = 0
        guard withUnsafeMutableBytes(of: &value, { source.copy(into: $0) }) else { return nil }
        return T(littleEndian: value)
    }

    mutating func readDouble() -> Double? { read(UInt64.self).map(Double.init(bitPattern:)) }

    mutating func readArray<T: BitwiseCopyable>(of _: T.Type, limit: Int = Int(Int32.max)) -> [T]? {
        guard let count64 = read(UInt64.self), count64 <= UInt64(limit) else { return nil }
        let count = Int(count64)
        let (size, overflow) = count.multipliedReportingOverflow(by: MemoryLayout<T>.stride)
        guard !overflow, source.remaining >= size else { return nil }
        var complete = false
        let array = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            complete = source.copy(into: UnsafeMutableRawBufferPointer(buffer))
            initialized = complete ? count : 0
        }
        return complete ? array : nil
    }

    mutating func readStrings() -> [String]? {
        guard let ends = readArray(of: UInt32.self), let bytes = readArray(of: UInt8.self) else { return nil }
        var strings: [String] = []
        strings.reserveCapacity(ends.count)
        var start = 0
        for end in ends.map(Int.init) {
            guard end >= start, end <= bytes.count else { return nil }
            guard let string = String(validating: bytes[start..<end], as: UTF8.self) else { return nil }
            strings.append(string)
            start = end
        }
        return strings
    }
}

/// Bytes for a `BinaryReader`, read in order.
protocol ByteSource: AnyObject {
    /// How many bytes are left.
    var remaining: Int { get }
    /// Fills `target` with the next bytes; false (and nothing consumed that
    /// matters) when fewer are left.
    func copy(into target: UnsafeMutableRawBufferPointer) -> Bool
}

private final class MemorySource: ByteSource {
    private let data: Data
    private var offset: Int

    init(_ data: Data) {
        self.data = data
        offset = data.startIndex
    }

    var remaining: Int { data.endIndex - offset }

    func copy(into target: UnsafeMutableRawBufferPointer) -> Bool {
        guard remaining >= target.count else { return false }
        data.copyBytes(to: target, from: offset..<(offset + target.count))
        offset += target.count
        return true
    }
}

/// A file read with `read(2)` straight into the caller's memory; after
/// `startHashing()`, everything read is hashed as `SourceFingerprint.hash`
/// would hash the rest of the file.
final class FileSource: ByteSource {
    private let descriptor: Int32
    private(set) var remaining: Int
    private var hasher: SourceFingerprint.Hasher?

    /// Opens `path` only if it is a regular file (or a link to one). Opened
    /// without blocking, then checked with `fstat`: a FIFO with the cache's
    /// name would otherwise block start-up until something wrote to it.
    init?(regularFileAt path: String) {
        var named = stat()
        guard stat(path, &named) == 0, (named.st_mode & S_IFMT) == S_IFREG else { return nil }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
        remaining = Int(status.st_size)
    }

    deinit { close(descriptor) }

    /// Hashes every byte from here to the end of the file.
    func startHashing() {
        hasher = SourceFingerprint.Hasher(count: remaining)
    }

    /// The hash of the bytes since `startHashing()`, once all are read.
    var hash: UInt64? { remaining == 0 ? hasher?.finalize() : nil }

    func copy(into target: UnsafeMutableRawBufferPointer) -> Bool {
        guard remaining >= target.count, let base = target.baseAddress else { return target.isEmpty }
        var done = 0
        while done < target.count {
            let count = Glibc.read(descriptor, base + done, target.count - done)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            done += count
        }
        remaining -= done
        hasher?.add(UnsafeRawBufferPointer(target))
        return true
    }
}
