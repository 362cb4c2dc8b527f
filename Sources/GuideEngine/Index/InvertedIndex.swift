import Foundation

/// A term → postings index with BM25 scoring over weighted fields.
///
/// Each indexed entry is a bag of fields (text, heading, keywords, example
/// questions) whose terms count with the field's weight, the simple form of
/// BM25F: a keyword hit weighs more than a word in running text.
public struct InvertedIndex: Sendable {
    public struct Posting: Sendable {
        public var entry: Int32
        public var frequency: Float
    }

    /// A scored entry from a search.
    public struct Hit: Sendable, Equatable {
        public var entry: Int
        public var score: Double
    }

    /// A term of a query with its weight (synonyms weigh less than the words typed).
    public struct QueryTerm: Sendable, Equatable {
        public var term: String
        public var weight: Double
        /// Which word of the question this term stands for (synonyms share it).
        public var origin: Int

        public init(term: String, weight: Double, origin: Int) {
            self.term = term
            self.weight = weight
            self.origin = origin
        }
    }

    /// BM25's saturation and length normalisation.
    public struct Parameters: Sendable {
        public var k1: Double = 1.2
        public var b: Double = 0.5
        public init() {}
    }

    private(set) var termIDs: [String: Int32] = [:]
    private(set) var postings: [[Posting]] = []
    private(set) var lengths: [Float] = []
    private(set) var averageLength: Double = 1
    private var totalLength: Double = 0
    public let parameters: Parameters

    public var entryCount: Int { lengths.count }
    public var termCount: Int { postings.count }

    public init(parameters: Parameters = Parameters()) {
        self.parameters = parameters
    }

    /// Adds an entry made of `(terms, weight)` fields; entries are numbered in order.
    public mutating func add(fields: [(terms: [String], weight: Double)]) {
        let entry = Int32(lengths.count)
        var frequencies: [String: Float] = [:]
        var length: Float = 0
        for field in fields {
            let weight = Float(field.weight)
            for term in field.terms {
                frequencies[term, default: 0] += weight
                length += weight
            }
        }
        for (term, frequency) in frequencies {
            let id: Int32
            if let known = termIDs[term] {
                id = known
            } else {
                id = Int32(postings.count)
                termIDs[term] = id
                postings.append([])
            }
            postings[Int(id)].append(Posting(entry: entry, frequency: frequency))
        }
        lengths.append(length)
        totalLength += Double(length)
        averageLength = max(totalLength / Double(lengths.count), 1)
    }

    public func contains(_ term: String) -> Bool { termIDs[term] != nil }

    public func documentFrequency(_ term: String) -> Int {
        termIDs[term].map { postings[Int($0)].count } ?? 0
    }

    /// Inverse document frequency; a term no entry has gets the highest value.
    public func idf(_ term: String) -> Double {
        let count = Double(entryCount)
        let frequency = Double(documentFrequency(term))
        return log(1 + (count - frequency + 0.5) / (frequency + 0.5))
    }

    /// The weighted frequency of `term` in `entry`, 0 when absent.
    public func frequency(of term: String, in entry: Int) -> Float {
        guard let id = termIDs[term] else { return 0 }
        let list = postings[Int(id)]
        var low = 0
        var high = list.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let value = Int(list[middle].entry)
            if value == entry { return list[middle].frequency }
            if value < entry { low = middle + 1 } else { high = middle - 1 }
        }
        return 0
    }

    /// BM25 scores of every entry that has at least one query term, best first.
    public func search(_ query: [QueryTerm], limit: Int) -> [Hit] {
        var scores = [Double](repeating: 0, count: entryCount)
        var touched: [Int] = []
        let k1 = parameters.k1
        let b = parameters.b
        for queryTerm in query {
            guard let id = termIDs[queryTerm.term] else { continue }
            let list = postings[Int(id)]
            let idf = idf(queryTerm.term) * queryTerm.weight
            for posting in list {
                let entry = Int(posting.entry)
                let tf = Double(posting.frequency)
                let norm = k1 * (1 - b + b * Double(lengths[entry]) / averageLength)
                if scores[entry] == 0 { touched.append(entry) }
                scores[entry] += idf * tf * (k1 + 1) / (tf + norm)
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
