import Foundation

/// A 64-bit hash of a knowledge base's source files (names and bytes, in
/// load order): any edit, added or removed file changes it.
///
/// Not cryptographic; it guards a cache against stale data, not against an
/// attacker who can already write the knowledge-base folder.
struct SourceFingerprint {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ name: String, hash: UInt64) {
        value = Self.mix(value, Self.hash(Data(name.utf8)))
        value = Self.mix(value, hash)
    }

    /// FNV-1a over 8-byte words, then the tail byte by byte.
    static func hash(_ data: Data) -> UInt64 {
        data.withUnsafeBytes { raw in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(raw.count)
            let words = raw.count / 8
            for word in 0..<words {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: word * 8, as: UInt64.self)) &* 0x100_0000_01b3
                hash ^= hash >> 29
            }
            for offset in (words * 8)..<raw.count {
                hash = (hash ^ UInt64(raw[offset])) &* 0x100_0000_01b3
            }
            return hash
        }
    }

    /// `hash(_:)` of bytes that arrive in pieces (a file read straight into
    /// the arrays it holds), given their total count up front.
    struct Hasher {
        private var value: UInt64
        private var pending: UInt64 = 0
        private var pendingCount = 0

        init(count: Int) {
            value = 0xcbf2_9ce4_8422_2325 ^ UInt64(count)
        }

        mutating func add(_ bytes: UnsafeRawBufferPointer) {
            var index = 0
            // Complete a word begun by the previous piece, byte by byte.
            while pendingCount > 0 && index < bytes.count {
                pending |= UInt64(bytes[index]) << (8 * UInt64(pendingCount))
                pendingCount += 1
                index += 1
                if pendingCount == 8 {
                    addWord(pending)
                    pending = 0
                    pendingCount = 0
                }
            }
            while bytes.count - index >= 8 {
                addWord(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
                index += 8
            }
            while index < bytes.count {
                pending |= UInt64(bytes[index]) << (8 * UInt64(pendingCount))
                pendingCount += 1
                index += 1
            }
        }

        /// The hash; the bytes of an unfinished word are the tail.
        func finalize() -> UInt64 {
            var hash = value
            for byte in 0..<pendingCount {
                hash = (hash ^ ((pending >> (8 * UInt64(byte))) & 0xFF)) &* 0x100_0000_01b3
            }
            return hash
        }

        private mutating func addWord(_ word: UInt64) {
            value = (value ^ word) &* 0x100_0000_01b3
            value ^= value >> 29
        }
    }

    private static func mix(_ left: UInt64, _ right: UInt64) -> UInt64 {
        (left ^ right) &* 0x9e37_79b9_7f4a_7c15 ^ (left >> 31)
    }
}
