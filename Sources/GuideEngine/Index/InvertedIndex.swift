import Foundation

/// A term → postings index with BM25 scoring over weighted fields.
///
/// Each indexed entry is a bag of fields (text, heading, keywords, example
/// questions) whose terms count with the field's weight, the simple form of
/// BM25F: a keyword hit weighs more than a word in running text.
///
/// Terms are integers: a word has an id, and a two-word phrase ("blood
/// pressure") is keyed by the pair of its words' ids, so a knowledge base of
/// thousands of documents is indexed without building a string per phrase.
/// The postings of all terms sit in two flat arrays (entries and weighted
/// frequencies) cut by offsets, which keeps a large index compact in memory.
/// Built with `InvertedIndex.Builder`.
public struct InvertedIndex: Sendable {
    public typealias TermID = Int32

    /// A scored entry from a search.
    public struct Hit: Sendable, Equatable {
        public var entry: Int
        public var score: Double
    }

    /// BM25's saturation and length normalisation.
    public struct Parameters: Sendable {
        public var k1: Double = 1.2
        public var b: Double = 0.5
        public init() {}
    }

    let wordIDs: [String: TermID]
    let phraseIDs: PairTable
    /// Postings of term `t`: `postingEntries[offsets[t]..<offsets[t + 1]]`, by entry.
    let offsets: [UInt32]
    let postingEntries: [Int32]
    let postingFrequencies: [Float]
    let lengths: [Float]
    let averageLength: Double
    public let parameters: Parameters
    /// Per entry, BM25's length normalisation `k1 · (1 − b + b · length / average)`,
    /// worked out once rather than for every posting of every query.
    private let norms: [Double]

    init(
        wordIDs: [String: TermID], phraseIDs: PairTable, offsets: [UInt32], postingEntries: [Int32],
        postingFrequencies: [Float], lengths: [Float], averageLength: Double, parameters: Parameters
    ) {
        self.wordIDs = wordIDs
        self.phraseIDs = phraseIDs
        self.offsets = offsets
        self.postingEntries = postingEntries
        self.postingFrequencies = postingFrequencies
        self.lengths = lengths
        self.averageLength = averageLength
        self.parameters = parameters
        norms = lengths.map { parameters.k1 * (1 - parameters.b + parameters.b * Double($0) / averageLength) }
    }

    public var entryCount: Int { lengths.count }
    public var termCount: Int { offsets.count - 1 }

    /// The id of an analysed word.
    func wordID(_ word: String) -> TermID? { wordIDs[word] }

    /// The id of the phrase of two words.
    func phraseID(_ left: TermID?, _ right: TermID?) -> TermID? {
        guard let left, let right else { return nil }
        return phraseIDs[Self.pairKey(left, right)]
    }

    static func pairKey(_ left: TermID, _ right: TermID) -> UInt64 {
        UInt64(UInt32(bitPattern: left)) << 32 | UInt64(UInt32(bitPattern: right))
    }

    /// Whether some entry has the analysed word (a word the builder only saw
    /// elsewhere, in a synonym, does not count).
    public func contains(_ word: String) -> Bool { wordIDs[word].map(documentFrequency) ?? 0 > 0 }

    func documentFrequency(_ id: TermID) -> Int {
        Int(offsets[Int(id) + 1] - offsets[Int(id)])
    }

    /// Inverse document frequency.
    func idf(_ id: TermID) -> Double { idf(frequency: documentFrequency(id)) }

    private func idf(frequency: Int) -> Double {
        let count = Double(entryCount)
        let frequency = Double(frequency)
        return log(1 + (count - frequency + 0.5) / (frequency + 0.5))
    }

    /// The weighted frequency of the term in `entry`, 0 when absent.
    func frequency(of id: TermID, in entry: Int) -> Float {
        var low = Int(offsets[Int(id)])
        var high = Int(offsets[Int(id) + 1]) - 1
        while low <= high {
            let middle = (low + high) / 2
            let value = Int(postingEntries[middle])
            if value == entry { return postingFrequencies[middle] }
            if value < entry { low = middle + 1 } else { high = middle - 1 }
        }
        return 0
    }

    /// A query term resolved to its id (nil: a term no entry has); a struct,
    /// not a tuple, so arrays of it need no type metadata made at run time.
    struct WeightedTerm {
        var id: TermID?
        var weight: Double
        /// Which word of the question it stands for (-1: none).
        var origin: Int = -1
        /// How many words from `origin` it stands for (a phrase synonym: several).
        var width: Int = 1
    }

    /// The best `limit` entries that have at least one query term, best first.
    func search(_ query: [WeightedTerm], limit: Int) -> [Hit] {
        var scores = [Double](repeating: 0, count: entryCount)
        var touched: [Int] = []
        let k1 = parameters.k1
        postingEntries.withUnsafeBufferPointer { entries in
            postingFrequencies.withUnsafeBufferPointer { frequencies in
                norms.withUnsafeBufferPointer { norms in
                    scores.withUnsafeMutableBufferPointer { scores in
                        for term in query {
                            guard let id = term.id else { continue }
                            let range = Int(offsets[Int(id)])..<Int(offsets[Int(id) + 1])
                            let weight = idf(frequency: range.count) * term.weight * (k1 + 1)
                            // Offsets were checked against the postings when the index was built or read.
                            for position in range {
                                let entry = Int(entries[position])
                                let tf = Double(frequencies[position])
                                if scores[entry] == 0 { touched.append(entry) }
                                scores[entry] += weight * tf / (tf + norms[entry])
                            }
                        }
                    }
                }
            }
        }
        // Keep only the best `limit` while scanning: a common word can touch
        // thousands of entries, and sorting them all would cost more than the scoring.
        func isBetter(_ left: Hit, _ right: Hit) -> Bool {
            left.score != right.score ? left.score > right.score : left.entry < right.entry
        }
        var best: [Hit] = []
        best.reserveCapacity(limit + 1)
        for entry in touched {
            let hit = Hit(entry: entry, score: scores[entry])
            if best.count == limit, let last = best.last, !isBetter(hit, last) { continue }
            let position = best.firstIndex { isBetter(hit, $0) } ?? best.count
            best.insert(hit, at: position)
            if best.count > limit { best.removeLast() }
        }
        return best
    }
}
