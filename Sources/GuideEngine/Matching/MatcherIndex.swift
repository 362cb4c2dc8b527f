import Dispatch

/// What building the matcher's index produces from a knowledge base: the
/// part of start-up that grows with the knowledge base, so the part an index
/// cache stores.
struct MatcherIndex: Sendable {
    var index: InvertedIndex
    /// Intents in the index's entry order.
    var intents: [Intent]
    /// Per entry, the terms a passage intent has of its own (not inherited
    /// from its section), sorted; empty for sections.
    var ownTerms: [[InvertedIndex.TermID]]
    /// Per entry, the analysed words that describe it, lent to a follow-up
    /// question: a section's heading, or an item's text and first keywords.
    var topicTerms: [[String]]
    /// The knowledge base's words (folded, no stop words) with their counts.
    var vocabulary: [String: Int]
    /// The same words with their stems.
    var stems: [String: String]

    /// Each intent (a section, or a passage with its own id) becomes one entry
    /// whose fields are its heading, keywords, example questions and text.
    /// A large knowledge base is indexed in two halves on two cores, then
    /// joined (`IndexingAnalyzer.absorb`); the result is the same index.
    static func build(knowledgeBase: KnowledgeBase, configuration: MatcherConfiguration, analyzer: Analyzer) -> MatcherIndex {
        let documents = knowledgeBase.documents
        let sectionCount = documents.reduce(0) { $0 + $1.sections.count }
        var shard: Shard
        if configuration.indexOnAllCores && documents.count >= 64 && sectionCount >= IndexCache.minimumSections {
            // Split where half the sections are indexed.
            var split = 0
            var seen = 0
            while split < documents.count && seen * 2 < sectionCount {
                seen += documents[split].sections.count
                split += 1
            }
            let ranges = [0..<split, split..<documents.count]
            var shards = [Shard?](repeating: nil, count: 2)
            shards.withUnsafeMutableBufferPointer { buffer in
                let slots = SendableBuffer(buffer)
                DispatchQueue.concurrentPerform(iterations: 2) { index in
                    var part = Shard(analyzer: analyzer)
                    part.index(ranges[index], of: knowledgeBase, configuration: configuration)
                    slots.buffer[index] = part
                }
            }
            // Taken out of the array, so each half is held once and joining moves it.
            let halves = (shards[0], shards[1])
            shards = []
            if var first = halves.0, var second = halves.1 {
                first.absorb(&second)
                shard = first
            } else {  // not reached: both halves are always indexed
                shard = Shard(analyzer: analyzer)
                shard.index(documents.indices, of: knowledgeBase, configuration: configuration)
            }
        } else {
            shard = Shard(analyzer: analyzer)
            shard.index(documents.indices, of: knowledgeBase, configuration: configuration)
        }
        return shard.finish(knowledgeBase: knowledgeBase, configuration: configuration)
    }

    /// The index of some of the documents, as one core builds it.
    private struct Shard: @unchecked Sendable {
        var indexing: IndexingAnalyzer
        var intents: [Intent] = []
        var ownTerms: [[InvertedIndex.TermID]] = []
        var topicTerms: [[String]] = []

        init(analyzer: Analyzer) {
            indexing = IndexingAnalyzer(analyzer: analyzer)
        }

        mutating func absorb(_ other: inout Shard) {
            let remap = indexing.absorb(&other.indexing)
            intents += other.intents
            ownTerms += other.ownTerms.map { terms in terms.map { remap[Int($0)] }.sorted() }
            topicTerms += other.topicTerms
        }

