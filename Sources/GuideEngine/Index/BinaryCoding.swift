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
    private let data: Data
    private var offset: Int

    init(_ data: Data) {
        self.data = data
        self.offset = data.startIndex
    }

    var isAtEnd: Bool { offset == data.endIndex }

    /// The bytes not read yet.
    var remainder: Data { data[offset...] }

    mutating func read<T: FixedWidthInteger>(_: T.Type = T.self) -> T? {
        let size = MemoryLayout<T>.size
        guard data.endIndex - offset >= size else { return nil }
        var value: T = 0
        _ = withUnsafeMutableBytes(of: &value) { target in
            data.copyBytes(to: target, from: offset..<(offset + size))
        }
        offset += size
        return T(littleEndian: value)
    }

    mutating func readDouble() -> Double? { read(UInt64.self).map(Double.init(bitPattern:)) }

    mutating func readArray<T: BitwiseCopyable>(of _: T.Type, limit: Int = Int(Int32.max)) -> [T]? {
        guard let count64 = read(UInt64.self), count64 <= UInt64(limit) else { return nil }
        let count = Int(count64)
        let (size, overflow) = count.multipliedReportingOverflow(by: MemoryLayout<T>.stride)
        guard !overflow, data.endIndex - offset >= size else { return nil }
        let start = offset
        let array = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            data.copyBytes(to: UnsafeMutableRawBufferPointer(buffer), from: start..<(start + size))
            initialized = count
        }
        offset += size
        return array
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
