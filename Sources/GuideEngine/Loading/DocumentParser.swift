import Foundation

/// Reads one Markdown knowledge-base document into sections and passages.
///
/// The format is plain Markdown with three additions, each chosen so that a
/// document still reads well on a web page:
/// - front matter between `---` lines (`id`, `title`, `source`, `reviewed`,
///   optional `review-due`);
/// - `## Heading {#section-id}` gives every section a stable id (its intent);
///   a list item may end with `{#item-id}` to become the intent `section-id.item-id`;
/// - `> keywords: a, b` and `> ask: question` lines directly below a heading
///   describe the section; indented below a list item (or directly below a
///   paragraph) they describe that passage;
/// - `> answers: kind, kind` below a heading names the kinds of question the
///   section answers (see `QuestionKinds`).
///
/// A paragraph whose text would read as syntax starts with a backslash
/// (`\# 1 is the score`), as in Markdown; the backslash is not kept.
/// `DocumentWriter` writes this format; what it writes reads back the same.
public struct DocumentParser {
    static let frontMatterKeys = ["id", "title", "source", "reviewed", "review-due"]

    /// The file, as diagnostics and the document name it.
    public let path: String
    /// What is wrong with the text read, by line.
    public private(set) var diagnostics: [Diagnostic] = []

    public init(path: String) {
        self.path = path
    }

    private struct PassageDraft {
        var id: String?
        var text: String
        var line: Int
        var keywords: [String] = []
        var keywordLines: [Int] = []
        var questions: [String] = []
        var questionLines: [Int] = []
        var leadIn: Int?
        var isListItem: Bool
    }

    private struct SectionDraft {
        var id: String
        var heading: String
        var line: Int
        var keywords: [String] = []
        var keywordLines: [Int] = []
        var questions: [String] = []
        var questionLines: [Int] = []
        var answers: [String] = []
        var answerLines: [Int] = []
        var passages: [PassageDraft] = []
    }

    private enum Block {
        case none, paragraph, listItem, sectionStart
    }

