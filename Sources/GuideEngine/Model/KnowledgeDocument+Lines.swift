/// The document without the lines it was read from, for comparing what two
/// files say rather than where they say it (a document written out and read
/// back has the same content on other lines).
extension KnowledgeDocument {
    /// The same document with every line 0 and no front-matter lines.
    public var withoutLines: KnowledgeDocument {
        KnowledgeDocument(
            id: id, title: title, source: source, reviewed: reviewed, reviewDue: reviewDue, path: path,
            sections: sections.map(\.withoutLines))
    }
}

extension Section {
    /// The same section with every line 0.
    public var withoutLines: Section {
        Section(
            id: id, heading: heading, line: 0, keywords: keywords, questions: questions, answers: answers,
            passages: passages.map(\.withoutLines))
    }
}

extension Passage {
    /// The same passage with every line 0.
    public var withoutLines: Passage {
        Passage(id: id, text: text, line: 0, keywords: keywords, questions: questions, leadIn: leadIn, isListItem: isListItem)
    }
}
