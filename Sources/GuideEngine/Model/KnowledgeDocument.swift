/// One patient-information document, with the provenance a citation needs.
public struct KnowledgeDocument: Sendable, Equatable {
    public let id: String
    public let title: String
    public let source: String
    /// The day the content was last reviewed (`YYYY-MM-DD`).
    public let reviewed: String
    /// The day the content must be reviewed again (`YYYY-MM-DD`), if set.
    public let reviewDue: String?
    /// The file, relative to the knowledge base's parent folder, as cited.
    public let path: String
    public let sections: [Section]

    public init(
        id: String, title: String, source: String, reviewed: String, reviewDue: String?, path: String,
        sections: [Section]
    ) {
        self.id = id
        self.title = title
        self.source = source
        self.reviewed = reviewed
        self.reviewDue = reviewDue
        self.path = path
        self.sections = sections
    }
}

/// A titled part of a document with a stable id, which is also an intent.
public struct Section: Sendable, Equatable {
    public let id: String
    public let heading: String
    public let line: Int
    public let keywords: [String]
    public let questions: [String]
    /// The kinds of question the section answers (`> answers: side-effects,
    /// safety`), named as in the language's question-types file; empty when
    /// the document does not say, and the kinds are read off the heading.
    public let answers: [String]
    public let passages: [Passage]

    public init(
        id: String, heading: String, line: Int, keywords: [String], questions: [String], answers: [String] = [],
        passages: [Passage]
    ) {
        self.id = id
        self.heading = heading
        self.line = line
        self.keywords = keywords
        self.questions = questions
        self.answers = answers
        self.passages = passages
    }
}

/// The smallest citable piece of text: a paragraph or a list item.
///
/// A passage with its own id is an intent of its own (`risks.dependence`), so
/// a narrow question gets that passage rather than its whole section.
public struct Passage: Sendable, Equatable {
    /// The full intent id (`section.item`), or nil when the passage has none.
    public let id: String?
    public let text: String
    public let line: Int
    public let keywords: [String]
    public let questions: [String]
    /// The index, within its section, of the paragraph that introduces this
    /// list item ("The risks include:"), shown with it for context.
    public let leadIn: Int?
    public let isListItem: Bool

    public init(
        id: String?, text: String, line: Int, keywords: [String], questions: [String], leadIn: Int?,
        isListItem: Bool
    ) {
        self.id = id
        self.text = text
        self.line = line
        self.keywords = keywords
        self.questions = questions
        self.leadIn = leadIn
        self.isListItem = isListItem
    }
}
