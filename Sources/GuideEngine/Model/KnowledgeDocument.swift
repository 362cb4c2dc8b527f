/// One patient-information document, with the provenance a citation needs.
///
/// Every part read from a file keeps the line it was written on, so that
/// checks can point an author at it without reading the file again; a
/// document made in code (by `ketaguide ingest` or an importer, before it is
/// written) has line 0 throughout.
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
    /// The line of each front-matter key (`review-due` → 6); empty for a
    /// document made in code.
    public let frontMatterLines: [String: Int]

    public init(
        id: String, title: String, source: String, reviewed: String, reviewDue: String?, path: String,
        sections: [Section], frontMatterLines: [String: Int] = [:]
    ) {
        self.id = id
        self.title = title
        self.source = source
        self.reviewed = reviewed
        self.reviewDue = reviewDue
        self.path = path
        self.sections = sections
        self.frontMatterLines = frontMatterLines
    }
}

/// A titled part of a document with a stable id, which is also an intent.
public struct Section: Sendable, Equatable {
    public let id: String
    public let heading: String
    public let line: Int
    public let keywords: [String]
    /// The line of each keyword, in step with `keywords` (0 when made in code).
    public let keywordLines: [Int]
    public let questions: [String]
    /// The line of each `> ask:` question, in step with `questions`.
    public let questionLines: [Int]
    /// The kinds of question the section answers (`> answers: side-effects,
    /// safety`), named as in the language's question-types file; empty when
    /// the document does not say, and the kinds are read off the heading.
    public let answers: [String]
    /// The line of each kind in `answers`, in step with it.
    public let answerLines: [Int]
    public let passages: [Passage]

    /// - Parameters: the `…Lines` arrays, when given, hold one line per
    ///   keyword, question or kind; left out, every line is 0.
    public init(
        id: String, heading: String, line: Int, keywords: [String], keywordLines: [Int]? = nil, questions: [String],
        questionLines: [Int]? = nil, answers: [String] = [], answerLines: [Int]? = nil, passages: [Passage]
    ) {
        self.id = id
        self.heading = heading
        self.line = line
        self.keywords = keywords
        self.keywordLines = keywordLines ?? Array(repeating: 0, count: keywords.count)
        self.questions = questions
        self.questionLines = questionLines ?? Array(repeating: 0, count: questions.count)
        self.answers = answers
        self.answerLines = answerLines ?? Array(repeating: 0, count: answers.count)
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
    /// The line of each keyword, in step with `keywords` (0 when made in code).
    public let keywordLines: [Int]
    public let questions: [String]
    /// The line of each `> ask:` question, in step with `questions`.
    public let questionLines: [Int]
    /// The index, within its section, of the paragraph that introduces this
    /// list item ("The risks include:"), shown with it for context.
    public let leadIn: Int?
    public let isListItem: Bool

    public init(
        id: String?, text: String, line: Int, keywords: [String], keywordLines: [Int]? = nil, questions: [String],
        questionLines: [Int]? = nil, leadIn: Int?, isListItem: Bool
    ) {
        self.id = id
        self.text = text
        self.line = line
        self.keywords = keywords
        self.keywordLines = keywordLines ?? Array(repeating: 0, count: keywords.count)
        self.questions = questions
        self.questionLines = questionLines ?? Array(repeating: 0, count: questions.count)
        self.leadIn = leadIn
        self.isListItem = isListItem
    }
}
