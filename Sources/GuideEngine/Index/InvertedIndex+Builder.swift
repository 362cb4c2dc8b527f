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
        /// Postings taken in from other builders (`append(entriesOf:remap:)`),
        /// kept as they came: the entries after them are in `pending…`.
        private var segments: [(terms: [TermID], frequencies: [Float])] = []
        private var segmentPostings = 0
        private var entryEnds: [Int] = []
        private var lengths: [Float] = []
        private var scratch: [Float] = []
        private var touched: [TermID] = []

        public init() {}

        public var entryCount: Int { lengths.count }

        /// How many term ids (words and phrases) have been made.
        var termCount: Int { termTotal }

        var phraseCount: Int { phraseIDs.count }

        /// Makes room for `count` more phrases at once (one rehash, not several).
        mutating func reservePhrases(_ count: Int) {
            phraseIDs.reserve(phraseIDs.count + count)
        }

        /// Every phrase made so far: its two word ids and its own id.
        func forEachPhrase(_ body: (TermID, TermID, TermID) -> Void) {
            phraseIDs.forEach { key, id in
                body(TermID(bitPattern: UInt32(truncatingIfNeeded: key >> 32)), TermID(bitPattern: UInt32(truncatingIfNeeded: key)), id)
            }
        }

        /// Adds `other`'s entries after this one's, its term ids turned into
        /// this builder's through `remap` (see `IndexingAnalyzer.absorb`).
        /// Its postings are moved, not copied, and stay a segment of their
        /// own until `finish`: joining two halves never holds the postings twice.
        mutating func append(entriesOf other: inout Builder, remap: [TermID]) {
            let base = segmentPostings + pendingTerms.count
            entryEnds += other.entryEnds.map { $0 + base }
            lengths += other.lengths
            segments.append((pendingTerms, pendingFrequencies))
            pendingTerms = []
            pendingFrequencies = []
            var theirs = other.segments
            theirs.append((other.pendingTerms, other.pendingFrequencies))
            other = Builder()
            for index in theirs.indices {
                var segment = theirs[index]
                theirs[index] = ([], [])
                segment.terms.withUnsafeMutableBufferPointer { terms in
                    for position in terms.indices { terms[position] = remap[Int(terms[position])] }
                }
                segments.append(segment)
            }
            segmentPostings = segments.reduce(0) { $0 + $1.terms.count }
        }

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
            entryEnds.append(segmentPostings + pendingTerms.count)
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
            segments.append((pendingTerms, pendingFrequencies))
            pendingTerms = []
            pendingFrequencies = []
            if segments.count > 1 || lengths.count >= 1_000 { FreedMemory.giveBack() }
            var offsets = [UInt32](repeating: 0, count: termTotal + 1)
            for segment in segments {
                for term in segment.terms { offsets[Int(term) + 1] += 1 }
            }
            for term in 0..<termTotal { offsets[term + 1] += offsets[term] }
            var cursor = offsets
            let postingCount = Int(offsets[termTotal])
            var entries = [Int32](repeating: 0, count: postingCount)
            var frequencies = [Float](repeating: 0, count: postingCount)
            var entry = 0
            var start = 0  // of the segment, counted over all segments
            for index in segments.indices {
                let (terms, weights) = segments[index]
                segments[index] = ([], [])
                for position in terms.indices {
                    while entryEnds[entry] <= start + position { entry += 1 }
                    let term = Int(terms[position])
                    let slot = Int(cursor[term])
                    entries[slot] = Int32(entry)
                    frequencies[slot] = weights[position]
                    cursor[term] += 1
                }
                start += terms.count
            }
            segments = []
            let total = lengths.reduce(0) { $0 + Double($1) }
            return InvertedIndex(
                wordIDs: wordIDs, phraseIDs: phrases, offsets: offsets, postingEntries: entries,
                postingFrequencies: frequencies, lengths: lengths,
                averageLength: max(total / Double(max(lengths.count, 1)), 1), parameters: parameters)
        }
    }
}
