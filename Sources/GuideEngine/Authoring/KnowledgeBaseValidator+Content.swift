import Foundation

/// Checks of the knowledge base's text itself: synonyms, review dates and
/// reading level.
extension KnowledgeBaseValidator {
    /// Synonym groups none of whose terms occurs in any document.
    ///
    /// A synonym helps only by leading a question's word to a word the
    /// documents use; a group that leads nowhere is usually a typo or a
    /// leftover from a removed document. Terms are compared analysed (folded,
    /// stop words dropped, stemmed) and a phrase must occur as a phrase, as
    /// the matcher compares them.
    func unusedSynonyms(in knowledgeBase: KnowledgeBase, analyzer: Analyzer) -> [Diagnostic] {
        let phrases = knowledgeBase.synonyms.map { group in group.terms.map(analyzer.terms).filter { !$0.isEmpty } }
        let longest = phrases.joined().map(\.count).max() ?? 1
        var found: Set<String> = []
        for document in knowledgeBase.documents {
            for section in document.sections {
                var texts = [section.heading] + section.keywords + section.questions
                for passage in section.passages { texts += [passage.text] + passage.keywords + passage.questions }
                for text in texts {
                    let terms = analyzer.terms(text)
                    for length in 1...max(longest, 1) where length <= terms.count {
                        for start in 0...(terms.count - length) {
                            found.insert(terms[start..<(start + length)].joined(separator: " "))
                        }
                    }
                }
            }
        }
        // Everyday paraphrases hold for any subject: most lead nowhere in one
        // knowledge base, and that is fine. Only the subject's own groups are checked.
        return zip(knowledgeBase.synonyms, phrases).compactMap { group, analysed in
            guard group.file == "synonyms.txt", !analysed.contains(where: { found.contains($0.joined(separator: " ")) }) else {
                return nil
            }
            return Diagnostic(
                path: knowledgeBase.displayName + "/" + group.file, line: group.line, severity: .warning,
                message: "no term of the synonym group '\(group.terms.joined(separator: ", "))' occurs in any document, so it leads nowhere; add the word the documents use, or remove the line")
        }
    }

    /// not-covered.txt keywords of several words that keep only one once stop
    /// words are dropped ("each infusion" → "infusion"): such a keyword marks
    /// every question with that word as uncovered, covered topics included.
    func uncoveredPhrasesLeftOneWord(in knowledgeBase: KnowledgeBase, analyzer: Analyzer) -> [Diagnostic] {
        let notCovered = knowledgeBase.notCovered
        let tokenizer = Tokenizer()
        return zip(notCovered.keywords, notCovered.keywordLines).compactMap { keyword, line in
            let terms = analyzer.terms(keyword)
            guard tokenizer.tokenize(keyword).count > 1, terms.count <= 1 else { return nil }
            let left = terms.first.map { "only '\($0)'" } ?? "no word"
            return Diagnostic(
                path: knowledgeBase.displayName + "/not-covered.txt", line: line, severity: .warning,
                message: "the keyword '\(keyword)' keeps \(left) once stop words are dropped, so it would mark questions about covered topics as uncovered; use content words, or remove it")
        }
    }

    /// Documents whose `review-due` day has passed (a document due today is
    /// not yet overdue).
    func overdueReviews(in knowledgeBase: KnowledgeBase) -> [Diagnostic] {
        knowledgeBase.documents.compactMap { document in
            guard let due = document.reviewDue, CalendarDay.isValid(due), due < today else { return nil }
            return Diagnostic(
                path: document.path, line: document.frontMatterLines["review-due"] ?? 2, severity: .warning,
                message: "'\(document.id)' was due for review on \(due) (today is \(today)); check it against its source, then update 'reviewed' and 'review-due'")
        }
    }

    /// Passages above the plain-language grade (see `ReadingLevel`).
    func hardPassages(in knowledgeBase: KnowledgeBase) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for document in knowledgeBase.documents {
            for passage in document.sections.flatMap(\.passages) {
                let level = ReadingLevel(text: passage.text)
                guard level.words >= minimumGradedWords, level.grade > maximumGrade else { continue }
                let grade = String(format: "%.1f", level.grade)
                diagnostics.append(
                    Diagnostic(
                        path: document.path, line: passage.line, severity: .warning,
                        message: "reading level grade \(grade) (Flesch-Kincaid; aim for \(Int(maximumGrade)) or below): \"\(Self.excerpt(passage.text))\"; shorter sentences and shorter words help"))
            }
        }
        return diagnostics
    }
}
