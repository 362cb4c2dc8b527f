/// Two-word phrases (a pair of word ids) → term id, as a flat open-addressing
/// table: two arrays that an index cache writes and reads as they are, with
/// no dictionary to rebuild on start-up. While an index is built it grows in
/// place (a standard dictionary would hash every pair with SipHash).
struct PairTable: Sendable {
    static let empty = UInt64.max

    /// Slots; `empty` marks a free one. The count is a power of two.
    private(set) var keys: [UInt64]
    private(set) var values: [Int32]
    private(set) var count = 0

    init() {
        keys = [UInt64](repeating: Self.empty, count: 1024)
        values = [Int32](repeating: -1, count: 1024)
    }

    /// Arrays read back from a cache; nil unless they have the table's shape.
    init?(keys: [UInt64], values: [Int32]) {
        let capacity = keys.count
        guard capacity >= 16, capacity & (capacity - 1) == 0, values.count == capacity,
            keys.contains(Self.empty)
        else { return nil }
        self.keys = keys
        self.values = values
        self.count = keys.reduce(0) { $0 + ($1 == Self.empty ? 0 : 1) }
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

    /// The value of `key`, or the one `make` gives it on first sight.
    mutating func value(for key: UInt64, orInsert make: () -> Int32) -> Int32 {
        let mask = keys.count - 1
        var slot = Self.slot(of: key, capacity: keys.count)
        while keys[slot] != Self.empty {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        let value = make()
        keys[slot] = key
        values[slot] = value
        count += 1
        // At most three quarters full: short probes, and less memory than half full.
        if count * 4 > keys.count * 3 { grow() }
        return value
    }

    /// Grows once to hold `total` pairs within the load limit.
    mutating func reserve(_ total: Int) {
        var capacity = keys.count
        while total * 4 > capacity * 3 { capacity *= 2 }
        if capacity > keys.count { grow(to: capacity) }
    }

    private mutating func grow(to capacity: Int? = nil) {
        let oldKeys = keys
        let oldValues = values
        let capacity = capacity ?? keys.count * 2
        keys = [UInt64](repeating: Self.empty, count: capacity)
        values = [Int32](repeating: -1, count: capacity)
        for (key, value) in zip(oldKeys, oldValues) where key != Self.empty {
            var slot = Self.slot(of: key, capacity: capacity)
            while keys[slot] != Self.empty { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = key
            values[slot] = value
        }
    }

    /// Every stored pair, in slot order.
    func forEach(_ body: (UInt64, Int32) -> Void) {
        for (key, value) in zip(keys, values) where key != Self.empty { body(key, value) }
    }

    private static func slot(of key: UInt64, capacity: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9e37_79b9_7f4a_7c15) >> 32) & (capacity - 1)
    }
}
