/// What `/source N` shows: the cited passage where it stands, so a reader can
/// judge it in context rather than read the one line the answer quoted again.
///
/// The section's heading and document, the passage between the passages
/// before and after it in its section (and the sentence that introduces its
/// list, when that is further up), then where the document comes from and
/// when it was reviewed; the file and line only for authors (not the kiosk).
/// All the wording is `guide.conf`'s (`source-heading`, `source-origin`, …).
struct SourceContext {
    let knowledgeBase: KnowledgeBase
    /// Whether to add the file and line (never in the kiosk).
    let showsPath: Bool

    private var settings: GuideSettings { knowledgeBase.settings }

    /// The reply to `/source argument` after an answer with `citations`.
    func text(for argument: String, citations: [Citation]) -> String {
        guard !citations.isEmpty else { return settings.reply("source-none") }
        guard let number = Int(argument), let citation = citations.first(where: { $0.number == number }) else {
            return settings.reply("source-number", ["count": "\(citations.count)"])
        }
        return text(for: citation)
    }

    private func text(for citation: Citation) -> String {
        var lines = [
            settings.reply(
                "source-heading", ["number": "\(citation.number)", "section": citation.section, "title": citation.title])
        ]
        let document = knowledgeBase.documents.first { $0.id == citation.document && $0.path == citation.path }
        if let document, let (section, index) = locate(citation, in: document) {
            lines += neighbourhood(of: index, in: section, number: citation.number)
        } else {
            // Not a document's passage (a safety message's citation): the text alone.
            lines.append(citation.text + " [\(citation.number)]")
        }
        if let document {
            lines.append(settings.reply("source-origin", ["source": document.source, "date": document.reviewed]))
        }
        if showsPath { lines.append("\(citation.path):\(citation.line)") }
        return lines.joined(separator: "\n")
    }

    /// The section holding the cited passage, and the passage's index in it.
    private func locate(_ citation: Citation, in document: KnowledgeDocument) -> (Section, Int)? {
        for section in document.sections where section.heading == citation.section {
            if let index = section.passages.firstIndex(where: { $0.line == citation.line }) { return (section, index) }
        }
        return nil
    }

    /// The passage with its neighbours, "…" where passages are left out.
    private func neighbourhood(of index: Int, in section: Section, number: Int) -> [String] {
        let passages = section.passages
        var shown = Set([index - 1, index, index + 1].filter(passages.indices.contains))
        if let leadIn = passages[index].leadIn, passages.indices.contains(leadIn) { shown.insert(leadIn) }
        var lines: [String] = []
        var previous = -1
        for shownIndex in shown.sorted() {
            if shownIndex > previous + 1 { lines.append("…") }
            let passage = passages[shownIndex]
            let marker = shownIndex == index ? " [\(number)]" : ""
            lines.append((passage.isListItem ? "- " : "") + passage.text + marker)
            previous = shownIndex
        }
        if previous < passages.count - 1 { lines.append("…") }
        return lines
    }
}