        mutating func index(_ documents: Range<Int>, of knowledgeBase: KnowledgeBase, configuration config: MatcherConfiguration) {
            for documentIndex in documents {
                let document = knowledgeBase.documents[documentIndex]
                for (sectionIndex, section) in document.sections.enumerated() {
                    let headingWords = indexing.terms(section.heading)
                    let heading = indexing.phraseTerms(headingWords)
                    // Keywords and questions are learnt as vocabulary even when switched off.
                    let sectionKeywords = section.keywords.map { indexing.terms($0) }
                    let sectionQuestions = section.questions.map { indexing.terms($0) }
                    let keywords = config.useKeywords ? sectionKeywords.flatMap { indexing.keywordTerms($0) } : []
                    let questions = config.useExampleQuestions ? sectionQuestions.flatMap { indexing.phraseTerms($0) } : []
                    let passageWords = section.passages.map { indexing.terms($0.text) }
                    let passageTerms = passageWords.map { indexing.phraseTerms($0) }
                    // A passage with its own id is an intent of its own: the section
                    // keeps only the text no narrower intent answers.
                    let ownText = zip(section.passages, passageTerms).filter { $0.0.id == nil || !config.useKeywords }.flatMap(\.1)
                    indexing.add(fields: [
                        (heading, config.headingWeight), (keywords, config.keywordWeight),
                        (questions, config.questionWeight), (ownText, config.textWeight),
                    ])
                    intents.append(Intent(id: section.id, document: documentIndex, section: sectionIndex, passage: nil))
                    ownTerms.append([])
                    topicTerms.append(indexing.topicTerms(headingWords))

                    for (passageIndex, passage) in section.passages.enumerated() {
                        let passageKeywords = passage.keywords.map { indexing.terms($0) }
                        let passageQuestions = passage.questions.map { indexing.terms($0) }
                        guard let id = passage.id else { continue }
                        // The section's words count a little, so "can it treat PTSD" finds
                        // the PTSD item of the section about conditions treated.
                        var fields: [(terms: [InvertedIndex.TermID], weight: Double)] = [
                            (passageTerms[passageIndex], config.textWeight),
                            (heading + keywords + questions, config.inheritedWeight),
                        ]
                        if config.useKeywords {
                            fields.append((passageKeywords.flatMap { indexing.keywordTerms($0) }, config.keywordWeight))
                        }
                        if config.useExampleQuestions {
                            fields.append((passageQuestions.flatMap { indexing.phraseTerms($0) }, config.questionWeight))
                        }
                        indexing.add(fields: fields)
                        intents.append(Intent(id: id, document: documentIndex, section: sectionIndex, passage: passageIndex))
                        ownTerms.append(Array(Set(fields.filter { $0.weight != config.inheritedWeight }.flatMap(\.terms))).sorted())
                        topicTerms.append(indexing.topicTerms(passageWords[passageIndex] + passageKeywords.prefix(3).flatMap { $0 }))
                    }
                }
            }
        }

        /// Adds the not-covered topics and the synonyms' words, and lays the index out.
        mutating func finish(knowledgeBase: KnowledgeBase, configuration config: MatcherConfiguration) -> MatcherIndex {
            let notCovered = knowledgeBase.notCovered
            if !notCovered.isEmpty && config.useKeywords {
                // The main subject ("ketamine") says nothing about which topic is
                // not covered: "is ketamine effective?" must not look like one.
                let subject = Set(knowledgeBase.settings.subject.flatMap { indexing.terms($0, learn: false) })
                func topical(_ text: String) -> [InvertedIndex.TermID] { indexing.terms(text, learn: false).filter { !subject.contains($0) } }
                indexing.add(fields: [
                    // A phrase marks an uncovered topic only as a whole: "effects last"
                    // says nothing about a question on side effects.
                    (notCovered.keywords.flatMap { indexing.keywordTerms(topical($0), wordsAlone: false) }, config.keywordWeight),
                    (notCovered.questions.flatMap { indexing.phraseTerms(topical($0)) }, config.questionWeight),
                ])
                intents.append(.notCovered)
                ownTerms.append([])
                topicTerms.append([])
            }
            for group in knowledgeBase.synonyms {
                for term in group.terms { _ = indexing.terms(term) }
            }
            let vocabulary = indexing.vocabulary
            let stems = indexing.stemsOfWords
            return MatcherIndex(
                index: indexing.builder.finish(), intents: intents, ownTerms: ownTerms, topicTerms: topicTerms,
                vocabulary: vocabulary, stems: stems)
        }
    }
}
