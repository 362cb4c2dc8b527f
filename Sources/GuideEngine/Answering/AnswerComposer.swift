/// Builds an answer from knowledge-base passages, verbatim, each part marked
/// with the number of its citation.
///
/// A section intent answers with the whole section (a broad question gets the
/// list); a passage intent answers with that passage and the sentence that
/// introduces its list, so "The risks include:" gives the item its context.
public final class AnswerComposer: Sendable {
    public let knowledgeBase: KnowledgeBase

    public init(knowledgeBase: KnowledgeBase) {
        self.knowledgeBase = knowledgeBase
    }

    /// The text and citations answering `intents`, numbered from 1 (several
    /// intents, for a comparison, share one numbering).
    public func compose(_ intents: [Intent]) -> (answer: String, citations: [Citation]) {
        var lines: [String] = []
        var citations: [Citation] = []
        var seen: Set<[Int]> = []
        for intent in intents {
            let document = knowledgeBase.documents[intent.document]
            let section = document.sections[intent.section]
            var indices: [Int]
            if let passage = intent.passage {
                indices = [passage]
                if let leadIn = section.passages[passage].leadIn { indices.insert(leadIn, at: 0) }
            } else {
                indices = Array(section.passages.indices)
            }
            for passageIndex in indices where seen.insert([intent.document, intent.section, passageIndex]).inserted {
                let passage = section.passages[passageIndex]
                let number = citations.count + 1
                citations.append(
                    Citation(
                        number: number, document: document.id, title: document.title, section: section.heading,
                        path: document.path, line: passage.line, reviewed: document.reviewed, text: passage.text))
                lines.append((passage.isListItem ? "- " : "") + passage.text + " [\(number)]")
            }
        }
        return (lines.joined(separator: "\n"), citations)
    }

    /// One example question per intent, to suggest as something to ask.
    public func exampleQuestion(for intent: Intent) -> String? {
        let section = knowledgeBase.documents[intent.document].sections[intent.section]
        if let passage = intent.passage, let question = section.passages[passage].questions.first { return question }
        return section.questions.first
    }

    /// What an intent is about, in the knowledge base's words: a section's
    /// heading, or a list item's text up to its first colon ("Rapid relief").
    public func name(of intent: Intent) -> String {
        let section = knowledgeBase.documents[intent.document].sections[intent.section]
        guard let passage = intent.passage else { return section.heading }
        let text = section.passages[passage].text
        return text.firstIndex(of: ":").map { String(text[..<$0]) } ?? text
    }
}
