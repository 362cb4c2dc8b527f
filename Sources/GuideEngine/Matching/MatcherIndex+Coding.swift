/// The index cache's body: `MatcherIndex` as flat arrays, and the checks that
/// make a damaged file a rebuild rather than a crash or a wrong answer.
extension MatcherIndex {
    func encode(to writer: inout BinaryWriter) {
        let words = Array(index.wordIDs)
        writer.write(strings: words.map(\.key))
        writer.write(array: words.map(\.value))
        writer.write(array: index.phraseIDs.keys)
        writer.write(array: index.phraseIDs.values)
        writer.write(array: index.offsets)
        writer.write(array: index.postingEntries)
        writer.write(array: index.postingFrequencies)
        writer.write(array: index.lengths)
        writer.write(index.averageLength)

        writer.write(strings: intents.map(\.id))
        writer.write(array: intents.map { Int32($0.document) })
        writer.write(array: intents.map { Int32($0.section) })
        writer.write(array: intents.map { Int32($0.passage ?? -1) })
        writer.write(array: ownTerms.map { UInt32($0.count) })
        writer.write(array: ownTerms.flatMap { $0 })

        writer.write(array: topicTerms.map { UInt32($0.count) })
        writer.write(strings: topicTerms.flatMap { $0 })

        let vocabulary = Array(vocabulary)
        writer.write(strings: vocabulary.map(\.key))
        writer.write(array: vocabulary.map { Int64($0.value) })
        writer.write(strings: vocabulary.map { stems[$0.key] ?? $0.key })
        writer.write(IndexCache.magic)
    }