    /// The document `text` holds, or nil when its front matter cannot be
    /// read; see `diagnostics` for what is wrong either way.
    public mutating func parse(_ text: String) -> KnowledgeDocument? {
        let lines = text.fileLines
        guard let (fields, fieldLines, bodyStart) = parseFrontMatter(lines) else { return nil }

        var sections: [SectionDraft] = []
        var block = Block.none
        var pendingLeadIn: Int?  // a paragraph ending in ":" that the next list introduces
        var index = bodyStart
        while index < lines.count {
            let raw = lines[index]
            let line = index + 1
            index += 1
            let content = raw.trimmingWhitespace()
            let isIndented = raw.hasPrefix(" ") || raw.hasPrefix("\t")

            if content.isEmpty {
                if block == .paragraph, let last = sections.last?.passages.last, !last.isListItem {
                    pendingLeadIn = last.text.hasSuffix(":") ? sections[sections.count - 1].passages.count - 1 : nil
                }
                if block != .sectionStart { block = .none }
                continue
            }
            if content.hasPrefix("<!--") { continue }
            if content.hasPrefix("#") {
                let level = content.prefix { $0 == "#" }.count
                let title = content.dropFirst(level).trimmingWhitespace()
                if level == 1 { continue }  // the document's own title line
                guard level <= 3, let (heading, id) = splitID(title, line: line) else {
                    if level > 3 {
                        report(line, "only ## and ### headings start sections")
                    }
                    continue
                }
                sections.append(SectionDraft(id: id, heading: heading, line: line))
                block = .sectionStart
                pendingLeadIn = nil
                continue
            }
            guard !sections.isEmpty else {
                report(line, "text outside a section: start one with '## Heading {#id}'")
                continue
            }
            let current = sections.count - 1
            if content.hasPrefix(">") {
                let meta = content.dropFirst().trimmingWhitespace()
                let attachToPassage = (block == .listItem && isIndented) || block == .paragraph
                if attachToPassage, !sections[current].passages.isEmpty {
                    let (keywords, question) = metadata(meta, line: line)
                    let last = sections[current].passages.count - 1
                    sections[current].passages[last].keywords += keywords
                    sections[current].passages[last].keywordLines += keywords.map { _ in line }
                    if let question {
                        sections[current].passages[last].questions.append(question)
                        sections[current].passages[last].questionLines.append(line)
                    }
                } else if block == .sectionStart, meta.hasPrefix("answers:") {
                    let kinds = answerKinds(meta, line: line)
                    sections[current].answers += kinds
                    sections[current].answerLines += kinds.map { _ in line }
                } else if block == .sectionStart {
                    let (keywords, question) = metadata(meta, line: line)
                    sections[current].keywords += keywords
                    sections[current].keywordLines += keywords.map { _ in line }
                    if let question {
                        sections[current].questions.append(question)
                        sections[current].questionLines.append(line)
                    }
                } else {
                    report(line, "a '>' line must come directly below a heading, a paragraph, or (indented) a list item")
                }
                continue
            }
            if content.hasPrefix("- ") || content.hasPrefix("* ") {
                if isIndented && block == .listItem {
                    report(line, "nested lists are not supported; make this a list item of its own")
                    continue
                }
                let itemText = content.dropFirst(2).trimmingWhitespace()
                var passage = PassageDraft(id: nil, text: itemText, line: line, leadIn: pendingLeadIn, isListItem: true)
                if let (textPart, itemID) = splitID(itemText, line: line, required: false) {
                    passage.text = textPart
                    passage.id = itemID.isEmpty ? nil : sections[current].id + "." + itemID
                }
                if passage.text.isEmpty { report(line, "empty list item") }
                sections[current].passages.append(passage)
                block = .listItem
                continue
            }
            if isIndented && block == .listItem {
                let last = sections[current].passages.count - 1
                sections[current].passages[last].text += " " + content
                continue
            }
            if block == .paragraph {
                let last = sections[current].passages.count - 1
                sections[current].passages[last].text += " " + content
            } else {
                sections[current].passages.append(PassageDraft(id: nil, text: Self.unescaped(content), line: line, isListItem: false))
                pendingLeadIn = nil
                block = .paragraph
            }
        }

        for section in sections where section.passages.isEmpty {
            report(section.line, "section '\(section.id)' has no text")
        }
        if sections.isEmpty {
            report(bodyStart, "the document has no sections")
        }
        return KnowledgeDocument(
            id: fields["id"] ?? "", title: fields["title"] ?? "", source: fields["source"] ?? "",
            reviewed: fields["reviewed"] ?? "", reviewDue: fields["review-due"], path: path,
            sections: sections.map { section in
                Section(
                    id: section.id, heading: section.heading, line: section.line, keywords: section.keywords,
                    keywordLines: section.keywordLines, questions: section.questions, questionLines: section.questionLines,
                    answers: section.answers, answerLines: section.answerLines,
                    passages: section.passages.map {
                        Passage(
                            id: $0.id, text: $0.text, line: $0.line, keywords: $0.keywords, keywordLines: $0.keywordLines,
                            questions: $0.questions, questionLines: $0.questionLines, leadIn: $0.leadIn,
                            isListItem: $0.isListItem)
                    })
            }, frontMatterLines: fieldLines)
    }

    // MARK: - Parts

    private mutating func parseFrontMatter(_ lines: [String]) -> (fields: [String: String], lines: [String: Int], bodyStart: Int)? {
        guard lines.first?.trimmingWhitespace() == "---" else {
            report(1, "missing front matter: the file must start with a '---' line, then id, title, source and reviewed")
            return nil
        }
        var fields: [String: String] = [:]
        var fieldLines: [String: Int] = [:]
        var index = 1
        while index < lines.count {
            let content = lines[index].trimmingWhitespace()
            let line = index + 1
            index += 1
            if content == "---" {
                for key in ["id", "title", "source", "reviewed"] where fields[key] == nil {
                    report(line, "front matter lacks '\(key):'")
                }
                for key in ["reviewed", "review-due"] {
                    if let date = fields[key], !Self.isDate(date) {
                        report(line, "'\(key): \(date)' is not a date in the form YYYY-MM-DD")
                    }
                }
                if let id = fields["id"], !Self.isIdentifier(id) {
                    report(2, "document id '\(id)' may use only lowercase letters, digits, '-' and '.'")
                }
                return (fields, fieldLines, index)
            }
            if content.isEmpty || content.hasPrefix("#") { continue }
            guard let colon = content.firstIndex(of: ":") else {
                report(line, "front matter lines must look like 'key: value'")
                continue
            }
            let key = String(content[..<colon]).trimmingWhitespace()
            var value = String(content[content.index(after: colon)...]).trimmingWhitespace()
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            guard Self.frontMatterKeys.contains(key) else {
                report(line, "unknown front matter key '\(key)' (known: \(Self.frontMatterKeys.joined(separator: ", ")))")
                continue
            }
            if value.isEmpty { report(line, "'\(key)' has no value") }
            fields[key] = value
            fieldLines[key] = line
        }
        let lastLine = lines.last?.isEmpty == true ? lines.count - 1 : lines.count
        report(lastLine, "front matter is not closed: add a '---' line after it")
        return nil
    }

