extension InvertedIndex {
    /// Collects entries one by one, then lays their postings out flat.
    ///
    /// Entries are numbered in the order they are added. Each entry's weighted
    /// term frequencies are summed in a dense scratch array (no dictionary per
    /// entry) and kept as (term, frequency) pairs until `build` sorts them by
    /// term with a counting sort.
    public struct Builder: Sendable {
        private var wordIDs: [String: TermID] = [:]
        private var phraseIDs = PairTable()
        private var termTotal: Int = 0
        private var pendingTerms: [TermID] = []
        private var pendingFrequencies: [Float] = []
        private var entryEnds: [Int] = []
        private var lengths: [Float] = []
        private var scratch: [Float] = []
        private var touched: [TermID] = []

        public init() {}

        public var entryCount: Int { lengths.count }

        /// The id of an analysed word, made on first sight.
        public mutating func wordID(_ word: String) -> TermID {
            if let known = wordIDs[word] { return known }
            let id = newTerm()
            wordIDs[word] = id
            return id
        }

        /// The id of the phrase of two words, made on first sight.
        public mutating func phraseID(_ left: TermID, _ right: TermID) -> TermID {
            var total = termTotal
            defer { termTotal = total }
            return phraseIDs.value(for: InvertedIndex.pairKey(left, right)) {
                defer { total += 1 }
                return TermID(total)
            }
        }

        private mutating func newTerm() -> TermID {
            defer { termTotal += 1 }
            return TermID(termTotal)
        }

        /// Adds an entry made of `(terms, weight)` fields; a field of weight 0 adds nothing.
        public mutating func add(fields: [(terms: [TermID], weight: Double)]) {
            if scratch.count < termTotal {
                scratch += [Float](repeating: 0, count: max(termTotal - scratch.count, scratch.count))
            }
            var length: Float = 0
            for field in fields where field.weight > 0 {
                let weight = Float(field.weight)
                for term in field.terms {
                    if scratch[Int(term)] == 0 { touched.append(term) }
                    scratch[Int(term)] += weight
                    length += weight
                }
            }
            for term in touched {
                pendingTerms.append(term)
                pendingFrequencies.append(scratch[Int(term)])
                scratch[Int(term)] = 0
            }
            touched.removeAll(keepingCapacity: true)
            entryEnds.append(pendingTerms.count)
            lengths.append(length)
        }

        /// The finished index. The builder's working memory is let go on the
        /// way (phrase dictionary first, then the pending postings), so a large
        /// index does not hold two copies of itself at its peak. The builder is
        /// spent afterwards.
        public mutating func finish(parameters: Parameters = Parameters()) -> InvertedIndex {
            let phrases = phraseIDs
            phraseIDs = PairTable()
            scratch = []
            var offsets = [UInt32](repeating: 0, count: termTotal + 1)
            for term in pendingTerms { offsets[Int(term) + 1] += 1 }
            for term in 0..<termTotal { offsets[term + 1] += offsets[term] }
            var cursor = offsets
            var entries = [Int32](repeating: 0, count: pendingTerms.count)
            var frequencies = [Float](repeating: 0, count: pendingTerms.count)
            var start = 0
            for (entry, end) in entryEnds.enumerated() {
                for position in start..<end {
                    let term = Int(pendingTerms[position])
                    let slot = Int(cursor[term])
                    entries[slot] = Int32(entry)
                    frequencies[slot] = pendingFrequencies[position]
                    cursor[term] += 1
                }
                start = end
            }
            pendingTerms = []
            pendingFrequencies = []
            let total = lengths.reduce(0) { $0 + Double($1) }
            return InvertedIndex(
                wordIDs: wordIDs, phraseIDs: phrases, offsets: offsets, postingEntries: entries,
                postingFrequencies: frequencies, lengths: lengths,
                averageLength: max(total / Double(max(lengths.count, 1)), 1), parameters: parameters)
        }
    }
}
