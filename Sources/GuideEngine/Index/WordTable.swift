/// A hash table from words (as UTF-8 bytes) to small integers, looked up
/// without making a `String`.
///
/// Indexing a large knowledge base looks up millions of word occurrences;
/// building a string and hashing it with the standard library's seeded hash
/// cost more than the rest of the indexing together. Words are stored once,
/// back to back, and hashed with FNV-1a.
struct WordTable {
    private var bytes: [UInt8] = []
    /// Per word: where its bytes start and end in `bytes`, and its hash.
    private var words: [(start: Int32, end: Int32, hash: UInt32)] = []
    /// Open addressing: word number + 1, or 0 for an empty slot.
    private var slots = [Int32](repeating: 0, count: 1024)

    var count: Int { words.count }

    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in word {
            hash = (hash ^ UInt32(byte)) &* 16_777_619
        }
        return hash
    }

    /// The number of `word`, or nil when it is not in the table.
    func find(_ word: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int? {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let stored = Int(slots[slot])
            if stored == 0 { return nil }
            if equals(stored - 1, word, hash: hash) { return stored - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// Adds `word`, which must not be in the table yet; returns its number.
    mutating func insert(_ word: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int {
        if (words.count + 1) * 2 > slots.count { grow() }
        let number = words.count
        words.append((Int32(bytes.count), Int32(bytes.count + word.count), hash))
        bytes.append(contentsOf: word)
        place(number, hash: hash)
        return number
    }

    private func equals(_ number: Int, _ word: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Bool {
        let stored = words[number]
        guard stored.hash == hash, Int(stored.end - stored.start) == word.count else { return false }
        var offset = Int(stored.start)
        for byte in word {
            if bytes[offset] != byte { return false }
            offset += 1
        }
        return true
    }

    private mutating func place(_ number: Int, hash: UInt32) {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(number + 1)
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        for (number, word) in words.enumerated() { place(number, hash: word.hash) }
    }
}
