/// The check that an example question asks only what its passage answers.
///
/// An `ask:` line teaches the matcher that its question belongs to its
/// passage, so a reader who asks it gets that passage as the answer. A
/// question about something the passage never mentions ("does it treat
/// mania?" on an item that says "Bipolar depression") makes the quoted text
/// seem to say what it does not. Word overlap cannot tell whether a passage
/// answers a question, but a question whose words the passage does not use
/// at all is almost always one it does not answer, and that is cheap to find.
extension KnowledgeBaseValidator {
    /// The share of a question's content, weighted as the matcher weighs it
    /// (by how rare each word is in the knowledge base; a word it has never
    /// seen weighs most), that its passage may leave unused; as much or more
    /// makes a warning. A verb of the question's frame ("does it *cause*
    /// nausea") is common and weighs little beside the topic word the passage
    /// has; a foreign topic word ("does it treat *mania*") weighs most.
    static let maximumUnusedShare = 0.5
    /// Stop words that ask for an amount: dropped when matching, but "how
    /// many infusions will I need?" asks for a number, so its passage (or a
    /// keyword) must use the word or give a number, whatever the share.
    static let amountWords: Set<String> = ["many", "much"]

    /// Example questions whose content is mostly words that their passage,
    /// their section's heading and the author's keywords never use.
    ///
    /// Content words are the question's words left after the stop words and
    /// the guide's subject words ("ketamine", "how"), compared by stem, plus
    /// `amountWords` ("how many infusions?" asks for a number). A word counts
    /// as used when the text the question is answered with uses it, when a
    /// keyword of the section or passage does (keywords are the author's
    /// declared vocabulary for the passage), or when it shares a synonym
    /// group with such a word.
    func questionsBeyondTheirPassage(engine: ChatEngine) -> [Diagnostic] {
        let knowledgeBase = engine.knowledgeBase
        let matcher = engine.matcher
        let analyzer = matcher.analyzer
        /// What a word weighs: its idf among the intents, or the weight of an unknown word.
        func weight(_ term: String) -> Double {
            guard let id = matcher.index.wordID(term), matcher.index.documentFrequency(id) > 0 else { return matcher.unknownWordIDF }
            return max(matcher.index.idf(id), 0.05)
        }
        let subject = Set(knowledgeBase.settings.subject.flatMap { analyzer.terms($0) })
        let groups = knowledgeBase.synonyms.map { group in group.terms.map { analyzer.terms($0) }.filter { !$0.isEmpty } }
        var diagnostics: [Diagnostic] = []
        for (documentIndex, document) in knowledgeBase.documents.enumerated() {
            for site in document.exampleQuestions {
                let section = document.sections[site.section]
                let words = contentWords(of: site.text, analyzer: analyzer, subject: subject)
                guard !words.isEmpty else { continue }
                let known = vocabulary(answering: site, in: section, analyzer: analyzer, synonyms: groups)
                let unused = words.filter { !known.contains($0.term) }
                let asksAnAmount = unused.contains { Self.amountWords.contains($0.term) }
                let share = unused.map { weight($0.term) }.reduce(0, +) / words.map { weight($0.term) }.reduce(0, +)
                guard asksAnAmount || share >= Self.maximumUnusedShare else { continue }
                let owner = Self.intent(of: site, document: documentIndex, in: knowledgeBase).id
                let list = unused.map { "'\($0.word)'" }.joined(separator: ", ")
                diagnostics.append(
                    Diagnostic(
                        path: document.path, line: site.line, severity: .warning,
                        message: "example question '\(site.text)' of \(owner) asks about words its passage never uses (\(list)), so its answer may seem to say what the passage does not; remove the question, or add the words to '> keywords:' only if the passage says that"))
            }
        }
        return diagnostics
    }

    /// The question's content words, each stem once, in order, with the
    /// word as written (for the message).
    private func contentWords(of question: String, analyzer: Analyzer, subject: Set<String>) -> [(term: String, word: String)] {
        var seen: Set<String> = []
        var result: [(term: String, word: String)] = []
        for word in analyzer.words(question) {
            let term: String
            if Self.amountWords.contains(word) {
                term = word
            } else if analyzer.isStopWord(word) {
                continue
            } else {
                term = analyzer.stem(word)
            }
            if !subject.contains(term) && seen.insert(term).inserted { result.append((term, word)) }
        }
        return result
    }

    /// The stems of the text a question at `site` is answered with (the whole
    /// section for a section's question; the passage, its lead-in and the
    /// heading for a passage's), of the keywords that describe it, and of
    /// the synonym groups one of whose terms is all among them.
    private func vocabulary(answering site: ExampleQuestion, in section: Section, analyzer: Analyzer, synonyms: [[[String]]]) -> Set<String> {
        var texts = [section.heading] + section.keywords
        if let index = site.passage {
            let passage = section.passages[index]
            texts += [passage.text] + passage.keywords
            if let leadIn = passage.leadIn { texts.append(section.passages[leadIn].text) }
        } else {
            for passage in section.passages { texts += [passage.text] + passage.keywords }
        }
        var known: Set<String> = []
        for text in texts {
            known.formUnion(analyzer.terms(text))
            known.formUnion(analyzer.words(text).filter { Self.amountWords.contains($0) })
            // A number answers "how many" and "how much".
            if text.contains(where: \.isNumber) { known.formUnion(Self.amountWords) }
        }
        for group in synonyms where group.contains(where: { phrase in phrase.allSatisfy(known.contains) }) {
            known.formUnion(group.joined())
        }
        return known
    }
}
