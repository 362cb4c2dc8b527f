/// Two-word phrases (a pair of word ids) → term id, as a flat open-addressing
/// table: two arrays that an index cache writes and reads as they are, with
/// no dictionary to rebuild on start-up.
struct PairTable: Sendable {
    static let empty = UInt64.max

    /// Slots; `empty` marks a free one. The count is a power of two.
    let keys: [UInt64]
    let values: [Int32]

    init(_ pairs: [UInt64: Int32]) {
        // At most three quarters full: short probes, and a third less memory than half full.
        var capacity = 16
        while capacity * 3 < pairs.count * 4 { capacity *= 2 }
        var keys = [UInt64](repeating: Self.empty, count: capacity)
        var values = [Int32](repeating: -1, count: capacity)
        for (key, value) in pairs {
            var slot = Self.slot(of: key, capacity: capacity)
            while keys[slot] != Self.empty { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = key
            values[slot] = value
        }
        self.keys = keys
        self.values = values
    }

    /// Arrays read back from a cache; nil unless they have the table's shape.
    init?(keys: [UInt64], values: [Int32]) {
        let capacity = keys.count
        guard capacity >= 16, capacity & (capacity - 1) == 0, values.count == capacity,
            keys.contains(Self.empty)
        else { return nil }
        self.keys = keys
        self.values = values
    }

    subscript(key: UInt64) -> Int32? {
        let mask = keys.count - 1
        var slot = Self.slot(of: key, capacity: keys.count)
        while true {
            let stored = keys[slot]
            if stored == key { return values[slot] }
            if stored == Self.empty { return nil }
            slot = (slot + 1) & mask
        }
    }

    private static func slot(of key: UInt64, capacity: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9e37_79b9_7f4a_7c15) >> 32) & (capacity - 1)
    }
}
