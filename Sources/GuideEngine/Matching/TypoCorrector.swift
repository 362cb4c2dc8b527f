/// Corrects misspelt words of a question against the knowledge base's own
/// vocabulary ("adictive" → "addictive").
///
/// Rules, chosen to avoid turning an out-of-scope word into an in-scope one:
/// a known word is never corrected; words shorter than five letters are left
/// alone ("feet" is not "feel"); words of five to eight letters allow one
/// edit and must keep their first letter; words of nine letters or more
/// allow two edits; a transposition counts as one edit; ties go to the word
/// that is more common in the knowledge base. Two known words run together
/// are split (`split`).
public final class TypoCorrector: Sendable {
    private let words: [String: Int]
    /// The UTF-8 length of the longest known word: no side of a split is longer.
    private let longestWord: Int
    /// Words by length, for a quick length filter.
    private let byLength: [Int: [(word: [UInt8], text: String, letters: UInt32)]]
    /// Words by length and first letter, for the one-edit case (which keeps the first letter).
    private let byLengthAndFirst: [Int: [(word: [UInt8], text: String, letters: UInt32)]]

    /// - Parameter vocabulary: known words with how often each occurs.
    public init(vocabulary: [String: Int]) {
        self.words = vocabulary
        longestWord = vocabulary.keys.reduce(0) { max($0, $1.utf8.count) }
        var byLength: [Int: [(word: [UInt8], text: String, letters: UInt32)]] = [:]
        for word in vocabulary.keys.sorted() where word.unicodeScalars.allSatisfy(\.isASCII) {
            byLength[word.utf8.count, default: []].append((Array(word.utf8), word, Self.letters(of: word.utf8)))
        }
        self.byLength = byLength
        var byLengthAndFirst: [Int: [(word: [UInt8], text: String, letters: UInt32)]] = [:]
        for (length, words) in byLength {
            for word in words { byLengthAndFirst[length << 8 | Int(word.word.first ?? 0), default: []].append(word) }
        }
        self.byLengthAndFirst = byLengthAndFirst
    }

    public func isKnown(_ word: String) -> Bool { words[word] != nil }

    /// Every known word, sorted (for completion).
    public var vocabulary: [String] { words.keys.sorted() }

    /// The most likely intended known word, or nil when none is close enough.
    public func correction(for word: String) -> String? {
        guard words[word] == nil, word.unicodeScalars.allSatisfy(\.isASCII) else { return nil }
        let bytes = Array(word.utf8)
        guard bytes.count >= 5, bytes.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return nil }
        let maxEdits = bytes.count >= 9 ? 2 : 1
        var best: (text: String, distance: Int, count: Int)?
        for length in (bytes.count - maxEdits)...(bytes.count + maxEdits) {
            let letters = Self.letters(of: bytes)
            let bucket = maxEdits == 1 ? byLengthAndFirst[length << 8 | Int(bytes[0])] : byLength[length]
            // One edit changes at most two letters of the set: a quick, exact filter.
            for candidate in bucket ?? [] where (candidate.letters ^ letters).nonzeroBitCount <= 2 * maxEdits {
                let distance = Self.distance(bytes, candidate.word, limit: maxEdits)
                guard distance <= maxEdits else { continue }
                let count = words[candidate.text] ?? 0
                if let current = best, distance > current.distance || (distance == current.distance && count <= current.count) {
                    continue
                }
                best = (candidate.text, distance, count)
            }
        }
        return best?.text
    }

    /// Words longer than this many letters are never split: two words run
    /// together are a typing slip of a few dozen letters at most, and trying
    /// every cut of a very long "word" (pasted noise, a held-down key) costs
    /// time that grows with the square of its length.
    public static let maximumSplitLength = 40

    /// Two known words typed without the space between them ("sideeffects",
    /// "nasalspray"), each of three letters or more; of several ways to cut
    /// the word, the most even. Nil for a known word, and for one longer than
    /// `maximumSplitLength` letters or than two of the longest known words.
    public func split(_ word: String) -> (String, String)? {
        guard words[word] == nil else { return nil }
        // Cut points are the UTF-8 offsets where a scalar starts: the word is
        // scanned once, and each side is made from the bytes only at a cut
        // both of whose sides could be known words.
        var starts: [Int] = []
        for (offset, byte) in word.utf8.enumerated() where byte & 0xC0 != 0x80 { starts.append(offset) }
        let scalarCount = starts.count
        guard scalarCount >= 6, scalarCount <= Self.maximumSplitLength, word.utf8.count <= 2 * longestWord else { return nil }
        starts.append(word.utf8.count)
        var best: (String, String, Int)?
        for cut in 3...(scalarCount - 3) {
            let shorter = min(cut, scalarCount - cut)
            if let current = best, shorter <= current.2 { continue }
            let leftBytes = starts[cut]
            let rightBytes = word.utf8.count - leftBytes
            guard leftBytes <= longestWord, rightBytes <= longestWord else { continue }
            let utf8 = word.utf8
            let middle = utf8.index(utf8.startIndex, offsetBy: leftBytes)
            // Cut by scalars, as the offsets were found (a Character cut would round).
            let first = String(word.unicodeScalars[..<middle])
            guard words[first] != nil else { continue }
            let second = String(word.unicodeScalars[middle...])
            guard words[second] != nil else { continue }
            best = (first, second, shorter)
        }
        return best.map { ($0.0, $0.1) }
    }

    /// The set of letters a-z in a word, as bits.
    static func letters<Bytes: Sequence>(of bytes: Bytes) -> UInt32 where Bytes.Element == UInt8 {
        bytes.reduce(0) { mask, byte in (97...122).contains(byte) ? mask | 1 << UInt32(byte - 97) : mask }
    }

    /// Optimal string alignment distance (Levenshtein with transpositions),
    /// giving up early once every path is over `limit`.
    static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return a.isEmpty ? b.count : (b.isEmpty ? a.count : previous[b.count])
    }
}
