/// The analyser's work for building an index, done once per distinct word.
///
/// A large knowledge base repeats the same few tens of thousands of words
/// millions of times; this remembers each folded word's term id (or that it
/// is a stop word), so stemming and interning happen once per word, not per
/// occurrence. It also counts the words it sees, the vocabulary that typo
/// correction draws on.
struct IndexingAnalyzer {
    typealias TermID = InvertedIndex.TermID

    let analyzer: Analyzer
    var builder = InvertedIndex.Builder()
    /// Folded words seen so far; a word's number indexes `slots` and `words`.
    private var table = WordTable()
    /// Per distinct word: its term id (-1 for a stop word) and how often it was learnt.
    private var slots: [(id: TermID, count: Int)] = []
    private var words: [String] = []
    /// Term id of a word → its stem, to give topic terms back as text.
    private var stems: [TermID: String] = [:]

    init(analyzer: Analyzer) {
        self.analyzer = analyzer
    }

    /// Term ids of `text` in order, stop words dropped (the same terms as
    /// `Analyzer.terms`). With `learn`, its words join the vocabulary.
    mutating func terms(_ text: String, learn: Bool = true) -> [TermID] {
        var result: [TermID] = []
        var text = text
        let isASCII = text.withUTF8 { bytes in
            bytes.allSatisfy { $0 < 0x80 } ? scanASCII(bytes, learn: learn, into: &result) : false
        }
        if !isASCII {
            // The tokenizer's Unicode rules (folding, apostrophes), one word at a time.
            for token in analyzer.words(text) {
                var word = token
                word.withUTF8 { count(number(of: $0), learn: learn, into: &result) }
            }
        }
        return result
    }

    /// `Tokenizer`'s ASCII rules, byte by byte, without a string per word: a
    /// word already in folded form (lowercase, no apostrophe) is looked up
    /// where it lies in the text; only the others are copied and folded.
    private mutating func scanASCII(_ bytes: UnsafeBufferPointer<UInt8>, learn: Bool, into result: inout [TermID]) -> Bool {
        var folded: [UInt8] = []
        var start = -1  // where the current word starts, -1 between words
        var isFolded = true
        var pendingApostrophe = false
        func flush(at end: Int, _ this: inout IndexingAnalyzer) {
            defer {
                start = -1
                isFolded = true
                pendingApostrophe = false
            }
            guard start >= 0 else { return }
            let wordEnd = pendingApostrophe ? end - 1 : end  // a trailing apostrophe is not part of the word
            if isFolded {
                this.count(this.number(of: UnsafeBufferPointer(rebasing: bytes[start..<wordEnd])), learn: learn, into: &result)
                return
            }
            folded.removeAll(keepingCapacity: true)
            for byte in bytes[start..<wordEnd] where byte != UInt8(ascii: "'") && byte != UInt8(ascii: "`") {
                folded.append((65...90).contains(byte) ? byte + 32 : byte)
            }
            folded.withUnsafeBufferPointer { this.count(this.number(of: $0), learn: learn, into: &result) }
        }
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case 97...122, 48...57, 65...90:
                if start < 0 { start = index }
                if byte <= 90 && byte >= 65 || pendingApostrophe { isFolded = false }
                pendingApostrophe = false
            case UInt8(ascii: "'"), UInt8(ascii: "`"):
                if start >= 0 && !pendingApostrophe {
                    pendingApostrophe = true
                } else {
                    flush(at: index, &self)
                }
            default:
                flush(at: index, &self)
            }
        }
        flush(at: bytes.count, &self)
        return true
    }

    /// The number of a folded word, analysed on first sight.
    private mutating func number(of word: UnsafeBufferPointer<UInt8>) -> Int {
        let hash = WordTable.hash(word)
        if let known = table.find(word, hash: hash) { return known }
        let number = table.insert(word, hash: hash)
        let text = String(decoding: word, as: UTF8.self)
        var id: TermID = -1
        if !analyzer.isStopWord(text) {
            let stem = analyzer.stem(text)
            id = builder.wordID(stem)
            stems[id] = stem
        }
        slots.append((id, 0))
        words.append(text)
        return number
    }

    private mutating func count(_ number: Int, learn: Bool, into result: inout [TermID]) {
        let id = slots[number].id
        guard id >= 0 else { return }
        if learn { slots[number].count += 1 }
        result.append(id)
    }

    /// Takes in what `other` indexed (built from other documents on another
    /// core): its words, phrases and entries, numbered after this one's.
    /// Returns how `other`'s term ids map to this one's.
    mutating func absorb(_ other: inout IndexingAnalyzer) -> [TermID] {
        var remap = [TermID](repeating: -1, count: other.builder.termCount)
        builder.reservePhrases(other.builder.phraseCount)
        // Words first (every word id has its stem), then phrases, made of word ids.
        for (id, stem) in other.stems {
            let mine = builder.wordID(stem)
            remap[Int(id)] = mine
            stems[mine] = stem
        }
        other.builder.forEachPhrase { left, right, id in
            remap[Int(id)] = builder.phraseID(remap[Int(left)], remap[Int(right)])
        }
        for (slot, word) in other.words.enumerated() {
            let (id, count) = other.slots[slot]
            var bytes = word
            bytes.withUTF8 { utf8 in
                let hash = WordTable.hash(utf8)
                if let known = table.find(utf8, hash: hash) {
                    slots[known].count += count
                } else {
                    _ = table.insert(utf8, hash: hash)
                    slots.append((id < 0 ? -1 : remap[Int(id)], count))
                    words.append(word)
                }
            }
        }
        builder.append(entriesOf: &other.builder, remap: remap)
        other = IndexingAnalyzer(analyzer: analyzer)
        return remap
    }

    /// Analysed words as text, each once, in order.
    func topicTerms(_ ids: [TermID]) -> [String] {
        var seen = Set<TermID>()
        return ids.filter { seen.insert($0).inserted }.compactMap { stems[$0] }
    }

    /// A text's terms with its adjacent pairs as phrases.
    mutating func phraseTerms(_ terms: [TermID]) -> [TermID] {
        terms + bigrams(terms)
    }

    /// A keyword's terms: a phrase keyword counts mostly as the phrase
    /// ("start working"), its words alone at half weight (or not at all).
    mutating func keywordTerms(_ terms: [TermID], wordsAlone: Bool = true) -> [TermID] {
        if terms.count > 1 {
            let pairs = bigrams(terms)
            return pairs + pairs + (wordsAlone ? terms : [])
        }
        return terms + terms
    }

    mutating func bigrams(_ terms: [TermID]) -> [TermID] {
        guard terms.count > 1 else { return [] }
        var result: [TermID] = []
        result.reserveCapacity(terms.count - 1)
        for position in 1..<terms.count {
            result.append(builder.phraseID(terms[position - 1], terms[position]))
        }
        return result
    }

    mutating func add(fields: [(terms: [TermID], weight: Double)]) {
        builder.add(fields: fields)
    }

    /// Learnt words with their stems.
    var stemsOfWords: [String: String] {
        var result: [String: String] = [:]
        result.reserveCapacity(slots.count)
        for (slot, word) in words.enumerated() where slots[slot].count > 0 {
            if let stem = stems[slots[slot].id] { result[word] = stem }
        }
        return result
    }

    /// Learnt words (folded, not stemmed, no stop words) with their counts.
    var vocabulary: [String: Int] {
        var result: [String: Int] = [:]
        result.reserveCapacity(slots.count)
        for (slot, word) in words.enumerated() where slots[slot].count > 0 {
            result[word] = slots[slot].count
        }
        return result
    }
}