    /// Characters that a backslash in front of a paragraph's first line keeps
    /// from being read as syntax (`\# not a heading`), as in Markdown.
    static let escapable: Set<Character> = ["#", ">", "-", "*", "<", "\\"]

    /// A paragraph's first line without the backslash that escapes its first character.
    static func unescaped(_ content: String) -> String {
        guard content.hasPrefix("\\"), let next = content.dropFirst().first, escapable.contains(next) else { return content }
        return String(content.dropFirst())
    }

    /// Splits `Heading {#id}` into its text and id; reports a missing id when required.
    private mutating func splitID(_ text: String, line: Int, required: Bool = true) -> (String, String)? {
        guard text.hasSuffix("}"), let open = Self.lastIDOpening(in: text) else {
            if required {
                report(line, "heading '\(text)' needs a stable id: write it as '\(text) {#some-id}'")
                return nil
            }
            return (text, "")
        }
        let id = String(text[text.utf8.index(open, offsetBy: 2)..<text.index(before: text.endIndex)])
        guard Self.isIdentifier(id) else {
            report(line, "id '\(id)' may use only lowercase letters, digits, '-' and '.'")
            return nil
        }
        return (String(text[..<open]).trimmingWhitespace(), id)
    }

    /// `text {#id}` split into its text and a well-formed id; nil when the
    /// text does not end in one. (Other readers of Markdown, such as
    /// `ketaguide ingest`'s, use this to keep an author's ids.)
    static func trailingID(of text: String) -> (text: String, id: String)? {
        guard text.hasSuffix("}"), let open = lastIDOpening(in: text) else { return nil }
        let id = String(text[text.utf8.index(open, offsetBy: 2)..<text.index(before: text.endIndex)])
        guard isIdentifier(id) else { return nil }
        return (String(text[..<open]).trimmingWhitespace(), id)
    }

    /// The words that start a `>` line of this format (`> keywords: …`).
    static let metadataKeys = ["keywords:", "ask:", "answers:"]

    /// Whether `content`, a trimmed line, is a `>` line of this format.
    static func isMetadataLine(_ content: String) -> Bool {
        guard content.hasPrefix(">") else { return false }
        let meta = content.dropFirst().trimmingWhitespace()
        return metadataKeys.contains { meta.hasPrefix($0) }
    }

    /// Where the last `{#` of `text` starts, found in its bytes.
    private static func lastIDOpening(in text: String) -> String.Index? {
        let utf8 = text.utf8
        var index = utf8.endIndex
        while index > utf8.startIndex {
            let previous = utf8.index(before: index)
            if utf8[previous] == UInt8(ascii: "{"), index < utf8.endIndex, utf8[index] == UInt8(ascii: "#") {
                return previous
            }
            index = previous
        }
        return nil
    }

    /// Reads a section's `> answers: kind, kind` line: question kinds, named
    /// like ids (which kinds exist is the language's business, checked by `validate`).
    private mutating func answerKinds(_ meta: String, line: Int) -> [String] {
        let list = meta.dropFirst("answers:".count).split(separator: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        if list.isEmpty { report(line, "'answers:' names no kind of question") }
        for kind in list where !Self.isIdentifier(kind) {
            report(line, "question kind '\(kind)' may use only lowercase letters, digits, '-' and '.'")
        }
        return list.filter(Self.isIdentifier)
    }

    /// Reads a `> keywords: ...` or `> ask: ...` line.
    private mutating func metadata(_ meta: String, line: Int) -> (keywords: [String], question: String?) {
        if meta.hasPrefix("keywords:") {
            let list = meta.dropFirst("keywords:".count).split(separator: ",").map { $0.trimmingWhitespace() }
                .filter { !$0.isEmpty }
            if list.isEmpty { report(line, "'keywords:' lists no keyword") }
            return (list, nil)
        }
        if meta.hasPrefix("ask:") {
            let question = meta.dropFirst("ask:".count).trimmingWhitespace()
            if question.isEmpty { report(line, "'ask:' has no question") }
            return ([], question.isEmpty ? nil : question)
        }
        if meta.hasPrefix("answers:") {
            report(line, "'answers:' belongs directly below a section's heading")
            return ([], nil)
        }
        report(line, "a '>' line must be '> keywords: ...', '> ask: ...' or (below a heading) '> answers: ...'")
        return ([], nil)
    }

    private mutating func report(_ line: Int, _ message: String) {
        diagnostics.append(Diagnostic(path: path, line: line, message: message))
    }

    static func isIdentifier(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "." }
    }

    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let month = Int(parts[1]), let day = Int(parts[2]), Int(parts[0]) != nil
        else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }
}