    static func decode(
        from reader: inout BinaryReader, checkedAgainst knowledgeBase: KnowledgeBase, configuration: MatcherConfiguration
    ) -> MatcherIndex? {
        guard let words = reader.readStrings(), let wordValues = reader.readArray(of: Int32.self),
            let phraseKeys = reader.readArray(of: UInt64.self), let phraseValues = reader.readArray(of: Int32.self),
            let offsets = reader.readArray(of: UInt32.self), let entries = reader.readArray(of: Int32.self),
            let frequencies = reader.readArray(of: Float.self), let lengths = reader.readArray(of: Float.self),
            let averageLength = reader.readDouble(),
            let intentIDs = reader.readStrings(), let documents = reader.readArray(of: Int32.self),
            let sections = reader.readArray(of: Int32.self), let passages = reader.readArray(of: Int32.self),
            let ownCounts = reader.readArray(of: UInt32.self), let ownIDs = reader.readArray(of: Int32.self),
            let topicCounts = reader.readArray(of: UInt32.self), let topicWords = reader.readStrings(),
            let vocabularyWords = reader.readStrings(), let vocabularyCounts = reader.readArray(of: Int64.self),
            let vocabularyStems = reader.readStrings(),
            reader.read(UInt32.self) == IndexCache.magic, reader.isAtEnd
        else { return nil }

        // The postings: offsets rise from 0 to the end, entries rise within each
        // term; every weight and length is a finite number BM25 can divide by.
        // Each value is checked before it is used as an index or a bound.
        let entryCount = lengths.count
        let termCount = offsets.count - 1
        guard termCount >= 0, offsets.first == 0,
            Int(offsets[termCount]) == entries.count, frequencies.count == entries.count,
            averageLength.isFinite, averageLength >= 1,
            frequencies.allSatisfy({ $0.isFinite && $0 > 0 }), lengths.allSatisfy({ $0.isFinite && $0 >= 0 })
        else { return nil }
        for term in 0..<termCount {
            let lower = Int(offsets[term])
            let upper = Int(offsets[term + 1])
            guard lower <= upper, upper <= entries.count else { return nil }
            var previous: Int32 = -1
            for position in lower..<upper {
                let entry = entries[position]
                guard entry > previous, Int(entry) < entryCount else { return nil }
                previous = entry
            }
        }
        func isTerm(_ id: Int32) -> Bool { id >= 0 && Int(id) < termCount }
        guard words.count == wordValues.count, wordValues.allSatisfy(isTerm),
            let phrases = PairTable(keys: phraseKeys, values: phraseValues),
            zip(phraseKeys, phraseValues).allSatisfy({ $0.0 == PairTable.empty || isTerm($0.1) })
        else { return nil }
        let wordIDs = Dictionary(zip(words, wordValues), uniquingKeysWith: { first, _ in first })
        guard wordIDs.count == words.count else { return nil }

        // The intents: one per entry, each naming a section or passage of this knowledge base by its id.
        guard intentIDs.count == entryCount, documents.count == entryCount, sections.count == entryCount,
            passages.count == entryCount, ownCounts.count == entryCount,
            Self.total(ownCounts) == ownIDs.count, ownIDs.allSatisfy(isTerm),
            topicCounts.count == entryCount, Self.total(topicCounts) == topicWords.count,
            vocabularyWords.count == vocabularyCounts.count, vocabularyStems.count == vocabularyWords.count,
            vocabularyCounts.allSatisfy({ $0 >= 0 })
        else { return nil }
        var intents: [Intent] = []
        intents.reserveCapacity(entryCount)
        for entry in 0..<entryCount {
            let intent = Intent(
                id: intentIDs[entry], document: Int(documents[entry]), section: Int(sections[entry]),
                passage: passages[entry] < 0 ? nil : Int(passages[entry]))
            guard intent.isNotCovered ? intent == .notCovered : Self.names(intent, in: knowledgeBase) else { return nil }
            intents.append(intent)
        }
        guard entryCount == expectedEntryCount(knowledgeBase, configuration: configuration) else { return nil }
        var ownTerms: [[InvertedIndex.TermID]] = []
        ownTerms.reserveCapacity(entryCount)
        var start = 0
        for count in ownCounts.map(Int.init) {
            ownTerms.append(Array(ownIDs[start..<(start + count)]))
            start += count
        }
        var topicTerms: [[String]] = []
        topicTerms.reserveCapacity(entryCount)
        start = 0
        for count in topicCounts.map(Int.init) {
            topicTerms.append(Array(topicWords[start..<(start + count)]))
            start += count
        }
        // Each word once: a repeated one is damage (and adding its counts could overflow).
        let vocabulary = Dictionary(zip(vocabularyWords, vocabularyCounts.map { Int(clamping: $0) }), uniquingKeysWith: { first, _ in first })
        guard vocabulary.count == vocabularyWords.count else { return nil }
        let stems = Dictionary(zip(vocabularyWords, vocabularyStems), uniquingKeysWith: { first, _ in first })

        let index = InvertedIndex(
            wordIDs: wordIDs, phraseIDs: phrases, offsets: offsets, postingEntries: entries,
            postingFrequencies: frequencies, lengths: lengths, averageLength: averageLength,
            parameters: InvertedIndex.Parameters())
        return MatcherIndex(index: index, intents: intents, ownTerms: ownTerms, topicTerms: topicTerms, vocabulary: vocabulary, stems: stems)
    }

    /// The sum of `counts`, nil when it would overflow (only a damaged file's could).
    private static func total(_ counts: [UInt32]) -> Int? {
        var sum = 0
        for count in counts {
            let (next, overflow) = sum.addingReportingOverflow(Int(count))
            guard !overflow else { return nil }
            sum = next
        }
        return sum
    }

    /// Whether `intent` points at a section or passage that has its id.
    private static func names(_ intent: Intent, in knowledgeBase: KnowledgeBase) -> Bool {
        guard knowledgeBase.documents.indices.contains(intent.document) else { return false }
        let document = knowledgeBase.documents[intent.document]
        guard document.sections.indices.contains(intent.section) else { return false }
        let section = document.sections[intent.section]
        guard let passage = intent.passage else { return section.id == intent.id }
        return section.passages.indices.contains(passage) && section.passages[passage].id == intent.id
    }

    /// How many entries `build` makes: every section, every passage with an
    /// id, and the not-covered topics when keywords are on.
    private static func expectedEntryCount(_ knowledgeBase: KnowledgeBase, configuration: MatcherConfiguration) -> Int {
        let sections = knowledgeBase.documents.flatMap(\.sections)
        let passages = sections.reduce(0) { $0 + $1.passages.filter { $0.id != nil }.count }
        let notCovered = !knowledgeBase.notCovered.isEmpty && configuration.useKeywords ? 1 : 0
        return sections.count + passages + notCovered
    }
}
